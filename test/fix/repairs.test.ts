// Every repair on a real temporary home, through the real FileWriter.
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { createFileWriter } from '../../src/context/write';
import { applyFixes, claudePaths, describeFix, fixRenderKit, fixReportEntries, gatherFixInput, planFixes, renderFixSummary } from '../../src/fix';
import type { FixAction, FixInput } from '../../src/fix';
import { tempDir } from '../support/cli';
import { fakeConfig, fromEnv, fromSettings, type VarTable } from './fake-config';

const writer = createFileWriter({ now: () => new Date('2026-11-29T20:00:00Z') });
const posix = process.platform !== 'win32';

const KEY = 'sk-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef';
const SUFFIX = KEY.slice(-20);
const OTHER_SUFFIX = 'ZZZZZZZZZZZZZZZZZZZZ';
const TOKEN = 'sk-TokenTokenTokenTokenToken0123456789XYZ';

/** A ~/.claude.json as Claude Code leaves it: many unrelated keys, nested objects, arrays, unicode, odd key order. */
const richClaudeJson = (extra: Record<string, unknown> = {}) =>
  // JSON.stringify puts integer-like keys first; the file on disk has "10" before "1", as a user may write it.
  JSON.stringify(
    {
      numStartups: 17,
      installMethod: 'native',
      tipsHistory: { '10': 2, '1': 3, 'new-user-warmup': 1 },
      customApiUrl: 'https://api.moonshot.cn/v1',
      projects: { '/home/mei/代码': { allowedTools: [], history: [{ display: '修复 bug 🚀', pastedContents: {} }], lastCost: 0.0123 } },
      customApiKeyResponses: { approved: ['aaaaaaaaaaaaaaaaaaaa'], rejected: [OTHER_SUFFIX, SUFFIX] },
      oauthAccount: null,
      ...extra,
    },
    null,
    2,
  ).replace('"1": 3,\n    "10": 2,', '"10": 2,\n    "1": 3,') + '\n';

interface Home {
  home: string;
  paths: ReturnType<typeof claudePaths>;
  /** Everything under the home, as bytes, to prove that nothing else changed. */
  tree(): Record<string, string>;
}

function makeHome(files: { claudeJson?: string | Buffer; settings?: string; projectLocal?: string }): Home & { projectLocal: string } {
  const home = tempDir('kc-fix-home-');
  const paths = claudePaths({ env: {}, homeDir: home, cwd: path.join(home, 'work'), platform: process.platform });
  const projectLocal = path.join(home, 'work', '.claude', 'settings.local.json');
  if (files.claudeJson !== undefined) writeFileSync(paths.claudeJson, files.claudeJson, { mode: 0o600 });
  if (files.settings !== undefined) {
    mkdirSync(path.dirname(paths.userSettings), { recursive: true });
    writeFileSync(paths.userSettings, files.settings, { mode: 0o600 });
  }
  if (files.projectLocal !== undefined) {
    mkdirSync(path.dirname(projectLocal), { recursive: true });
    writeFileSync(projectLocal, files.projectLocal);
  }
  const tree = () => {
    const out: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else out[path.relative(home, full)] = readFileSync(full).toString('base64');
      }
    };
    walk(home);
    return out;
  };
  return { home, paths, projectLocal, tree };
}

async function plan(h: Home, vars: VarTable, checks: FixInput['checks'] = []) {
  const input = await gatherFixInput({ config: fakeConfig(vars), checks, paths: h.paths, writer });
  return planFixes(input);
}

