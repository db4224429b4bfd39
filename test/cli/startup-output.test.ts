// The start-up work (README, "Speed") changes no output. The built bundle carries a stand-in for yargs' assert and
// a lazy terminal width, skips yargs' help cache, and writes to pipes and files without creating process.stdout;
// help, usage errors and a terminal must still come out exactly as yargs and the stream render them.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { version } from '../../package.json';
import { parseArgs, UsageError } from '../../src/cli/args';
import { BIN, makeHome, runCli } from '../support/cli';

function userEnv(extra: Record<string, string> = {}) {
  const { home, path: bin } = makeHome();
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic' } }));
  return { HOME: home, PATH: bin, LANG: 'en_US.UTF-8', ...extra };
}

/** What the unbundled source (real yargs, real assert, no build-time edits) prints for these arguments. */
async function fromSource(argv: string[], lang: 'en' | 'zh' = 'en'): Promise<{ stdout: string; usageError?: string }> {
  try {
    const parsed = await parseArgs(argv, lang, version, async () => {
      throw new Error('no command should start');
    });
    if (parsed.kind !== 'printed') throw new Error('expected printed text');
    return { stdout: parsed.text };
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', usageError: e.message };
    throw e;
  }
}

const tool = (name: string) => ['/usr/bin', '/bin'].map((d) => path.join(d, name)).find((f) => existsSync(f));
const SCRIPT = tool('script');
const STTY = tool('stty');

/** Runs the built CLI on a pseudo-terminal of the given width (util-linux `script`); stderr is dropped. */
function onTerminal(args: string[], env: Record<string, string>, columns: number, nodeOptions: string[] = []): string {
  const quoted = [process.execPath, ...nodeOptions, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync(SCRIPT!, ['-qec', `${STTY} cols ${columns} rows 50; ${quoted} 2>/dev/null`, '/dev/null'], {
    env: { ...env, TERM: 'xterm-256color' },
    cwd: env.HOME,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return (r.stdout ?? '').replace(/\r\n/g, '\n');
}

const onLinux = process.platform === 'linux' && SCRIPT && STTY ? test : test.skip;

describe('help and usage errors: the bundle prints what the source prints', () => {
  test.each([[[]], [['--help']], [['doctor', '--help']], [['setup', '--help']], [['explain', '-h']], [['--version']]])('%j', async (argv) => {
    const r = runCli(argv, { env: userEnv() });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await fromSource(argv)).stdout);
  });

  test.each([
    [['doctor', '--bogus']],
    [['doctor', '--format', 'yaml']],
    [['doctor', '--timeout', '0']],
    [['doctor', '--json', '--markdown']],
    [['nonsense']],
    [['doctor', 'no-such-check']],
  ])('usage error %j: exit 2, the same message', async (argv) => {
    const r = runCli(argv, { env: userEnv() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const expected = (await fromSource(argv)).usageError;
    const message = expected !== undefined ? `kimi-claude: ${expected}\n` : (/^kimi-claude: unknown check id: no-such-check\. Valid ids: .+\n/.exec(r.stderr)?.[0] ?? '');
    expect(r.stderr.startsWith(message) && message !== '').toBe(true);
    expect(r.stderr.slice(message.length)).toMatch(/^Run `kimi-claude[a-z ]* --help` for usage\.\n$/);
  });
});

describe('on a terminal', () => {
  onLinux('help is laid out for the terminal width, as the source lays it out', async () => {
    const env = userEnv();
    const columns = Object.getOwnPropertyDescriptor(process.stdout, 'columns');
    Object.defineProperty(process.stdout, 'columns', { value: 64, configurable: true });
    let expected: string;
    try {
      expected = (await fromSource(['doctor', '--help'])).stdout;
    } finally {
      if (columns) Object.defineProperty(process.stdout, 'columns', columns);
      else delete (process.stdout as { columns?: number }).columns;
    }
    const shown = onTerminal(['doctor', '--help'], env, 64);
    expect(shown).toBe(expected);
    expect(Math.max(...shown.split('\n').map((l) => l.length))).toBeLessThanOrEqual(64);
  });

  onLinux('the report reaches the terminal without Node\'s tty stream: neither tty nor the stream stack is loaded', () => {
    const env = userEnv();
    const probe = path.join(env.HOME, 'probe.js');
    const list = path.join(env.HOME, 'loaded.txt');
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const shown = onTerminal(['doctor', '--offline'], env, 100, ['--require', probe]);
    expect(shown).toContain('\u001b[');
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).not.toContain('NativeModule tty');
    expect(loaded).not.toContain('NativeModule net');
    expect(loaded).not.toContain('NativeModule internal/streams/writable');
  });

  onLinux('the report is coloured, byte for byte what --color gives on a pipe', () => {
    const env = userEnv();
    const args = ['doctor', '--offline', '--only', 'base-url'];
    const shown = onTerminal(args, env, 100);
    expect(shown).toContain('\u001b[');
    expect(shown).toBe(runCli([...args, '--color'], { env: { ...env, TERM: 'xterm-256color' } }).stdout);
  });
});

describe("yargs' argument checks, which the bundle skips (scripts/build.js)", () => {
  test.each([[['doctor', '--offline', '--format', 'json']], [['setup', '--print', '--region', 'cn']], [['explain', '401']], [['--help']], [['doctor', '--help']]])(
    'the source calls yargs as its checks allow: no warning for %j',
    async (argv) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        for (const lang of ['en', 'zh'] as const) await parseArgs(argv, lang, version, async () => 0);
        expect(warn).not.toHaveBeenCalled();
      } finally {
        warn.mockRestore();
      }
    },
  );
});

