// The real capture adapter with a stand-in client: what it records, where the client's writes land, and that a
// hanging client and everything it started are killed at the deadline.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createClientCapture } from '../../src/context/capture';
import { tempDir } from '../support/cli';

const STAND_IN = path.join(__dirname, '..', 'support', 'stand-in-claude.js');
const capture = createClientCapture();
const sandboxes = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith('kimi-claude-capture-'));

function userFiles() {
  const root = tempDir('kc-capture-');
  const config = path.join(root, 'home', '.claude');
  mkdirSync(config, { recursive: true });
  writeFileSync(path.join(config, 'settings.json'), JSON.stringify({ env: { ANTHROPIC_API_KEY: 'sk-from-settings-0123456789', ANTHROPIC_MODEL: 'kimi-k3[1m]' } }));
  const claudeJson = path.join(root, 'home', '.claude.json');
  writeFileSync(claudeJson, '{"hasCompletedOnboarding":true}');
  return { root, config, claudeJson };
}

test('records the request the client sent, reading copies of the user files; every write lands in the sandbox, which is removed', async () => {
  const { root, config, claudeJson } = userFiles();
  const before = sandboxes();
  const result = await capture.run({
    command: process.execPath,
    args: (origin) => [STAND_IN, '-p', 'ok', '--settings', JSON.stringify({ env: { ANTHROPIC_BASE_URL: `${origin}/anthropic` } })],
    env: { PATH: process.env.PATH },
    copies: [
      { from: path.join(config, 'settings.json'), into: 'config', relative: 'settings.json' },
      { from: claudeJson, into: 'config', relative: '.claude.json' },
      { from: path.join(root, 'missing.json'), into: 'project', relative: '.claude/settings.json' },
    ],
    timeoutMs: 10_000,
  });
  expect(result).toMatchObject({ exitCode: 0, timedOut: false });
  expect(result.stdout.trim()).toBe('ok');
  expect(result.requests).toHaveLength(1);
  const [req] = result.requests;
  expect(req).toMatchObject({ method: 'POST', path: '/anthropic/v1/messages?beta=true' });
  expect(req.headers['x-api-key']).toBe('sk-from-settings-0123456789');
  expect(JSON.parse(req.body).model).toBe('kimi-k3');
  // The client rewrote .claude.json and made backups/ and a file in its working directory: only in the copies.
  expect(readFileSync(claudeJson, 'utf8')).toBe('{"hasCompletedOnboarding":true}');
  expect(existsSync(path.join(config, 'backups'))).toBe(false);
  expect(sandboxes()).toEqual(before);
});

test('a client that never sends is killed at the deadline, with the process it started', async () => {
  const pidFile = path.join(tempDir('kc-pid-'), 'pid');
  const started = Date.now();
  const result = await capture.run({
    command: process.execPath,
    args: (origin) => [STAND_IN, '--settings', JSON.stringify({ env: { ANTHROPIC_BASE_URL: origin } })],
    env: { PATH: process.env.PATH, STAND_IN_MODE: 'hang', STAND_IN_PID_FILE: pidFile },
    copies: [],
    timeoutMs: 1500,
  });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(result).toMatchObject({ timedOut: true, requests: [] });
  const grandchild = Number(readFileSync(pidFile, 'utf8'));
  await new Promise((r) => setTimeout(r, 200));
  expect(isRunning(grandchild)).toBe(false);
});

/** Gone, or a zombie waiting for a reaper (a container's init may never reap it): either way it runs no more. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

test('a command that cannot be started comes back as data', async () => {
  const result = await capture.run({ command: '/nonexistent/claude', args: () => [], env: {}, copies: [], timeoutMs: 2000 });
  expect(result).toMatchObject({ requests: [], exitCode: null, error: 'ENOENT' });
});