const read = (file: string) => readFileSync(file, 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;
const topLevelKeys = (text: string) => [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
const backupsOf = (file: string) =>
  readdirSync(path.dirname(file)).filter((n) => n.startsWith(`${path.basename(file)}.kimi-claude-backup-`)).map((n) => path.join(path.dirname(file), n));
const ids = (actions: FixAction[]) => actions.map((a) => `${a.kind}:${a.id}`);

const goodBaseUrl = (file: string): VarTable => ({ ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/anthropic', source: fromSettings(file) } });

describe('~/.claude.json repairs', () => {
  it('sets hasCompletedOnboarding, keeping every other key, value, key order and the mode; the backup holds the old bytes', async () => {
    const before = richClaudeJson({ customApiUrl: 'https://api.moonshot.cn/anthropic' });
    const h = makeHome({ claudeJson: before });
    if (posix) chmodSync(h.paths.claudeJson, 0o644);
    const actions = await plan(h, goodBaseUrl(h.paths.userSettings));
    expect(ids(actions)).toEqual(['edit:claude-json.onboarding']);

    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'updated', file: h.paths.claudeJson }]);
    const after = read(h.paths.claudeJson);
    expect(JSON.parse(after)).toEqual({ ...JSON.parse(before), hasCompletedOnboarding: true });
    expect(topLevelKeys(after)).toEqual([...topLevelKeys(before), 'hasCompletedOnboarding']);
    expect(after).toContain('"tipsHistory": {\n    "10": 2,\n    "1": 3,');
    expect(backupsOf(h.paths.claudeJson)).toEqual([results[0].backupPath]);
    expect(read(results[0].backupPath!)).toBe(before);
    if (posix) expect(statSync(h.paths.claudeJson).mode & 0o777).toBe(0o644);
  });

  it('creates a missing ~/.claude.json readable by its owner only', async () => {
    const h = makeHome({});
    const results = await applyFixes(await plan(h, goodBaseUrl(h.paths.userSettings)), writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'created', backupPath: null }]);
    expect(readJson(h.paths.claudeJson)).toEqual({ hasCompletedOnboarding: true });
    if (posix) expect(statSync(h.paths.claudeJson).mode & 0o777).toBe(0o600);
  });

  it('makes customApiUrl agree with the effective base URL', async () => {
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true }) });
    const actions = await plan(h, goodBaseUrl(h.paths.userSettings));
    expect(ids(actions)).toEqual(['edit:claude-json.custom-api-url']);
    await applyFixes(actions, writer, { dryRun: false });
    expect(readJson(h.paths.claudeJson)).toEqual({ ...JSON.parse(richClaudeJson({ hasCompletedOnboarding: true })), customApiUrl: 'https://api.moonshot.cn/anthropic' });
  });

  it('aligns customApiUrl with the corrected URL when the base URL itself is being fixed', async () => {
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true }) });
    const vars: VarTable = { ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/anthropic/v1', source: fromEnv } };
    const actions = await plan(h, vars, [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }]);
    const align = actions.find((a) => a.id === 'claude-json.custom-api-url');
    expect(align?.description).toEqual({
      code: 'fix.custom-api-url.align',
      values: { file: h.paths.claudeJson, from: 'https://api.moonshot.cn/v1', to: 'https://api.moonshot.cn/anthropic' },
    });
  });

  it('removes customApiUrl when no base URL is in effect, and says how to set one', async () => {
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true }) });
    const actions = await plan(h, {});
    expect(ids(actions)).toEqual(['edit:claude-json.custom-api-url']);
    const kit = fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home });
    const text = describeFix(actions[0].description, kit);
    expect(text.message).toContain('Claude Code ignores it');
    expect(text.remediation).toContain("export ANTHROPIC_BASE_URL=https://api.moonshot.cn/v1");
    await applyFixes(actions, writer, { dryRun: false });
    const expected = JSON.parse(richClaudeJson({ hasCompletedOnboarding: true }));
    delete expected.customApiUrl;
    expect(readJson(h.paths.claudeJson)).toEqual(expected);
  });

  it('moves the current key from rejected to approved, and never shows the key or its suffix', async () => {
    const before = richClaudeJson({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic' });
    const h = makeHome({ claudeJson: before });
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: KEY, source: fromEnv } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:claude-json.unreject-key']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    const after = readJson(h.paths.claudeJson);
    expect(after.customApiKeyResponses).toEqual({ approved: ['aaaaaaaaaaaaaaaaaaaa', SUFFIX], rejected: [OTHER_SUFFIX] });
    expect({ ...after, customApiKeyResponses: null }).toEqual({ ...JSON.parse(before), customApiKeyResponses: null });
    const kit = fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home });
    // What is shown: the sentences, the per-repair previews and the per-file diffs.
    const shown = renderFixSummary(actions, results, kit) + actions.map((a) => (a.kind === 'edit' ? a.diff : '')).join('');
    expect(shown).toContain('-      "' + '…' + SUFFIX.slice(-4));
    expect(shown).not.toContain(SUFFIX);
    expect(shown).not.toContain(OTHER_SUFFIX);
  });

  it('leaves a rejected key alone that Claude Code would not send (a shadowed value)', async () => {
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic' }) });
    const vars: VarTable = {
      ...goodBaseUrl(h.paths.userSettings),
      ANTHROPIC_AUTH_TOKEN: { value: TOKEN, source: fromSettings(h.paths.userSettings), shadowed: [{ value: KEY, source: fromEnv }] },
    };
    expect(await plan(h, vars)).toEqual([]);
  });

  it('gives reports a view of the repairs with sentences and masked diffs only', async () => {
    const h = makeHome({ claudeJson: richClaudeJson() });
    const vars: VarTable = { ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/v1', source: fromEnv }, ANTHROPIC_API_KEY: { value: KEY, source: fromEnv } };
    const actions = await plan(h, vars, [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }]);
    const results = await applyFixes(actions, writer, { dryRun: true });
    const entries = fixReportEntries(actions, results, fixRenderKit({ lang: 'en', shell: 'powershell', platform: 'win32', homeDir: h.home }));
    expect(entries.map((e) => [e.id, e.kind, e.status])).toEqual([
      ['claude-json.onboarding', 'edit', 'dry-run'],
      ['claude-json.custom-api-url', 'edit', 'dry-run'],
      ['claude-json.unreject-key', 'edit', 'dry-run'],
      ['settings.base-url', 'manual', null],
      ['settings.disable-nonessential-traffic', 'edit', 'dry-run'],
    ]);
    expect(entries[3].remediation).toContain("$env:ANTHROPIC_BASE_URL = 'https://api.moonshot.cn/anthropic'");
    const json = JSON.stringify(entries);
    expect(json).not.toContain(SUFFIX);
    expect(json).not.toContain(KEY);
    expect(json).not.toContain(OTHER_SUFFIX);
  });

  it('writes all repairs to one file together, with a single backup', async () => {
    const before = richClaudeJson();
    const h = makeHome({ claudeJson: before });
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: KEY, source: fromEnv } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:claude-json.onboarding', 'edit:claude-json.custom-api-url', 'edit:claude-json.unreject-key']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toHaveLength(1);
    expect(backupsOf(h.paths.claudeJson)).toHaveLength(1);
    expect(read(results[0].backupPath!)).toBe(before);
    expect(readJson(h.paths.claudeJson)).toMatchObject({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic', numStartups: 17 });
  });
});

