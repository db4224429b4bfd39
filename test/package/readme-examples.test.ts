// Every command block of the README is run, as a reader would run it, and must end with its documented exit code.
//
// Command blocks are fenced blocks marked sh, bash, shell, console (commands after "$ ") or yaml (a CI recipe:
// its run:/script: commands with its env:/variables:). Unmarked fences hold output or synopses and are not run.
// An invisible marker on the line before a block says how it is run:
//   <!-- readme-test: skip (reason) -->       not run; the reason is required (the registry, the test suite itself)
//   <!-- readme-test: exit=N [flags] -->      every command of the block must exit with N (no marker: exit=0)
// flags: offline        every kimi-claude command gets --offline (the block names a real Moonshot host)
//        claude         Claude Code is installed (native layout, ~/.local/bin on PATH)
//        node=22        run under that line of the official Node builds (.cache/node-binaries)
//        stdin=key      standard input is a Moonshot-shaped key (what a reader types at the prompt)
//        home=<name>    the home starts as the named fixture below
//        clipboard=<name> `pbpaste` prints the named fixture
// Each block gets its own HOME; `kimi-claude` and `npx kimi-claude` resolve to the built bin/kimi-claude.js through
// shims on PATH; PATH holds nothing else but a few shell tools and a stub npm, and the CLI runs with loopback-only.js
// preloaded, so no block can reach the network (a block that tries fails, naming the host).
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BIN, tempDir, writeExecutable } from '../support/cli';
import { nodeBinary } from '../support/node-binaries';

const LOOPBACK_ONLY = path.join(__dirname, 'loopback-only.js');
const README = process.env.KC_README_UNDER_TEST ?? path.join(__dirname, '..', '..', 'README.md');
const COMMAND_LANGS = new Set(['sh', 'bash', 'shell', 'console', 'yaml', 'yml']);
const MATRIX: { smoke: string[] } = require('../support/node-matrix.json');
/** Shaped like a Moonshot platform key; never valid anywhere. */
const FAKE_KEY = 'sk-' + 'Rd7pQx2Lm9Vt4Kw8Zc1Hs6Nf3Bj5Gy0Ua'.repeat(2).slice(0, 48);
const SHELL_TOOLS = ['sh', 'bash', 'cat', 'printf', 'echo', 'env', 'true', 'false', 'ls', 'mkdir', 'rm', 'grep', 'sed', 'head', 'tail'];

const HOMES: Record<string, Record<string, string>> = {
  /** Moonshot's guide followed with the /v1 mistake, onboarding never run. */
  'v1-settings': {
    '.claude/settings.json': JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/v1', ANTHROPIC_AUTH_TOKEN: FAKE_KEY } }, null, 2) + '\n',
    '.claude.json': '{\n  "numStartups": 3\n}\n',
  },
};
const CLIPBOARDS: Record<string, string> = {
  'rate-limit':
    'li@box:~$ claude -p hi\n  ⎿  API Error: Request rejected (429) · Your account org-3f2a1b request reached organization max RPM: 3, please try again after 1 seconds\n',
};

export interface Marker {
  skip?: string;
  exit: number;
  flags: Record<string, string | true>;
}

export interface Block {
  line: number;
  lang: string;
  body: string[];
  marker: Marker;
}

