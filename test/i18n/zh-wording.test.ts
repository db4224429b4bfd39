// The Chinese wording rules that a machine can check, over every zh string the tool can print:
// one term for the .ai region (国际站, never 国际版), full-width punctuation next to Chinese text
// (“把握：高”, not “把握: 高”), and no bracket inside a bracket (“（…（用户设置））”).
// Commands (indented lines) and `code spans` keep their ASCII and are not checked.
// Two passes: every string literal in the source (all branches, as written), and every catalogue entry
// rendered for every shell with stand-in values (what the user sees once pieces are put together).
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { createRenderKit } from '../../src/i18n/render-kit';
import { loadCatalog } from '../../src/i18n/catalog';
import { explainUi } from '../../src/i18n/zh/explain';
import * as chalkModule from 'chalk';
import { explain } from '../../src/explain';
import { explainRenderers } from '../../src/cli/explain-render';
import { buildReport } from '../../src/report/build';
import { renderers } from '../../src/render';
import { SAMPLE_HOME, sampleEnvironment, sampleResults } from '../support/sample-results';
import type { Platform, Shell } from '../../src/core/types';

const ROOT = path.join(__dirname, '..', '..');
/** Every Chinese finding: the doctor's and those of --fix, setup and explain. */
const zh = { ...loadCatalog('zh'), findings: { ...loadCatalog('zh', 'fix').findings, ...loadCatalog('zh', 'explain').findings } };
const HAN = /\p{Script=Han}/u;