describe('settings repairs', () => {
  const settings = JSON.stringify(
    { model: 'kimi-k2-0905-preview', env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/v1', ANTHROPIC_AUTH_TOKEN: TOKEN, 注释: '保留' }, permissions: { allow: ['Bash(ls:*)'] } },
    null,
    4,
  );

  it('writes the suggested URL into the settings file that is its source; the token survives and is never shown', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}', settings });
    const vars: VarTable = {
      ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/anthropic/v1', source: fromSettings(h.paths.userSettings) },
      ANTHROPIC_AUTH_TOKEN: { value: TOKEN, source: fromSettings(h.paths.userSettings) },
    };
    const actions = await plan(h, vars, [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }]);
    expect(ids(actions)).toEqual(['edit:settings.base-url']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    const after = read(h.paths.userSettings);
    const expected = JSON.parse(settings);
    expected.env.ANTHROPIC_BASE_URL = 'https://api.moonshot.cn/anthropic';
    expect(JSON.parse(after)).toEqual(expected);
    expect(after).toBe(settings.replace('/anthropic/v1', '/anthropic'));
    expect(read(results[0].backupPath!)).toBe(settings);
    expect(results[0].diff).toContain('+        "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic",');
    const kit = fixRenderKit({ lang: 'zh', shell: 'zsh', platform: 'linux', homeDir: h.home });
    const shown = renderFixSummary(actions, results, kit) + actions.map((a) => (a.kind === 'edit' ? a.diff : '')).join('');
    expect(shown).toContain('"ANTHROPIC_AUTH_TOKEN": "sk-…9XYZ"');
    expect(shown).not.toContain(TOKEN);
  });

  it('edits a project-local settings file when that is the source', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}', projectLocal: '{"env":{"ANTHROPIC_BASE_URL":" https://api.moonshot.ai/anthropic "}}' });
    const vars: VarTable = { ANTHROPIC_BASE_URL: { value: ' https://api.moonshot.ai/anthropic ', source: fromSettings(h.projectLocal, 'project-local') } };
    const actions = await plan(h, vars, [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.ai/anthropic' } }]);
    await applyFixes(actions, writer, { dryRun: false });
    expect(read(h.projectLocal)).toBe('{"env":{"ANTHROPIC_BASE_URL":"https://api.moonshot.ai/anthropic"}}');
  });

  it.each([
    ['bash', 'export ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic'],
    ['fish', 'set -gx ANTHROPIC_BASE_URL https://api.moonshot.cn/anthropic'],
    ['powershell', "$env:ANTHROPIC_BASE_URL = 'https://api.moonshot.cn/anthropic'"],
    ['cmd', 'setx ANTHROPIC_BASE_URL "https://api.moonshot.cn/anthropic"'],
  ] as const)('prints %s commands, and edits nothing, when the broken URL comes from the environment', async (shell, command) => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}' });
    const before = h.tree();
    const vars: VarTable = { ANTHROPIC_BASE_URL: { value: '"https://api.moonshot.cn/anthropic"', source: fromEnv } };
    const actions = await plan(h, vars, [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }]);
    expect(ids(actions)).toEqual(['manual:settings.base-url']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toEqual([]);
    expect(h.tree()).toEqual(before);
    const text = renderFixSummary(actions, results, fixRenderKit({ lang: 'en', shell, platform: shell === 'powershell' || shell === 'cmd' ? 'win32' : 'linux', homeDir: h.home }));
    expect(text).toContain(command);
  });

  it('leaves managed settings to the administrator', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}' });
    const managed = '/etc/claude-code/managed-settings.json';
    const actions = await plan(h, { ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/v1', source: fromSettings(managed, 'managed') } }, [
      { id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } },
    ]);
    expect(actions).toEqual([
      { kind: 'manual', id: 'settings.base-url', description: { code: 'fix.base-url.managed', values: { sourcePath: managed, to: 'https://api.moonshot.cn/anthropic' } } },
    ]);
  });

  it('adds CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 to the user settings when ANTHROPIC_API_KEY is set', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}', settings });
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_API_KEY: { value: KEY, source: fromEnv } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:settings.disable-nonessential-traffic']);
    await applyFixes(actions, writer, { dryRun: false });
    const expected = JSON.parse(settings);
    expected.env.CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC = '1';
    expect(readJson(h.paths.userSettings)).toEqual(expected);
    expect(Object.keys(readJson(h.paths.userSettings).env as object)).toEqual([...Object.keys(JSON.parse(settings).env), 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC']);
  });

  it('creates the user settings (0600, ~/.claude 0700) when there are none', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}' });
    await applyFixes(await plan(h, { ANTHROPIC_API_KEY: { value: KEY, source: fromEnv } }), writer, { dryRun: false });
    expect(readJson(h.paths.userSettings)).toEqual({ env: { CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' } });
    if (posix) {
      expect(statSync(h.paths.userSettings).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(h.paths.userSettings)).mode & 0o777).toBe(0o700);
    }
  });

  it('changes the file that turns the traffic back on, since it would win over the user settings', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}', projectLocal: '{\n  "env": {\n    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "0"\n  }\n}' });
    const vars: VarTable = {
      ANTHROPIC_API_KEY: { value: KEY, source: fromEnv },
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: { value: '0', source: fromSettings(h.projectLocal, 'project-local') },
    };
    await applyFixes(await plan(h, vars), writer, { dryRun: false });
    expect(read(h.projectLocal)).toBe('{\n  "env": {\n    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"\n  }\n}');
    expect(await plan(h, { ...vars, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: { value: '1', source: fromEnv } })).toEqual([]);
  });
});

