// setup as a user runs it (the built binary): its output goes through the doctor's redactor (issue 10 item 8),
// and it refuses a key the doctor would fail before writing anything (issue 11 items 5 and 13).
import { randomBytes } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { leakedWindows, outputViews } from '../proof/secrets/output-views';
import { newWorld } from '../proof/hostile/world';
import { spawnCli, STACK_TRACE } from '../support/spawn-cli';

const KEY = 'sk-Q9vLr2mXc8TzP4yB7nKd1WsEa5HuJf3GoRi6';

function world() {
  const w = newWorld();
  for (const name of ['ANTHROPIC_BASE_URL', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_MODEL']) delete (w.env as Record<string, string | undefined>)[name];
  return w;
}

describe('setup never shows a password from --base-url', () => {
  const password = `Pw${randomBytes(12).toString('base64url')}`;
  const gateway = `https://team:${password}@gw.example.test/anthropic`;

  test.each([
    // setup then runs the doctor (offline here: nothing leaves the machine); its exit code is the doctor's.
    ['the summary after writing', ['--base-url', gateway, '--offline'], null],
    ['the --print commands', ['--base-url', gateway, '--print'], 0],
    ['the error for a URL that is not http(s)', ['--base-url', `ftp://team:${password}@gw.example.test/`], 2],
  ] as const)('%s', async (_where, args, code) => {
    const w = world();
    const r = await spawnCli(['setup', '--region', 'cn', ...args], { env: w.env, cwd: w.cwd, input: `${KEY}\n`, timeoutMs: 20_000 });
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    if (code !== null) expect(r.status).toBe(code);
    expect(r.stdout + r.stderr).toContain('team:***@gw.example.test');
    expect(leakedWindows(password, '', outputViews(r.stdout + r.stderr))).toEqual([]);
    expect(leakedWindows(KEY, 'sk-', outputViews(r.stdout + r.stderr))).toEqual([]);
    // What is written is the real URL: only the output is masked.
    if (code === null) {
      expect(r.stdout).toContain('Claude Code is configured for cn');
      const settings = JSON.parse(readFileSync(path.join(w.home, '.claude', 'settings.json'), 'utf8'));
      expect(settings.env.ANTHROPIC_BASE_URL).toBe(gateway);
    }
  });
});

describe('setup refuses what the doctor would fail, and keeps the working key', () => {
  test.each([
    ['the guide placeholder', 'sk-xxxx\n', 'This is a placeholder'],
    ['a quoted key', `'${KEY}'\n`, 'Remove the quotes'],
    ['Bearer and the key', `Bearer ${KEY}\n`, 'starts with "Bearer "'],
    ['100,003 characters', `sk-${'A'.repeat(100_000)}`, 'more than 65536 characters'],
  ])('%s', async (_name, input, message) => {
    const w = world();
    const file = path.join(w.home, '.claude', 'settings.json');
    const working = JSON.stringify({ env: { ANTHROPIC_AUTH_TOKEN: KEY } });
    writeFileSync(file, working);
    const r = await spawnCli(['setup', '--region', 'cn', '--offline'], { env: w.env, cwd: w.cwd, input, timeoutMs: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(file, 'utf8')).toBe(working);
  });
});

test('the doctor names a key pasted with "Bearer " (api-key check)', async () => {
  const w = newWorld();
  w.env.ANTHROPIC_AUTH_TOKEN = `Bearer ${KEY}`;
  const r = await spawnCli(['doctor', '--offline', '--only', 'api-key', '--format', 'json'], { env: w.env, cwd: w.cwd, timeoutMs: 20_000 });
  const report = JSON.parse(r.stdout);
  const codes = report.checks.find((c: { id: string }) => c.id === 'api-key').findings.map((f: { code: string }) => f.code);
  expect(codes).toContain('api-key.bearer-prefix');
  expect(codes).not.toContain('api-key.inner-whitespace');
  expect(leakedWindows(KEY, 'sk-', outputViews(r.stdout + r.stderr))).toEqual([]);
});

describe('setup and the key on the command line', () => {
  test.each([
    ['en', ['setup', '--region', 'cn', KEY], 'setup reads the key from standard input, not from the command line'],
    ['en', ['setup', KEY, '--region', 'cn'], 'kimi-claude setup --region cn < key.txt'],
    ['zh', ['setup', '--region', 'cn', `Bearer ${KEY}`, '--lang', 'zh'], 'setup 从标准输入读取 Key，而不是从命令行'],
  ] as const)('a key typed after setup is refused, never echoed, nothing written (%s)', async (_lang, args, words) => {
    const w = world();
    const r = await spawnCli([...args], { env: w.env, cwd: w.cwd, input: '', timeoutMs: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(leakedWindows(KEY, 'sk-', outputViews(r.stdout + r.stderr))).toEqual([]);
    expect(() => readFileSync(path.join(w.home, '.claude', 'settings.json'))).toThrow();
  });

  test('a model name after --model is a value, not a stray key', async () => {
    const w = world();
    const r = await spawnCli(['setup', '--region', 'cn', '--model', 'kimi-k3', '--print'], { env: w.env, cwd: w.cwd, input: '', timeoutMs: 20_000 });
    expect(r.status).toBe(0);
  });
});

describe('a placeholder is not a secret', () => {
  test('the refusal of "sk-xxxx" quotes the guide\'s placeholder instead of blanking it', async () => {
    const w = world();
    const r = await spawnCli(['setup', '--region', 'cn', '--offline'], { env: w.env, cwd: w.cwd, input: 'sk-xxxx\n', timeoutMs: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sk-xxxx');
    expect(r.stderr).not.toMatch(/"…+"/);
  });
});
