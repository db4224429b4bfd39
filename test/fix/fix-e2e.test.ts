// `doctor --fix` on the built binary, as a user (or root through sudo) runs it: owners, read-only files, links,
// --only, the terminal prompt and zh output (issue 10 items 9 to 12, issue 11 items 7 to 9 and 14).
import { spawnSync } from 'child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BIN, runCli } from '../support/cli';
import { machine } from '../support/machine';

const KEY = 'sk-FixE2eOwnersKeyAbCdEfGhIjKlMnOpQrStUv42';
const ONLY = ['--only', 'claude-json,base-url,api-key'];
const posix = process.platform !== 'win32';
const asRoot = posix && process.getuid?.() === 0;

function brokenHome(mode = 0o600) {
  const t = machine();
  const claudeJson = `{\n  "installMethod": "npm",\n  "numStartups": 3\n}\n`;
  const settings = `{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic/v1",\n    "ANTHROPIC_API_KEY": "${KEY}"\n  }\n}\n`;
  const claudeJsonPath = path.join(t.home, '.claude.json');
  const settingsPath = path.join(t.home, '.claude', 'settings.json');
  mkdirSync(path.dirname(settingsPath), { recursive: true });
  writeFileSync(claudeJsonPath, claudeJson, { mode: 0o600 });
  writeFileSync(settingsPath, settings, { mode });
  chmodSync(settingsPath, mode);
  return { ...t, claudeJson, settings, claudeJsonPath, settingsPath };
}

const backupsIn = (dir: string) => readdirSync(dir).filter((n) => n.includes('.kimi-claude-backup-')).map((n) => path.join(dir, n));

describe('doctor --fix --yes keeps what the user had', () => {
  (asRoot ? test : test.skip)('run as root on a home owned by uid 1000, every file and backup keeps owner and group', () => {
    const t = brokenHome();
    for (const f of [t.home, path.dirname(t.settingsPath), t.claudeJsonPath, t.settingsPath]) chownSync(f, 1000, 1000);
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ONLY], { env: t.env });
    expect(r.stdout).toContain('Updated ~/.claude.json');
    expect(readFileSync(t.settingsPath, 'utf8')).toContain('"ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic"');
    const files = [t.claudeJsonPath, t.settingsPath, ...backupsIn(t.home), ...backupsIn(path.dirname(t.settingsPath))];
    expect(files).toHaveLength(4);
    for (const f of files) expect([f, statSync(f).uid, statSync(f).gid]).toEqual([f, 1000, 1000]);
  });

  (posix ? test : test.skip)('a read-only (0444) settings.json is left as it is, and the output says so', () => {
    const t = brokenHome(0o444);
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ONLY], { env: t.env });
    expect(r.stdout).toContain('~/.claude/settings.json is read-only (mode 0444)');
    expect(readFileSync(t.settingsPath, 'utf8')).toBe(t.settings);
    expect(statSync(t.settingsPath).mode & 0o777).toBe(0o444);
    expect(backupsIn(path.dirname(t.settingsPath))).toEqual([]);
    expect(r.stdout).not.toContain(KEY);
  });

  (posix ? test : test.skip)('a hard-linked settings.json is not split from its twin; the output names the way to find it', () => {
    const t = brokenHome();
    const twin = path.join(t.home, 'dotfiles', 'settings.json');
    mkdirSync(path.dirname(twin));
    linkSync(t.settingsPath, twin);
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ONLY], { env: t.env });
    expect(r.stdout).toContain('is a hard link (2 names');
    expect(r.stdout).toContain('find ~ -samefile ~/.claude/settings.json');
    expect(statSync(twin).ino).toBe(statSync(t.settingsPath).ino);
    expect(readFileSync(twin, 'utf8')).toBe(t.settings);
  });

  (posix ? test : test.skip)('a dangling settings.json symlink stays a link; the file is created where it points', () => {
    const t = brokenHome();
    const target = path.join(t.home, 'dotfiles', 'claude-settings.json');
    mkdirSync(path.dirname(target));
    require('fs').unlinkSync(t.settingsPath);
    symlinkSync(target, t.settingsPath);
    const env = { ...t.env, ANTHROPIC_API_KEY: KEY };
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ONLY], { env });
    expect(r.status).not.toBeNull();
    expect(lstatSync(t.settingsPath).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual({ env: { CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' } });
  });
});