describe('what --fix must never do', () => {
  const everything = (h: Home): VarTable => ({
    ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/anthropic/v1', source: fromSettings(h.paths.userSettings) },
    ANTHROPIC_API_KEY: { value: KEY, source: fromEnv },
  });
  const suggestion = [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }];

  it('--dry-run shows the diffs and changes nothing', async () => {
    const h = makeHome({ claudeJson: richClaudeJson(), settings: '{"env":{"ANTHROPIC_BASE_URL":"https://api.moonshot.cn/anthropic/v1"}}' });
    const before = h.tree();
    const results = await applyFixes(await plan(h, everything(h), suggestion), writer, { dryRun: true });
    expect(results.map((r) => r.status)).toEqual(['dry-run', 'dry-run']);
    expect(results[0].diff).toContain('+  "hasCompletedOnboarding": true');
    expect(results[1].diff).toContain('CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC');
    expect(h.tree()).toEqual(before);
  });

  it('leaves a file alone that changed between planning and writing', async () => {
    const h = makeHome({ claudeJson: richClaudeJson() });
    const actions = await plan(h, goodBaseUrl(h.paths.userSettings));
    const theirs = richClaudeJson({ numStartups: 18 });
    writeFileSync(h.paths.claudeJson, theirs);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'changed', backupPath: null }]);
    expect(read(h.paths.claudeJson)).toBe(theirs);
    expect(backupsOf(h.paths.claudeJson)).toEqual([]);
  });

  it.each([
    ['trailing comma', '{\n  "numStartups": 1,\n}\n'],
    ['comment', '{\n  // mine\n  "numStartups": 1\n}\n'],
    ['empty', ''],
  ])('never rewrites invalid JSON (%s), and explains why', async (_name, broken) => {
    const h = makeHome({ claudeJson: broken, settings: '{"env": {"A": 1,}}' });
    const before = h.tree();
    const actions = await plan(h, everything(h), suggestion);
    expect(actions.map((a) => `${a.kind}:${a.description.code}`)).toEqual(['blocked:fix.blocked.invalid-json', 'blocked:fix.blocked.invalid-json']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results.map((r) => r.status)).toEqual(['blocked', 'blocked']);
    expect(h.tree()).toEqual(before);
  });

  it('never rewrites a file that is not UTF-8', async () => {
    const h = makeHome({ claudeJson: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) });
    const before = h.tree();
    const actions = await plan(h, {});
    expect(actions).toMatchObject([{ kind: 'blocked', description: { code: 'fix.blocked.not-utf8' } }]);
    await applyFixes(actions, writer, { dryRun: false });
    expect(h.tree()).toEqual(before);
  });

  it('does not replace an env block that is not an object', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}', settings: '{"env":"ANTHROPIC_API_KEY=x"}' });
    const before = h.tree();
    const actions = await plan(h, { ANTHROPIC_API_KEY: { value: KEY, source: fromEnv } });
    expect(actions).toMatchObject([{ kind: 'blocked', description: { code: 'fix.blocked.not-an-object' } }]);
    await applyFixes(actions, writer, { dryRun: false });
    expect(h.tree()).toEqual(before);
  });

  it('has nothing to do on a healthy home, and says so in both languages', async () => {
    const h = makeHome({ claudeJson: '{"hasCompletedOnboarding":true}' });
    const actions = await plan(h, { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: KEY, source: fromEnv } });
    expect(actions).toEqual([]);
    const render = (lang: 'en' | 'zh') => renderFixSummary([], [], fixRenderKit({ lang, shell: 'bash', platform: 'linux', homeDir: h.home }));
    expect(render('en')).toBe('Nothing to repair automatically.\n');
    expect(render('zh')).toBe('没有可以自动修复的问题。\n');
  });
});