export function parseMarker(text: string | undefined): Marker {
  const m = text?.match(/^<!--\s*readme-test:\s*(.*?)\s*-->$/);
  if (!m) return { exit: 0, flags: {} };
  const skip = m[1].match(/^skip\s*\((.+)\)$/);
  if (skip) return { skip: skip[1], exit: 0, flags: {} };
  const flags: Record<string, string | true> = {};
  for (const token of m[1].split(/\s+/)) {
    const [k, v] = token.split('=');
    flags[k] = v ?? true;
  }
  const exit = Number(flags.exit ?? 0);
  delete flags.exit;
  return { exit, flags };
}

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(`{3,})(\S*)\s*$/);
    if (!open) continue;
    const fence = open[1];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i].startsWith(fence) && lines[i].trim() === fence); i++) body.push(lines[i]);
    let before = start - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const previous = before >= 0 ? lines[before].trim() : undefined;
    if (COMMAND_LANGS.has(open[2])) blocks.push({ line: start + 1, lang: open[2], body, marker: parseMarker(previous) });
  }
  return blocks;
}

interface Step {
  command: string;
  /** Output shown under a console command. */
  shown: string[];
}

/** The commands of a block and the environment it sets (a CI recipe's env:/variables:). */
export function stepsOf(block: Block): { steps: Step[]; env: Record<string, string> } {
  const env: Record<string, string> = {};
  const steps: Step[] = [];
  if (block.lang === 'console') {
    for (const line of block.body) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
      else if (steps.length > 0) steps[steps.length - 1].shown.push(line);
    }
  } else if (block.lang === 'yaml' || block.lang === 'yml') {
    let scriptIndent = -1;
    for (const line of block.body) {
      const indent = line.length - line.trimStart().length;
      const secretsToShell = (v: string) => v.replace(/\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g, '$$$1');
      const run = line.match(/^\s*(?:-\s+)?run:\s*(.+)$/);
      const script = line.match(/^\s*script:\s*$/);
      const item = line.match(/^\s*-\s+(.+)$/);
      const variable = line.match(/^\s*([A-Z][A-Z0-9_]*):\s*(.+)$/);
      if (scriptIndent >= 0 && (indent <= scriptIndent || !item) && line.trim() !== '') scriptIndent = -1;
      if (run) steps.push({ command: run[1], shown: [] });
      else if (script) scriptIndent = indent;
      else if (scriptIndent >= 0 && item) steps.push({ command: item[1], shown: [] });
      else if (variable) env[variable[1]] = secretsToShell(variable[2].trim());
    }
    // GitLab runs a job's script lines in one shell (an export reaches the next line); GitHub one shell per run:.
    if (block.body.some((l) => /^\s*script:\s*$/.test(l))) return { steps: [{ command: ['set -e', ...steps.map((s) => s.command)].join('\n'), shown: [] }], env };
  } else {
    let pending = '';
    for (const line of block.body) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      if (line.endsWith('\\')) pending += line.slice(0, -1) + ' ';
      else {
        steps.push({ command: pending + line, shown: [] });
        pending = '';
      }
    }
  }
  return { steps, env };
}

interface World {
  home: string;
  env: Record<string, string>;
}

function world(block: Block): World {
  const f = block.marker.flags;
  const node = typeof f.node === 'string' ? nodeBinary(MATRIX.smoke.find((v) => v.split('.')[0] === f.node)!) : process.execPath;
  const home = tempDir('kc-readme-');
  const prefix = path.join(home, 'npm-prefix');
  const bin = path.join(prefix, 'bin');
  const tools = path.join(home, 'tools');
  mkdirSync(bin, { recursive: true });
  mkdirSync(tools, { recursive: true });
  symlinkSync(node, path.join(bin, 'node'));
  // A stub npm: the doctor reads its version; a block that runs npm itself would get nothing from the registry.
  const npmDir = path.join(prefix, 'lib', 'node_modules', 'npm');
  writeExecutable(path.join(npmDir, 'bin', 'npm-cli.js'), '#!/bin/sh\necho "npm stub: no registry in this test" >&2\nexit 1\n');
  writeFileSync(path.join(npmDir, 'package.json'), JSON.stringify({ name: 'npm', version: '10.9.0' }));
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(bin, 'npm'));
  const extra = f.offline ? ' --offline' : '';
  writeExecutable(path.join(bin, 'kimi-claude'), `#!/bin/sh\nexec "${node}" --require "${LOOPBACK_ONLY}" "${BIN}" "$@"${extra}\n`);
  writeExecutable(
    path.join(bin, 'npx'),
    '#!/bin/sh\nif [ "$1" != kimi-claude ]; then echo "npx stub: only kimi-claude in this test" >&2; exit 127; fi\nshift\nexec kimi-claude "$@"\n',
  );
  for (const tool of SHELL_TOOLS) {
    const found = ['/bin', '/usr/bin'].map((d) => path.join(d, tool)).find((p) => spawnSync('test', ['-x', p]).status === 0);
    if (found) symlinkSync(found, path.join(tools, tool));
  }
  if (typeof f.clipboard === 'string') writeExecutable(path.join(bin, 'pbpaste'), `#!/bin/sh\ncat <<'EOF'\n${CLIPBOARDS[f.clipboard]}EOF\n`);
  let PATH = `${bin}:${tools}`;
  if (f.claude) {
    const target = path.join(home, '.local', 'share', 'claude', 'versions', '2.1.332');
    writeExecutable(target, '#!/bin/sh\necho "2.1.332 (Claude Code)"\n');
    mkdirSync(path.join(home, '.local', 'bin'), { recursive: true });
    symlinkSync(target, path.join(home, '.local', 'bin', 'claude'));
    PATH = `${path.join(home, '.local', 'bin')}:${PATH}`;
  }
  if (typeof f.home === 'string') {
    const fixture = HOMES[f.home];
    if (!fixture) throw new Error(`unknown home fixture ${f.home}`);
    for (const [file, content] of Object.entries(fixture)) {
      mkdirSync(path.dirname(path.join(home, file)), { recursive: true });
      writeFileSync(path.join(home, file), content);
    }
  }
  const env: Record<string, string> = {
    HOME: home,
    PATH,
    LANG: 'en_US.UTF-8',
    SHELL: '/bin/bash',
    NPM_CONFIG_PREFIX: prefix,
    MOONSHOT_KEY: FAKE_KEY,
    MOONSHOT_API_KEY: FAKE_KEY,
    KC_README_BLOCKED: path.join(home, 'blocked-hosts'),
  };
  if (block.body.some((l) => /uses:\s*actions\//.test(l))) {
    env.GITHUB_ACTIONS = 'true';
    env.GITHUB_STEP_SUMMARY = path.join(home, 'step-summary.md');
  }
  return { home, env };
}

const blocks = parseBlocks(readFileSync(README, 'utf8'));
const runnable = blocks.filter((b) => !b.marker.skip);

describe('README command blocks', () => {
  test('the README has command blocks, and every skipped one says why', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(6);
    for (const b of blocks) if (b.marker.skip !== undefined) expect(b.marker.skip.trim().length).toBeGreaterThan(5);
  });

  test.each(runnable.map((b) => [`line ${b.line} (${b.lang})`, b] as const))('%s exits as documented', (_name, block) => {
    const { steps, env: blockEnv } = stepsOf(block);
    expect(steps.length).toBeGreaterThan(0);
    const w = world(block);
    const exports = Object.entries(blockEnv)
      .map(([k, v]) => `export ${k}="${v.replace(/"/g, '\\"')}"`)
      .join('\n');
    for (const step of steps) {
      const r = spawnSync('bash', ['-c', `${exports}\n${step.command}`], {
        env: w.env,
        cwd: w.home,
        input: block.marker.flags.stdin === 'key' ? FAKE_KEY + '\n' : '',
        encoding: 'utf8',
        timeout: 60_000,
      });
      const blocked = existsSync(w.env.KC_README_BLOCKED) ? readFileSync(w.env.KC_README_BLOCKED, 'utf8').trim().split('\n') : [];
      const seen = { command: step.command, status: r.status, stdout: r.stdout, stderr: r.stderr, hostsOutsideLoopback: blocked };
      // A block that names a real host must say offline (or use a loopback endpoint): nothing may leave the machine.
      expect(seen).toEqual({ ...seen, hostsOutsideLoopback: [] });
      expect({ ...seen, status: r.status }).toEqual({ ...seen, status: block.marker.exit });
      const shown = step.shown.filter((l) => l.trim() !== '' && l.trim() !== '…');
      if (shown.length > 0 && shown[0].trim().startsWith('{')) {
        // Shown JSON is an excerpt of the real output: every field shown must have the value shown.
        expect(JSON.parse(r.stdout)).toMatchObject(JSON.parse(shown.join('\n')));
      } else {
        // Shown text is the real output, with "…" where lines were left out: each shown line appears, in order.
        const stamp = (t: string) => t.replace(/\d{8}T\d{6}Z/g, '<timestamp>');
        const out = stamp(r.stdout);
        let at = 0;
        for (const line of shown.map((l) => stamp(l.trimEnd()))) {
          const found = out.indexOf(line, at);
          expect({ line, found: found >= 0, after: out.slice(at, at + 400) }).toEqual({ line, found: true, after: out.slice(at, at + 400) });
          at = found + line.length;
        }
      }
    }
  });
});
