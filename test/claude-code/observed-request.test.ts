// The observed request from a capture result, on a fake context: what is taken, what is registered as a secret,
// what the capture is asked to run, and the fallback when the client sends nothing.
import { liveProbe } from '../../checks/live-probe';
import { whatClaudeCodeSends } from '../../src/claude-code';
import { observeRequest } from '../../src/claude-code/observed-request';
import type { CapturedRequest, ClientCaptureResult } from '../../src/core/types';
import { fakeContext } from '../support/fake-context';
import { runCheck } from '../support/real-network-context';

const TOKEN = 'sk-kimi-observed0123456789abcdef';
const CLAUDE = { '/usr/local/bin/claude': { kind: 'symlink' as const, target: '/home/user/.local/share/claude/versions/2.1.332' }, '/home/user/.local/share/claude/versions/2.1.332': { kind: 'file' as const, content: 'bin', executable: true } };
const ENV = { PATH: '/usr/local/bin', ANTHROPIC_BASE_URL: 'https://api.kimi.com/coding/', ANTHROPIC_AUTH_TOKEN: TOKEN };

const messages = (model: string, headers: Record<string, string> = {}): CapturedRequest => ({
  method: 'POST',
  path: '/coding/v1/messages?beta=true',
  headers: { authorization: `Bearer ${TOKEN}`, 'user-agent': 'claude-cli/2.1.332 (external, sdk-cli)', 'anthropic-version': '2023-06-01', 'x-app': 'cli', host: '127.0.0.1:1', 'content-length': '48000', 'x-claude-code-session-id': 'abc', ...headers },
  body: JSON.stringify({ model, stream: true, max_tokens: 32000, messages: [] }),
});
const result = (requests: CapturedRequest[], extra: Partial<ClientCaptureResult> = {}): ClientCaptureResult => ({ requests, exitCode: 0, stdout: 'ok\n', stderr: '', timedOut: false, ...extra });

