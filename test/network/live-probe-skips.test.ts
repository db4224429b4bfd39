// When the probe has nothing sensible to send, it sends nothing.
import { liveProbe } from '../../checks/live-probe';
import { fakeContext } from '../support/fake-context';
import { runCheck } from '../support/real-network-context';

const KEYED = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_API_KEY: 'sk-x' };

test.each([
  ['--offline', KEYED, true, 'skip.offline'],
  ['no base URL', { ANTHROPIC_API_KEY: 'sk-x' }, false, 'live-probe.skip-no-base-url'],
  ['no credential', { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' }, false, 'live-probe.skip-no-credential'],
  ['a quoted URL', { ...KEYED, ANTHROPIC_BASE_URL: '"https://api.moonshot.cn/anthropic"' }, false, 'live-probe.skip-bad-url'],
  ['a full-width colon', { ...KEYED, ANTHROPIC_BASE_URL: 'https：//api.moonshot.cn/anthropic' }, false, 'live-probe.skip-bad-url'],
  ['a socks proxy', { ...KEYED, HTTPS_PROXY: 'socks5://127.0.0.1:1080' }, false, 'live-probe.skip-bad-proxy'],
] as const)('%s: skipped, no request', async (_name, env, offline, code) => {
  const ctx = fakeContext({ env, options: { offline } });
  const r = await runCheck(liveProbe, ctx);
  expect(r.status).toBe('skip');
  expect(r.findings.map((f) => f.code)).toEqual([code]);
  expect(ctx.httpLog).toHaveLength(0);
});

test('no configured model: the probe sends what Claude Code 2.1.332 would (no claude installed: the newest measured release), and says so', async () => {
  const ctx = fakeContext({
    env: KEYED,
    http: () => ({ ok: true, response: { status: 404, headers: {}, body: '{"error":{"type":"resource_not_found_error","message":"Not found the model claude-opus-5-5"}}', truncated: false, latencyMs: 5 } }),
  });
  const r = await runCheck(liveProbe, ctx);
  expect(JSON.parse(ctx.httpLog[0].body ?? '{}').model).toBe('claude-opus-5-5');
  expect(r.findings[0].values).toMatchObject({ modelSource: 'claude-code-default', model: 'claude-opus-5-5' });
  expect(r.data.request).toMatchObject({ source: 'modelled', model: 'claude-opus-5-5', capture: { status: 'not-installed' } });
  // model-not-found on an official host earns exactly one /v1/models GET.
  expect(ctx.httpLog.map((q) => `${q.method} ${q.url}`)).toEqual(['POST https://api.moonshot.cn/anthropic/v1/messages?beta=true', 'GET https://api.moonshot.cn/v1/models']);
});

test('no base URL while ~/.claude/settings.json is broken: unknown until it is valid, no request', async () => {
  const ctx = fakeContext({ env: { ANTHROPIC_API_KEY: 'sk-x' }, files: { '/home/user/.claude/settings.json': '{"env": {"ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic",}}' } });
  const r = await runCheck(liveProbe, ctx);
  expect(r.status).toBe('skip');
  expect(r.findings.map((f) => f.code)).toEqual(['config.unknown-until-valid']);
  expect(r.findings[0].values).toMatchObject({ path: '/home/user/.claude/settings.json', line: 1 });
  expect(ctx.httpLog).toHaveLength(0);
});
