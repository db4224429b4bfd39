// bin/kimi-claude.js keeps V8's compiled code for the bundle in the user's cache directory. The cache may make the
// doctor faster, never different: it is written once, read afterwards, and any problem with it falls back to a plain
// load with the same output.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { BIN, runCli, tempDir } from '../support/cli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleText, WRAPPER } = require('../../scripts/build') as { bundleText: (text: string) => string; WRAPPER: [string, string] };

const ARGS = ['doctor', '--offline', '--format', 'json', '--only', 'base-url'];

function world() {
  const home = tempDir('kc-cache-home-');
  const env = { HOME: home, PATH: path.dirname(process.execPath), LANG: 'en_US.UTF-8', ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' };
  const dir = path.join(home, '.cache', 'kimi-claude', 'code-cache');
  return { home, env, dir };
}

/** The report without the fields that differ from run to run. */
function stable(stdout: string): unknown {
  return JSON.parse(stdout, (key, value) => (['durationMs', 'generatedAt', 'startedAt', 'elapsedMs'].includes(key) ? 0 : value));
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

test('the first run writes one cache file; later runs read it and never write it again', () => {
  const w = world();
  const first = runCli(ARGS, { env: w.env });
  expect(first.status).toBe(0);
  const written = files(w.dir);
  expect(written).toHaveLength(1);
  const file = path.join(w.dir, written[0]);
  const before = statSync(file);
  for (let i = 0; i < 2; i++) {
    const again = runCli(ARGS, { env: w.env });
    expect(stable(again.stdout)).toEqual(stable(first.stdout));
  }
  const after = statSync(file);
  expect({ ino: after.ino, mtimeMs: after.mtimeMs, size: after.size }).toEqual({ ino: before.ino, mtimeMs: before.mtimeMs, size: before.size });
  expect(files(w.dir)).toEqual(written);
});

test('a damaged cache is ignored and replaced; the output is the same', () => {
  const w = world();
  const clean = runCli(ARGS, { env: w.env });
  const file = path.join(w.dir, files(w.dir)[0]);
  writeFileSync(file, Buffer.from('not a V8 code cache'));
  const damaged = runCli(ARGS, { env: w.env });
  expect(damaged.status).toBe(0);
  expect(damaged.stderr).toBe('');
  expect(stable(damaged.stdout)).toEqual(stable(clean.stdout));
  expect(statSync(file).size).toBeGreaterThan(1000);
});

test('KIMI_CLAUDE_NO_CODE_CACHE=1 writes nothing', () => {
  const w = world();
  const r = runCli(ARGS, { env: { ...w.env, KIMI_CLAUDE_NO_CODE_CACHE: '1' } });
  expect(r.status).toBe(0);
  expect(files(w.dir)).toEqual([]);
});

test('a cache directory that cannot be made costs speed only', () => {
  const w = world();
  // A file where the directory should be: mkdir fails for root too.
  require('fs').mkdirSync(path.join(w.home, '.cache'), { recursive: true });
  writeFileSync(path.join(w.home, '.cache', 'kimi-claude'), '');
  const r = runCli(ARGS, { env: w.env });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout).checks[0].id).toBe('base-url');
});

test('each command keeps its own cache: a first --help run does not stand in for the doctor', () => {
  const w = world();
  runCli(['--help'], { env: w.env });
  expect(files(w.dir)).toHaveLength(1);
  runCli(ARGS, { env: w.env });
  const both = files(w.dir);
  expect(both).toHaveLength(2);
  expect(both.some((f) => f.endsWith('-doctor.v8'))).toBe(true);
  runCli(['--version'], { env: w.env });
  runCli(ARGS, { env: w.env });
  expect(files(w.dir)).toEqual(both);
});

// bin/kimi-claude.js sets V8 flags for a short-lived process before the bundle is compiled; before Node 22 it reaches
// them through process.binding('v8'), which Node marks deprecated. Whatever the user's deprecation settings, the run
// says nothing about it and its cache stays valid from one run to the next.
test.each([['--pending-deprecation'], ['--throw-deprecation'], ['--trace-deprecation']])('NODE_OPTIONS=%s: no warning, the same report, one cache file kept', (option) => {
  const w = world();
  const env = { ...w.env, NODE_OPTIONS: option };
  const first = runCli(ARGS, { env });
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  const file = path.join(w.dir, files(w.dir)[0]);
  const before = statSync(file).mtimeMs;
  const again = runCli(ARGS, { env });
  expect(again.stderr).toBe('');
  expect(stable(again.stdout)).toEqual(stable(first.stdout));
  expect(statSync(file).mtimeMs).toBe(before);
});

test('an English and a Chinese doctor run keep their own caches, each read and kept afterwards', () => {
  const w = world();
  const zhEnv = { ...w.env, LANG: 'zh_CN.UTF-8' };
  const runs = [runCli(ARGS, { env: w.env }), runCli(ARGS, { env: zhEnv }), runCli([...ARGS, '--lang', 'zh'], { env: w.env })];
  expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
  // The same Chinese report either way (the environment's locale line aside).
  expect((stable(runs[2].stdout) as { checks: unknown }).checks).toEqual((stable(runs[1].stdout) as { checks: unknown }).checks);
  const written = files(w.dir).sort();
  expect(written.map((name) => name.replace(/^cli-[0-9a-f]+-[^-]+-[^-]+-/, ''))).toEqual(['doctor-zh.v8', 'doctor.v8']);
  const times = () => written.map((name) => statSync(path.join(w.dir, name)).mtimeMs);
  const before = times();
  runCli(ARGS, { env: zhEnv });
  runCli(ARGS, { env: w.env });
  expect(times()).toEqual(before);
});

