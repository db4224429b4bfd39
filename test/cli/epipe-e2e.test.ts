// A reader that closes early (`kimi-claude doctor | head -1`, `| true`): the built binary exits quietly, with the
// exit code the same run has when its output is read to the end (issue 10, item 2).
import { spawn, spawnSync } from 'child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BIN, runCli } from '../support/cli';
import { machine } from '../support/machine';

const KEY = 'sk-EpipeE2eKeyAbCdEfGhIjKlMnOpQrStUvWx42';

interface PipedRun {
  status: number | null;
  stderr: string;
}

/**
 * Runs the CLI with its stdout on a real pipe whose reading end is closed by the reader: at once (`| true`), or after
 * the first chunk (`| head -1`, `| head -c 1`).
 */
function runWithEarlyClose(args: string[], env: Record<string, string>, readFirst: boolean, input = ''): Promise<PipedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: env.HOME, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (readFirst) child.stdout.once('data', () => child.stdout.destroy());
    else child.stdout.destroy();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** A home whose base-url check passes (exit code 0 offline) and one that --fix can repair. */
function home(settingsEnv: Record<string, string>) {
  const t = machine();
  mkdirSync(path.join(t.home, '.claude'), { recursive: true });
  writeFileSync(path.join(t.home, '.claude', 'settings.json'), JSON.stringify({ env: settingsEnv }, null, 2) + '\n');
  return t;
}

const healthy = { ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic', ANTHROPIC_AUTH_TOKEN: KEY };
const fixable = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/v1', ANTHROPIC_API_KEY: KEY };

describe('a reader that closes early', () => {
  test('doctor --offline base-url | true: no stack trace, exit code 0 as when read to the end', async () => {
    const t = home(healthy);
    const full = runCli(['doctor', '--offline', 'base-url'], { env: t.env });
    expect(full.status).toBe(0);
    const r = await runWithEarlyClose(['doctor', '--offline', 'base-url'], t.env, false);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('doctor --offline --format json: no stack trace, same exit code', async () => {
    const t = home(fixable);
    const full = runCli(['doctor', '--offline', '--format', 'json'], { env: t.env });
    const r = await runWithEarlyClose(['doctor', '--offline', '--format', 'json'], t.env, false);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(full.status);
  });

  test.each([false, true])('doctor --fix --yes (reader reads first: %s): repairs, no stack trace, same exit code', async (readFirst) => {
    const full = runCli(['doctor', '--offline', '--fix', '--yes', '--only', 'base-url'], { env: home(fixable).env });
    expect(full.stdout).toContain('Repairs');
    const t = home(fixable);
    const r = await runWithEarlyClose(['doctor', '--offline', '--fix', '--yes', '--only', 'base-url'], t.env, readFirst);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(full.status);
    // The repair happened although nobody read about it.
    expect(runCli(['doctor', '--offline', 'base-url'], { env: t.env }).status).toBe(0);
  });

  const onLinux = process.platform === 'linux' && existsSync('/dev/full') ? test : test.skip;
  onLinux('doctor --offline base-url > /dev/full (a full disk): one clear line, no stack trace, exit code 0 as when written', () => {
    const t = home(healthy);
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'doctor', '--offline', 'base-url'], { env: t.env, cwd: t.home, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('kimi-claude: cannot write the output (ENOSPC).\n');
      expect(r.status).toBe(0);
    } finally {
      closeSync(full);
    }
  });

  test.each([false, true])('printf %%s "$KEY" | setup --region cn --offline (reader reads first: %s): no stack trace, same exit code', async (readFirst) => {
    const full = runCli(['setup', '--region', 'cn', '--offline'], { env: machine().env, input: KEY });
    expect(full.stdout).toContain('settings.json');
    const r = await runWithEarlyClose(['setup', '--region', 'cn', '--offline'], machine().env, readFirst, KEY);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(full.status);
  });
});
