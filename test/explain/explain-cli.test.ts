// End to end: the built binary, as a user runs it. Needs `npm run build` first (npm test does it).
import { makeHome, runCli } from '../support/cli';

const home = makeHome();
const env = { HOME: home.home, PATH: home.path, LANG: 'en_US.UTF-8', SHELL: '/bin/bash' };
const LINE_429 = 'API Error: Request rejected (429) · Your account org-1 request reached organization max RPM: 3, please try again after 1 seconds';

test('text from argv: recognised, exit 0, with cause, what Claude Code did, remedy and the doctor command', () => {
  const r = runCli(['explain', LINE_429], { env });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('rate-limited');
  expect(r.stdout).toContain('Tier0');
  expect(r.stdout).toContain('retried 10 times');
  expect(r.stdout).toContain('kimi-claude doctor live-probe');
});

test('text from stdin, with no argument and with "-"', () => {
  for (const args of [['explain'], ['explain', '-']]) {
    const r = runCli(args, { env, input: 'li@box:~$ claude -p hi\r\nNot logged in · Please run /login\r\n' });
    expect([args.join(' '), r.status]).toEqual([args.join(' '), 0]);
    expect(r.stdout).toContain('not-logged-in');
    expect(r.stdout).toContain('export ANTHROPIC_AUTH_TOKEN=');
  }
});

test('--format json carries the schema fields and the rate-limit numbers', () => {
  const r = runCli(['explain', '--format', 'json', LINE_429], { env });
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json).toMatchObject({ schemaVersion: 1, verdict: 'rate-limited', confidence: 'high', limit: { kind: 'rpm', value: 3 }, retryAfterSeconds: 1, checks: ['live-probe'] });
  expect(typeof json.cause).toBe('string');
  expect(typeof json.remediation).toBe('string');
  expect(json.matched).toBe(LINE_429);
});

test('--markdown puts commands in code blocks', () => {
  const r = runCli(['explain', '--markdown', 'zsh: command not found: claude'], { env });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('## `command-not-found`');
  expect(r.stdout).toContain('```\nnpm install -g @anthropic-ai/claude-code\n```');
});

test('not recognised: exit 1, closest guesses and the doctor suggested', () => {
  const r = runCli(['explain', 'it', 'hangs', 'after', 'a', 'timeout'], { env });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('Closest guesses: timeout');
  expect(r.stdout).toContain('kimi-claude doctor');
});

test('usage errors exit 2: empty text, an unknown format, two formats', () => {
  expect(runCli(['explain'], { env, input: '   \n' }).status).toBe(2);
  expect(runCli(['explain', '--format', 'junit', 'x'], { env }).status).toBe(2);
  expect(runCli(['explain', '--json', '--markdown', 'x'], { env }).status).toBe(2);
});

test('Chinese output with --lang zh and PowerShell commands with --shell powershell', () => {
  const r = runCli(['explain', '--lang', 'zh', '--shell', 'powershell', 'Unable to connect to API: Self-signed certificate detected'], { env });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('原因');
  expect(r.stdout).toContain("$env:NODE_EXTRA_CA_CERTS");
});

test('a key inside the pasted text never comes out, in any format', () => {
  const key = 'sk-pasted0123456789abcdefSECRET';
  const token = 'tokWithoutPrefix987654321';
  const paste = `$ export ANTHROPIC_AUTH_TOKEN=${token}\n$ curl -H "x-api-key: ${key}" https://api.moonshot.cn/anthropic/v1/messages\nFailed to authenticate. API Error: 401 Invalid Authentication ${key}`;
  for (const format of ['human', 'json', 'markdown']) {
    const r = runCli(['explain', '--format', format], { env, input: paste });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout + r.stderr).not.toContain(token);
  }
});

test("Kimi Code's quota 403, pasted as Claude Code prints it: billing with the window, in JSON and in Chinese", () => {
  const line = "Failed to authenticate. API Error: 403 You've reached your weekly (7-day) usage limit. Your quota will reset when the current 7-day window ends.";
  const json = JSON.parse(runCli(['explain', '--format', 'json', line], { env }).stdout);
  expect(json).toMatchObject({ verdict: 'billing', httpStatus: 403, limit: { kind: 'weekly' }, checks: ['live-probe'] });
  const zh = runCli(['explain', '--lang', 'zh', line], { env });
  expect(zh.status).toBe(0);
  expect(zh.stdout).toContain('额度用完了，不是密钥错误');
});