/** A package of its own: the real launcher and a bundle of our making, run as a user runs kimi-claude. */
function fakePackage() {
  const root = tempDir('kc-cache-pkg-');
  mkdirSync(path.join(root, 'bin'));
  mkdirSync(path.join(root, 'dist'));
  copyFileSync(BIN, path.join(root, 'bin', 'kimi-claude.js'));
  const home = tempDir('kc-cache-home-');
  return {
    root,
    dir: path.join(home, '.cache', 'kimi-claude', 'code-cache'),
    install: (text: string) => writeFileSync(path.join(root, 'dist', 'cli.js'), text),
    run: () => spawnSync(process.execPath, [path.join(root, 'bin', 'kimi-claude.js'), '--version'], { env: { HOME: home, PATH: path.dirname(process.execPath) }, encoding: 'utf8' }),
  };
}

test('a new bundle of the same length runs its own code, not the cache of the one before', () => {
  // V8 accepts a cache made for any text of the same length: the build's digest tells the two apart.
  const pkg = fakePackage();
  const a = bundleText('process.stdout.write("release 1.0.1\\n");');
  const b = bundleText('process.stdout.write("release 1.0.2\\n");');
  expect(b.length).toBe(a.length);
  pkg.install(a);
  expect(pkg.run().stdout).toBe('release 1.0.1\n');
  expect(pkg.run().stdout).toBe('release 1.0.1\n');
  pkg.install(b);
  expect(pkg.run().stdout).toBe('release 1.0.2\n');
  expect(pkg.run().stdout).toBe('release 1.0.2\n');
  expect(files(pkg.dir)).toHaveLength(2);
});

test('a cache larger than its bundle (read into a buffer of its own) is read and kept too', () => {
  const pkg = fakePackage();
  pkg.install(bundleText('process.stdout.write("tiny\\n");'));
  expect(pkg.run().stdout).toBe('tiny\n');
  const [name] = files(pkg.dir);
  const file = path.join(pkg.dir, name);
  const before = statSync(file);
  expect(before.size).toBeGreaterThan(statSync(path.join(pkg.root, 'dist', 'cli.js')).size);
  expect(pkg.run().stdout).toBe('tiny\n');
  expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
});

test('a bundle without the build digest runs without a cache', () => {
  const pkg = fakePackage();
  pkg.install(WRAPPER[0] + 'process.stdout.write("hand-made\\n");' + WRAPPER[1]);
  const r = pkg.run();
  expect(r.stdout).toBe('hand-made\n');
  expect(r.stderr).toBe('');
  expect(files(pkg.dir)).toEqual([]);
});

test("writing a cache removes other builds' caches and interrupted writes once they are a week old, and nothing else", () => {
  const w = world();
  runCli(ARGS, { env: w.env });
  const [current] = files(w.dir);
  const build = current.split('-')[1];
  const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
  const plant = (name: string, old: boolean) => {
    const file = path.join(w.dir, name);
    writeFileSync(file, 'x');
    if (old) utimesSync(file, eightDaysAgo, eightDaysAgo);
    return name;
  };
  const oldRelease = plant('cli-0123456789abcdef-v20.20.2-x64-doctor.v8', true);
  const oldLengthNamed = plant('cli-v20.20.2-x64-716112-doctor-plain.v8', true);
  const interrupted = plant(`cli-${build}-v20.20.2-x64-doctor.v8.4242.tmp`, true);
  const sideBySide = plant('cli-fedcba9876543210-v20.20.2-x64-doctor.v8', false);
  const notOurs = plant('notes.txt', true);
  // Another command has no cache yet: this run writes one.
  runCli(['--version'], { env: w.env });
  const left = files(w.dir);
  expect(left).not.toContain(oldRelease);
  expect(left).not.toContain(oldLengthNamed);
  expect(left).not.toContain(interrupted);
  expect(left).toEqual(expect.arrayContaining([current, sideBySide, notOurs]));
  expect(left.filter((f) => f.endsWith('-other.v8'))).toHaveLength(1);
});

test("runs with Node options of their own keep their own cache instead of replacing the others' every time", () => {
  const w = world();
  const withOptions = { ...w.env, NODE_OPTIONS: '--max-old-space-size=300' };
  runCli(ARGS, { env: w.env });
  runCli(ARGS, { env: withOptions });
  const both = files(w.dir);
  expect(both).toHaveLength(2);
  const stamps = () => both.map((f) => statSync(path.join(w.dir, f)).mtimeMs);
  const before = stamps();
  for (const env of [w.env, withOptions, w.env]) expect(runCli(ARGS, { env }).status).toBe(0);
  expect(files(w.dir)).toEqual(both);
  expect(stamps()).toEqual(before);
});