test('every module wrapper of the bundle is a plain function, not an object made at start-up (scripts/build.js)', () => {
  const bundle = readFileSync(path.join(path.dirname(BIN), '..', 'dist', 'cli.js'), 'latin1');
  expect(bundle).not.toMatch(/\b(?:__esm|__commonJS)\(\{/);
  expect(bundle).not.toMatch(/__getOwnPropNames\((?:fn|cb)\)/);
  // Each check's module is one of them, lazily initialised, and so is each of yargs' CommonJS modules.
  expect(bundle.match(/\b__esm\(function\(\)\{/g)?.length).toBeGreaterThan(100);
  expect(bundle.match(/\b__commonJS\(function\(exports\d*,module\d*\)\{/g)?.length).toBeGreaterThan(20);
});

describe('what an offline JSON run to a pipe loads', () => {
  /** Runs an offline JSON doctor with `preload` required first; the lines it writes to $KC_PROBE_FILE at exit. */
  function linesFromPreload(env: Record<string, string>, preload: string, format: 'json' | 'human' = 'json'): string[] {
    const probe = path.join(env.HOME, 'probe.js');
    writeFileSync(probe, preload);
    const list = path.join(env.HOME, 'probe.txt');
    const r = spawnSync(process.execPath, ['--require', probe, BIN, 'doctor', '--offline', '--format', format], {
      env: { ...env, KC_PROBE_FILE: list },
      cwd: env.HOME,
      encoding: 'utf8',
    });
    if (format === 'json') expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    else expect(r.stdout).toContain('kimi-claude doctor report');
    return readFileSync(list, 'utf8').split('\n');
  }

  test.each([['en_US.UTF-8'], ['zh_CN.UTF-8']])(
    'LANG=%s: yargs looks for no file (locales, package.json) next to the bundle: only the launcher and the bundle are read',
    (lang) => {
      const seen = linesFromPreload(
        userEnv({ LANG: lang }),
        [
          "const fs = require('fs');",
          'const seen = [];',
          "for (const name of ['readFileSync', 'statSync', 'lstatSync', 'readdirSync', 'existsSync', 'openSync']) {",
          '  const real = fs[name];',
          '  fs[name] = function (p, ...rest) { seen.push(String(p)); return real.call(this, p, ...rest); };',
          '}',
          "process.on('exit', () => fs.writeFileSync(process.env.KC_PROBE_FILE, seen.join('\\n')));",
        ].join('\n'),
      );
      const root = path.resolve(path.dirname(BIN), '..');
      const inPackage = seen.filter((p) => p === root || p.startsWith(root + path.sep));
      expect([...new Set(inPackage)].sort()).toEqual([BIN, path.join(root, 'dist', 'cli.js')].sort());
    },
  );

  test('neither Node\'s assert module nor the stream stack: process.stdout and process.stderr are never created; no AbortController offline', () => {
    const loaded = linesFromPreload(
      userEnv(),
      "process.on('exit', () => require('fs').writeFileSync(process.env.KC_PROBE_FILE, process.moduleLoadList.join('\\n')));\n",
    );
    expect(loaded).not.toContain('NativeModule assert');
    expect(loaded).not.toContain('NativeModule net');
    expect(loaded).not.toContain('NativeModule internal/streams/writable');
    // Only the network code reads a check's abort signal (src/core/lazy-signal.ts).
    expect(loaded).not.toContain('NativeModule internal/abort_controller');
  });

  test('a human report to a pipe, in colour or not, loads neither tty nor the stream stack (chalk detects nothing)', () => {
    for (const extra of [{}, { FORCE_COLOR: '1' }] as Array<Record<string, string>>) {
      const loaded = linesFromPreload(
        userEnv(extra),
        "process.on('exit', () => require('fs').writeFileSync(process.env.KC_PROBE_FILE, process.moduleLoadList.join('\\n')));\n",
        'human',
      );
      expect(loaded).not.toContain('NativeModule tty');
      expect(loaded).not.toContain('NativeModule net');
      expect(loaded).not.toContain('NativeModule internal/streams/writable');
    }
  });
});