describe('doctor --fix does what it says', () => {
  test('--only base-url --yes repairs the base URL and nothing in ~/.claude.json', () => {
    const t = brokenHome();
    const r = runCli(['doctor', '--offline', '--fix', '--yes', '--only', 'base-url'], { env: t.env });
    expect(readFileSync(t.claudeJsonPath, 'utf8')).toBe(t.claudeJson);
    expect(backupsIn(t.home)).toEqual([]);
    expect(r.stdout).not.toContain('~/.claude.json');
    expect(JSON.parse(readFileSync(t.settingsPath, 'utf8')).env).toEqual({ ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_API_KEY: KEY });
    expect(r.stdout).toMatch(/Endpoint \(ANTHROPIC_BASE_URL\): fail → pass/);
  });

  (posix ? test : test.skip)('offers chmod 600 for a key file others can read, and makes it with --yes, without a backup', () => {
    const t = brokenHome(0o644);
    const r = runCli(['doctor', '--offline', '--fix', '--yes', '--only', 'api-key'], { env: t.env });
    expect(r.stdout).toContain('chmod 600, mode 0644 → 0600');
    expect(statSync(t.settingsPath).mode & 0o777).toBe(0o600);
    expect(r.stdout).not.toContain(KEY);
  });

  test('in zh, the before → after statuses are Chinese', () => {
    const t = brokenHome();
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ONLY], { env: { ...t.env, LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toMatch(/失败 → 通过/);
    expect(r.stdout).not.toMatch(/fail → pass|warn → pass/);
  });

  const script = posix ? spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).stdout.trim() : '';
  const hasScript = script !== '' && spawnSync(script, ['--version']).status === 0;
  (hasScript ? test : test.skip)('on a terminal, the preview says it will change the files if you answer yes (not "dry run")', () => {
    const t = brokenHome();
    const env = Object.entries({ ...t.env, TERM: 'dumb' }).map(([k, v]) => `${k}=${v}`);
    const command = [process.execPath, BIN, 'doctor', '--offline', '--fix', ...ONLY].map((a) => `'${a}'`).join(' ');
    // A pseudo-terminal from script(1); the answer comes once the question is shown.
    const r = spawnSync('sh', ['-c', `(sleep 4; printf 'n\\n') | env -i ${env.map((e) => `'${e}'`).join(' ')} ${script} -qefc "${command.replace(/"/g, '\\"')}" /dev/null`], { encoding: 'utf8', timeout: 60_000 });
    const out = r.stdout.replace(/\r/g, '');
    expect(out).toContain('Will change ~/.claude.json if you answer yes below:');
    expect(out).toContain('Apply these changes?');
    expect(out).not.toContain('dry run');
    expect(out).toContain('Left ~/.claude.json as it was.');
    expect(readFileSync(t.claudeJsonPath, 'utf8')).toBe(t.claudeJson);
  });
});

describe('doctor --fix --yes racing another writer (issue 10, item 10)', () => {
  // Another process that waits for --fix's temporary file to appear, then (after a random pause) renames its own
  // ~/.claude.json into place: the moment the final "has it changed?" check and the rename happen.
  const other = `
    const fs = require('fs'), path = require('path');
    const [file, prepared, delayUs] = JSON.parse(process.argv[1]);
    const dir = path.dirname(file), deadline = Date.now() + 20000;
    const nap = new Int32Array(new SharedArrayBuffer(4));
    while (Date.now() < deadline && !fs.readdirSync(dir).some((n) => n.includes('.kimi-claude-tmp-'))) Atomics.wait(nap, 0, 0, 0.2);
    const end = process.hrtime.bigint() + BigInt(delayUs) * 1000n;
    while (process.hrtime.bigint() < end) {}
    fs.renameSync(prepared, file);`;

  test('in every run, the other writer\'s ~/.claude.json survives, or --fix says it wrote nothing', async () => {
    const { spawn } = require('child_process') as typeof import('child_process');
    const { runCliAsync } = require('../support/cli') as typeof import('../support/cli');
    const lost: string[] = [];
    // 12 runs: before the fix, about half of them lost the other writer's file and reported "Updated".
    for (let i = 0; i < 12; i++) {
      const t = brokenHome();
      // A big file makes the final read long, which is where the update used to be lost.
      const base = { numStartups: 3, projects: { '/work': { history: 'x'.repeat(2 * 1024 * 1024) } } };
      writeFileSync(t.claudeJsonPath, JSON.stringify(base));
      const theirs = JSON.stringify({ ...base, numStartups: 4, writer: `theirs-${i}` });
      const prepared = path.join(t.home, 'theirs.json');
      writeFileSync(prepared, theirs);
      const child = spawn(process.execPath, ['-e', other, JSON.stringify([t.claudeJsonPath, prepared, Math.floor(Math.random() * 40_000)])], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const r = await runCliAsync(['doctor', '--offline', '--fix', '--yes', '--only', 'claude-json'], { env: t.env });
      await exited;
      const left = JSON.parse(readFileSync(t.claudeJsonPath, 'utf8'));
      if (left.writer !== `theirs-${i}`) lost.push(`${i}: ${r.stdout.includes('Updated ~/.claude.json') ? 'reported updated' : 'not reported'}`);
    }
    expect(lost).toEqual([]);
  }, 180_000);
});