/** What breaks the rules in one piece of text; [] when it is fine. */
function zhWordingProblems(text: string): string[] {
  const problems: string[] = [];
  const prose = text
    .split('\n')
    .filter((line) => !line.startsWith('    ')) // a command block (COMMAND_INDENT)
    .map((line) => line.replace(/`[^`\n]*`/g, '`code`'))
    .join('\n');
  if (prose.includes('国际版')) problems.push('国际版: the term is 国际站');
  for (const m of prose.matchAll(/\p{Script=Han}[:,;()!?]|[:,;()!?]\p{Script=Han}/gu)) {
    const at = m.index ?? 0;
    problems.push(`ASCII "${m[0].replace(HAN, '')}" next to Chinese: …${prose.slice(Math.max(0, at - 12), at + 12)}…`);
  }
  // (Lines with a run of spaces are aligned tables, where one space can be padding.)
  const unaligned = prose.split('\n').filter((line) => !/ {3}/.test(line)).join('\n');
  for (const m of unaligned.matchAll(/\p{Script=Han} \p{Script=Han}/gu)) {
    const at = m.index ?? 0;
    problems.push(`a single space between Chinese characters: …${unaligned.slice(Math.max(0, at - 12), at + 12)}…`);
  }
  let depth = 0;
  for (const [i, ch] of [...prose].entries()) {
    if (ch === '（') {
      depth += 1;
      if (depth === 2) problems.push(`bracket inside a bracket: …${[...prose].slice(Math.max(0, i - 20), i + 20).join('')}…`);
    } else if (ch === '）') depth = Math.max(0, depth - 1);
    else if (ch === '\n') depth = 0;
  }
  return problems;
}

// ---------- pass 1: string literals in the source ----------

const SOURCE_DIRS = ['src', 'checks', 'bin'];
/** Patterns that recognise what other programs print (Chinese shells, Moonshot's answers) are not our wording. */
const NOT_WORDING = new Set(['src/explain/line-readers.ts', 'src/explain/guesses.ts', 'src/classify/classify-api-error.ts', 'src/config/key-analysis.ts']);

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|js)$/.test(entry.name) && !NOT_WORDING.has(rel)) out.push(rel);
    }
  };
  SOURCE_DIRS.forEach(walk);
  return out;
}

/** The text of every string literal and template piece holding Chinese, with the line it is on. */
function chineseLiterals(rel: string): Array<{ where: string; text: string }> {
  const source = readFileSync(path.join(ROOT, rel), 'utf8');
  if (!HAN.test(source)) return [];
  const file = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true, rel.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: Array<{ where: string; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      HAN.test(node.text)
    ) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ where: `${rel}:${line}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe('Chinese wording, as written in the source', () => {
  const literals = sourceFiles().flatMap(chineseLiterals);

  it('follows the rules in every literal (catalogue, help text, the launcher)', () => {
    // The checker itself: it flags what the rules forbid and passes what they allow.
    for (const bad of ['把握: 高', 'Moonshot 国际版', '来自 ~/.claude/settings.json（用户设置)', 'ANTHROPIC_BASE_URL（来自 ~/.claude/settings.json（用户设置））', '没有问题,但有警告', 'shell 环境变量 中的 ANTHROPIC_MODEL']) {
      expect([bad, zhWordingProblems(bad).length]).not.toEqual([bad, 0]);
    }
    for (const good of ['把握：高', '运行 `kimi-claude doctor --fix`：然后重试', '国际站：\n    export ANTHROPIC_BASE_URL=https://api.moonshot.ai/anthropic', '在 "env" 中设置（设置文件优先于 shell）。', 'Tier1 (¥50)', 'Tier0  ¥0 / $1     50万  150万']) {
      expect([good, zhWordingProblems(good)]).toEqual([good, []]);
    }
    const files = new Set(literals.map((l) => l.where.replace(/:\d+$/, '')));
    for (const f of ['src/i18n/zh/core.ts', 'src/i18n/zh/config.ts', 'src/i18n/zh/network.ts', 'src/i18n/zh/explain.ts', 'src/i18n/zh/fix.ts', 'src/cli/help-text.ts', 'bin/kimi-claude.js']) {
      expect(files).toContain(f);
    }
    expect(literals.length).toBeGreaterThan(300);
    const bad = literals.flatMap((l) => zhWordingProblems(l.text).map((p) => `${l.where}: ${p}`));
    expect(bad).toEqual([]);
  });
});

// ---------- pass 2: every catalogue entry, rendered ----------

const HOME = '/home/u';
const SETTINGS = `${HOME}/.claude/settings.json`;
const SOURCES = [
  { kind: 'settings', path: SETTINGS, scope: 'user' },
  { kind: 'settings', path: '/etc/claude-code/managed-settings.json', scope: 'managed' },
  { kind: 'settings', path: `${HOME}/proj/.claude/settings.local.json`, scope: 'project-local' },
  { kind: 'process-env' },
  { kind: 'env-file', path: `${HOME}/kimi.env` },
  { kind: 'cli-option' },
];
const SOURCE_FIELDS = new Set(['source', 'winner', 'loser', 'apiKeySource', 'tokenSource', 'baseUrlSource']);
const PATH_FIELDS = new Set(['path', 'file', 'backup', 'dir', 'settingsFile', 'claudeJson', 'sourcePath', 'globalBin', 'packageDir', 'installScript', 'nativeLauncher', 'nativeVersions', 'runtimePath']);
/** Fields whose value picks a branch or a table row; each rendering takes the next value in turn. */
const CHOICES: Record<string, unknown[]> = {
  region: ['cn', 'ai', 'kimi-code', 'custom', null],
  scope: ['user', 'project', 'project-local', 'managed'],
  setBy: ['ANTHROPIC_MODEL', '--model', 'model'],
  where: ['both', 'start', 'end'],
  errorType: ['permission_denied_error', 'EPROTO', 'CERT_HAS_EXPIRED', null],
  reason: ['openai-v1', 'anthropic-v1', 'no-tty', 'declined', 'missing-coding', { kind: 'bad-exit', exitCode: 1, output: 'boom' }, { kind: 'timeout', seconds: 5 }],
  regionHint: ['key-belongs-to-ai', 'kimi-code-key-on-platform', 'platform-key-on-kimi-code', 'anthropic-key', null],
  kind: ['key-rejected-at-prompt', 'unparseable-json', 'no-credentials'],
  cause: ['bom', 'trailing-comma', 'full-width', 'unknown'],
  problem: ['scheme', 'space', 'wildcard-prefix', 'utf-16le', 'invalid-utf8'],
  difference: ['region', 'host', 'path', 'other'],
  capture: ['offline', 'unsupported', 'timeout'],
  modelSource: ['claude-code-default', 'configured'],
  shellFamily: ['cmd', 'powershell', 'posix'],
  status: [401, 403, 429, 404, 500],
  value: ['https://api.moonshot.cn/anthropic', null, 'false'],
  terminalValue: [null, 'https://api.moonshot.ai/anthropic'],
  limit: [{ kind: 'rpm', value: 3, current: 4 }, { kind: 'weekly', resetsAt: '2026-12-07 08:00' }, undefined],
  balance: [{ available: 0, voucher: 10, cash: 0, currency: 'CNY' }, undefined],
  places: [SOURCES],
  matched: ['UNKNOWN_CERTIFICATE_VERIFICATION_ERROR', 'self signed certificate'],
};
const FALSY_SOMETIMES = ['fixAbove', 'viaNpm', 'viaDefault', 'lowBalance', 'customApiUrl', 'claudeVersion', 'kimiCode', 'anthropicBody', 'telemetryOnly', 'lineBreak', 'proxy', 'serverMessage', 'haiku', 'aliasSlot', 'baseUrlEndsWithV1', 'claudeDefaultModel', 'kimiCodeSuspended', 'eolDate', 'retryAfterSeconds'];

/**
 * A stand-in value for a field nobody chose: a string when printed, a number in arithmetic, a two-item list
 * when mapped or joined, and another stand-in for any field read from it.
 */
function standIn(name: string, turn: number, depth = 0): unknown {
  if (SOURCE_FIELDS.has(name)) return SOURCES[turn % SOURCES.length];
  if (name in CHOICES) return CHOICES[name][turn % CHOICES[name].length];
  if (FALSY_SOMETIMES.includes(name) && turn % 2 === 1) return undefined;
  const text = PATH_FIELDS.has(name) ? `${HOME}/x/${name}` : /url/i.test(name) ? 'https://api.moonshot.cn/anthropic' : name;
  if (depth > 3) return text;
  const items = [standIn(name, turn, depth + 1), standIn(name, turn + 1, depth + 1)];
  return new Proxy(items, {
    get(target, prop) {
      if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 3 : text);
      if (prop === 'toString' || prop === 'toJSON') return () => text;
      if (typeof prop === 'symbol' || prop === 'length' || /^\d+$/.test(prop) || prop in Array.prototype) {
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      if (prop in String.prototype) {
        const value = (text as unknown as Record<string, unknown>)[prop];
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(text) : value;
      }
      return standIn(prop, turn, depth + 1);
    },
  });
}

const values = (turn: number) => new Proxy({}, { get: (_t, prop) => (typeof prop === 'string' ? standIn(prop, turn) : undefined) });
const SHELLS: Array<[Shell, Platform]> = [
  ['bash', 'linux'],
  ['zsh', 'darwin'],
  ['fish', 'linux'],
  ['powershell', 'win32'],
  ['cmd', 'win32'],
];
const TURNS = 8;

/** Every string a UI table holds, calling its functions with a few argument sets. */
function uiStrings(where: string, value: unknown): Array<{ where: string; text: string }> {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    // Counts and flags for most; a function that wants structured arguments gets stand-ins.
    const call = (args: unknown[]) => {
      try {
        return String(fn(...args));
      } catch {
        return String(fn(...args.map((_a, i) => standIn(`arg${i}`, 0))));
      }
    };
    return [
      [2, 3, true],
      [2, 0, false],
      [0, 3, false],
      [1, 180, true],
    ].map((args) => ({ where, text: call(args) }));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => uiStrings(`${where}.${k}`, v));
  return [];
}

describe('Chinese wording, as the user sees it', () => {
  it('follows the rules in every finding for every shell, in the report frame, the titles and the explain headings', () => {
    const bad = new Set<string>();
    const failedToRender: string[] = [];
    let rendered = 0;
    for (const [code, entry] of Object.entries(zh.findings)) {
      for (const [shell, platform] of SHELLS) {
        const kit = createRenderKit({ lang: 'zh', shell, platform, homeDir: HOME, ui: zh.ui });
        for (let turn = 0; turn < TURNS; turn++) {
          for (const part of ['message', 'remediation'] as const) {
            const fn = entry[part];
            if (!fn) continue;
            let text: string;
            try {
              text = String(fn(values(turn), kit));
            } catch (e) {
              failedToRender.push(`${code}.${part}: ${(e as Error).message}`);
              continue;
            }
            rendered += 1;
            for (const p of zhWordingProblems(text)) bad.add(`${code}.${part}: ${p}`);
          }
        }
      }
    }
    const frame = [...uiStrings('ui', zh.ui), ...uiStrings('titles', zh.titles), ...uiStrings('explainUi', explainUi)];
    expect(frame.length).toBeGreaterThan(60);
    for (const s of frame) for (const p of zhWordingProblems(s.text)) bad.add(`${s.where}: ${p}`);
    expect([...bad]).toEqual([]);
    // A stand-in the entry could not use is a gap in this test, not in the catalogue: keep it rare.
    expect(new Set(failedToRender.map((f) => f.split(':')[0])).size).toBeLessThanOrEqual(Object.keys(zh.findings).length / 20);
    expect(rendered).toBeGreaterThan(Object.keys(zh.findings).length * SHELLS.length * TURNS);
  });
});

describe('Chinese wording, as `explain` prints it', () => {
  const chalk = new chalkModule.Instance({ level: 0 });
  const PASTES = [
    'API Error: 429 {"error":{"message":"Your account org-1 request reached organization max RPM: 3, please try again after 1 seconds","type":"rate_limit_reached_error"}}',
    'API Error: 401 {"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}',
    'zsh: command not found: claude',
  ];
  it.each(PASTES)('human and Markdown output for %s', (paste) => {
    const e = explain(paste, { lang: 'zh', shell: 'bash', platform: 'linux', homeDir: HOME });
    for (const format of ['human', 'markdown'] as const) {
      const text = explainRenderers[format](e, { lang: 'zh', chalk }).split(paste).join('<paste>');
      expect([format, zhWordingProblems(text)]).toEqual([format, []]);
    }
  });
});

describe('Chinese wording, as the doctor prints its report', () => {
  it('in the terminal, verbose (timings and crash details)', () => {
    const report = buildReport(sampleResults, sampleEnvironment, {
      lang: 'zh',
      shell: 'bash',
      platform: 'linux',
      homeDir: SAMPLE_HOME,
      generatedAt: new Date('2026-11-29T12:00:00.000Z'),
      doctorVersion: '0.0.0-test',
      verbose: true,
    });
    const text = renderers.human(report, { lang: 'zh', colorLevel: 0, unicode: true, verbose: true, strict: false, homeDir: SAMPLE_HOME });
    expect(text).toContain('毫秒');
    expect(text).toContain('TypeError');
    expect(zhWordingProblems(text)).toEqual([]);
  });
});