test('the capture runs claude in safe mode with a --settings layer pointing at the capture server, and copies what it reads', async () => {
  const ctx = fakeContext({ env: ENV, files: CLAUDE, capture: async () => result([messages('kimi-for-coding')]) });
  const outcome = await whatClaudeCodeSends(ctx);
  expect(outcome.ok && outcome.request).toMatchObject({ source: 'observed', model: 'kimi-for-coding', url: 'https://api.kimi.com/coding/v1/messages?beta=true', authHeaders: ['authorization'], claudeVersion: '2.1.332' });
  const [spec] = ctx.captureLog;
  expect(spec.command).toBe('/usr/local/bin/claude');
  const args = spec.args('http://127.0.0.1:4567');
  expect(args.slice(0, 6)).toEqual(['-p', 'ok', '--safe-mode', '--tools', '', '--no-session-persistence']);
  expect(JSON.parse(args[args.indexOf('--settings') + 1]).env).toMatchObject({ ANTHROPIC_BASE_URL: 'http://127.0.0.1:4567/coding/', CLAUDE_CODE_MAX_RETRIES: '0', NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' });
  expect(spec.copies.map((c) => `${c.into}:${c.relative} <- ${c.from}`)).toEqual([
    'config:settings.json <- /home/user/.claude/settings.json',
    'config:settings.local.json <- /home/user/.claude/settings.local.json',
    'config:.credentials.json <- /home/user/.claude/.credentials.json',
    'config:.claude.json <- /home/user/.claude.json',
    'project:.claude/settings.json <- /work/project/.claude/settings.json',
    'project:.claude/settings.local.json <- /work/project/.claude/settings.local.json',
  ]);
  expect(spec.timeoutMs).toBeLessThanOrEqual(10_000);
});

test('CLAUDE_CONFIG_DIR set: the copies come from there', async () => {
  const ctx = fakeContext({ env: { ...ENV, CLAUDE_CONFIG_DIR: '/srv/claude-config' }, files: CLAUDE, capture: async () => result([messages('kimi-for-coding')]) });
  await whatClaudeCodeSends(ctx);
  expect(ctx.captureLog[0].copies.filter((c) => c.into === 'config').map((c) => c.from)).toEqual([
    '/srv/claude-config/settings.json',
    '/srv/claude-config/settings.local.json',
    '/srv/claude-config/.credentials.json',
    '/srv/claude-config/.claude.json',
  ]);
});

test('connection and session headers are not replayed; credentials seen by the capture server are secrets at once', async () => {
  const ctx = fakeContext({ env: { PATH: '/usr/local/bin', ANTHROPIC_BASE_URL: 'https://api.kimi.com/coding/' }, files: CLAUDE, capture: async () => result([messages('kimi-for-coding', { 'x-portkey-api-key': 'pk-0123456789abcdef' })]) });
  const outcome = await whatClaudeCodeSends(ctx);
  const headers = outcome.ok ? outcome.request.headers : {};
  expect(Object.keys(headers)).not.toEqual(expect.arrayContaining(['host']));
  expect(headers).not.toHaveProperty('content-length');
  expect(headers).not.toHaveProperty('x-claude-code-session-id');
  expect(ctx.secretsSeen).toEqual(expect.arrayContaining([TOKEN, 'pk-0123456789abcdef']));
});

test('a client that sends nothing within the limit: the doctor falls back to its model and says why', async () => {
  const ctx = fakeContext({ env: ENV, files: CLAUDE, capture: async () => result([], { timedOut: true, exitCode: null, error: 'timeout', stdout: '' }) });
  const outcome = await whatClaudeCodeSends(ctx);
  expect(outcome.ok && outcome.request).toMatchObject({ source: 'modelled', capture: { status: 'timeout' }, userAgent: 'claude-cli/2.1.332 (external, cli)' });
});

test('--no-client-capture and --offline never run the client', async () => {
  for (const options of [{ clientCapture: false }, { offline: true }]) {
    const ctx = fakeContext({ env: ENV, files: CLAUDE, options, capture: async () => result([messages('kimi-for-coding')]) });
    const outcome = await whatClaudeCodeSends(ctx);
    expect(outcome.ok && outcome.request.source).toBe('modelled');
    expect(ctx.captureLog).toEqual([]);
  }
});

test('live-probe replays the observed request and lists a further request for a claude-* model on a Kimi host', async () => {
  const title = { ...messages('claude-haiku-5-5'), body: JSON.stringify({ model: 'claude-haiku-5-5', max_tokens: 10 }) };
  const ctx = fakeContext({
    env: ENV,
    files: CLAUDE,
    capture: async () => result([messages('kimi-for-coding'), title]),
    http: () => ({ ok: true, response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', content: [] }), truncated: false, latencyMs: 3 } }),
  });
  const r = await runCheck(liveProbe, ctx);
  expect(ctx.httpLog).toHaveLength(1);
  const sent = ctx.httpLog[0];
  expect(sent.url).toBe('https://api.kimi.com/coding/v1/messages?beta=true');
  expect(sent.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'user-agent': 'claude-cli/2.1.332 (external, sdk-cli)', 'x-app': 'cli' });
  expect(JSON.parse(sent.body ?? '{}')).toEqual({ model: 'kimi-for-coding', max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] });
  expect(r.data.request).toMatchObject({ source: 'observed', others: [{ method: 'POST', model: 'claude-haiku-5-5' }] });
  expect(r.findings.map((f) => f.code)).toEqual(['live-probe.ok', 'claude-code.request-observed', 'claude-code.other-request-claude-model']);
  expect(r.status).toBe('warn');
});

test('a Windows shim (claude.cmd) is never run through a shell, which would mangle --settings: the doctor models instead', async () => {
  const ctx = fakeContext({ platform: 'win32', capture: async () => result([messages('kimi-for-coding')]) });
  const observation = await observeRequest(ctx, { claudePath: 'C:\\Users\\user\\AppData\\Roaming\\npm\\claude.cmd', version: '2.1.332', baseUrl: new URL('https://api.kimi.com/coding/') });
  expect(observation.report.status).toBe('unsupported');
  expect(ctx.captureLog).toEqual([]);
});