describe('--fix repairs only what was asked, and offers the safe key repairs (issue 11, items 7 and 9)', () => {
  const brokenClaudeJson = richClaudeJson();

  it('with --only base-url, repairs the base URL and leaves ~/.claude.json alone', async () => {
    const h = makeHome({ claudeJson: brokenClaudeJson, settings: '{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic/v1"\n  }\n}\n' });
    const vars: VarTable = {
      ANTHROPIC_BASE_URL: { value: 'https://api.moonshot.cn/anthropic/v1', source: fromSettings(h.paths.userSettings) },
      ANTHROPIC_AUTH_TOKEN: { value: KEY, source: fromEnv },
    };
    const checks = [{ id: 'base-url', data: { suggestedUrl: 'https://api.moonshot.cn/anthropic' } }];
    const all = planFixes(await gatherFixInput({ config: fakeConfig(vars), checks, paths: h.paths, writer }));
    expect(ids(all)).toEqual(expect.arrayContaining(['edit:claude-json.onboarding', 'edit:settings.base-url']));
    const only = planFixes(await gatherFixInput({ config: fakeConfig(vars), checks, paths: h.paths, writer, checkIds: ['base-url'] }));
    expect(ids(only)).toEqual(['edit:settings.base-url']);
    await applyFixes(only, writer, { dryRun: false });
    expect(read(h.paths.claudeJson)).toBe(brokenClaudeJson);
    expect(backupsOf(h.paths.claudeJson)).toEqual([]);
  });

  it('removes the quotes around a key in settings.json, and the diff never shows the key', async () => {
    const settings = `{\n  "env": {\n    "ANTHROPIC_AUTH_TOKEN": "\\"${KEY}\\"",\n    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic"\n  }\n}\n`;
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic', customApiKeyResponses: { approved: [], rejected: [] } }), settings });
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: `"${KEY}"`, source: fromSettings(h.paths.userSettings) } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:settings.key-unquote']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'updated' }]);
    expect(readJson(h.paths.userSettings)).toEqual({ env: { ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' } });
    const kit = fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home });
    const shown = renderFixSummary(actions, results, kit) + (actions[0] as { diff: string }).diff;
    expect(shown).toContain('Remove the quotes around ANTHROPIC_AUTH_TOKEN');
    expect(shown).not.toContain(KEY);
    expect(shown).not.toContain(KEY.slice(8, 24));
  });

  (posix ? it : it.skip)('offers chmod 600 for a settings file that holds a key and others can read: shown, no backup, mode changed', async () => {
    const settings = `{\n  "env": {\n    "ANTHROPIC_AUTH_TOKEN": "${KEY}"\n  }\n}\n`;
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic', customApiKeyResponses: { approved: [], rejected: [] } }), settings });
    chmodSync(h.paths.userSettings, 0o644);
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: KEY, source: fromSettings(h.paths.userSettings) } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:settings.key-file-mode']);
    const kit = fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home });
    const preview = await applyFixes(actions, writer, { dryRun: true });
    expect(statSync(h.paths.userSettings).mode & 0o777).toBe(0o644);
    const shown = renderFixSummary(actions, preview, kit);
    expect(shown).toContain('chmod 600, mode 0644 → 0600');
    expect(shown).toContain('old mode 0644\nnew mode 0600');
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'updated', backupPath: null, outcome: { code: 'fix.result.mode-changed' } }]);
    expect(statSync(h.paths.userSettings).mode & 0o777).toBe(0o600);
    expect(read(h.paths.userSettings)).toBe(settings);
    expect(backupsOf(h.paths.userSettings)).toEqual([]);
    // Planned on Windows, there is nothing to chmod.
    const input = await gatherFixInput({ config: fakeConfig(vars), checks: [], paths: h.paths, writer, platform: 'win32' });
    expect(planFixes(input)).toEqual([]);
  });

  (posix ? it : it.skip)('takes the quotes out and the read bits away in one write, with a backup only its owner can read', async () => {
    const settings = `{\n  "env": {\n    "ANTHROPIC_AUTH_TOKEN": "'${KEY}'"\n  }\n}\n`;
    const h = makeHome({ claudeJson: richClaudeJson({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic', customApiKeyResponses: { approved: [], rejected: [] } }), settings });
    chmodSync(h.paths.userSettings, 0o644);
    const vars: VarTable = { ...goodBaseUrl(h.paths.userSettings), ANTHROPIC_AUTH_TOKEN: { value: `'${KEY}'`, source: fromSettings(h.paths.userSettings) } };
    const actions = await plan(h, vars);
    expect(ids(actions)).toEqual(['edit:settings.key-unquote', 'edit:settings.key-file-mode']);
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toHaveLength(1);
    expect(results[0].diff).toContain('new mode 0600');
    expect(statSync(h.paths.userSettings).mode & 0o777).toBe(0o600);
    expect(readJson(h.paths.userSettings)).toEqual({ env: { ANTHROPIC_AUTH_TOKEN: KEY } });
    expect(backupsOf(h.paths.userSettings).map((b) => statSync(b).mode & 0o777)).toEqual([0o600]);
  });
});

describe('a file --fix must leave alone becomes a blocked result that says why (issue 10, items 11 and 12)', () => {
  (posix ? it : it.skip)('read-only (0444) and hard-linked files', async () => {
    const h = makeHome({ claudeJson: richClaudeJson({ customApiUrl: 'https://api.moonshot.cn/anthropic' }) });
    chmodSync(h.paths.claudeJson, 0o444);
    const kit = fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home });
    const actions = await plan(h, goodBaseUrl(h.paths.userSettings));
    const results = await applyFixes(actions, writer, { dryRun: false });
    expect(results).toMatchObject([{ status: 'blocked', outcome: { code: 'fix.result.read-only' } }]);
    expect(renderFixSummary(actions, results, kit)).toContain('~/.claude.json is read-only (mode 0444)');
    const zh = fixRenderKit({ lang: 'zh', shell: 'bash', platform: 'linux', homeDir: h.home });
    expect(renderFixSummary(actions, results, zh)).toContain('~/.claude.json 是只读文件（权限 0444）');

    chmodSync(h.paths.claudeJson, 0o600);
    linkSync(h.paths.claudeJson, path.join(h.home, 'dotfiles-claude.json'));
    const linked = await applyFixes(await plan(h, goodBaseUrl(h.paths.userSettings)), writer, { dryRun: false });
    expect(linked).toMatchObject([{ status: 'blocked', outcome: { code: 'fix.result.hard-link', values: { detail: '2' } } }]);
    expect(describeFix(linked[0].outcome, kit).remediation).toContain('find ~ -samefile ~/.claude.json');
  });
});

describe('the wording of a preview matches why nothing is written (issue 11, item 8)', () => {
  it.each([
    ['confirm', 'Will change ~/.claude.json if you answer yes below:'],
    ['dry-run', 'Would change ~/.claude.json (dry run: nothing was written):'],
    ['no-tty', 'Would change ~/.claude.json (preview: nothing was written):'],
    ['declined', 'Left ~/.claude.json as it was.'],
  ] as const)('%s', async (previewFor, line) => {
    const h = makeHome({ claudeJson: richClaudeJson({ customApiUrl: 'https://api.moonshot.cn/anthropic' }) });
    const actions = await plan(h, goodBaseUrl(h.paths.userSettings));
    const results = await applyFixes(actions, writer, { dryRun: true, previewFor });
    const text = renderFixSummary(actions, results, fixRenderKit({ lang: 'en', shell: 'bash', platform: 'linux', homeDir: h.home }));
    expect(text).toContain(line);
    if (previewFor !== 'dry-run') expect(text).not.toContain('dry run');
  });
});
