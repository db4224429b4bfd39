// A recording forward proxy: the probe goes through it by Claude Code's rules, NO_PROXY bypasses it,
// and proxy credentials reach the proxy and nothing else.
import { liveProbe } from '../../checks/live-probe';
import { proxyCheck } from '../../checks/proxy';
import { realNetworkContext, runCheck } from '../support/real-network-context';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { startForwardProxy, type ForwardProxy } from '../support/servers/forward-proxy';
import { closedPort } from '../support/servers/listen';
import { createTestPki, type TestPki } from '../support/servers/test-pki';
import { closeOnAccept, silent as silentServer, type HostileServer } from '../support/servers/hostile-servers';
import { renderAll } from '../support/render-findings';

const PROXY_USER = 'alice';
const PROXY_PASSWORD = 'proxy-s3cret';
const BASIC = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`;
const OK_BODY = JSON.stringify({ type: 'message', content: [] });

let pki: TestPki;
let endpoint: AnthropicEndpoint;
let tlsEndpoint: AnthropicEndpoint;
let proxy: ForwardProxy;

beforeAll(async () => {
  pki = createTestPki(['kimi.test']);
  endpoint = await startAnthropicEndpoint();
  tlsEndpoint = await startAnthropicEndpoint({ tls: pki });
  endpoint.answer({ status: 200, body: OK_BODY });
  tlsEndpoint.answer({ status: 200, body: OK_BODY });
  // kimi.test exists only inside the proxy: reaching it at all proves the tunnel was used.
  proxy = await startForwardProxy({
    requireAuth: `${PROXY_USER}:${PROXY_PASSWORD}`,
    route: (host, port) => (host === 'kimi.test' ? { host: '127.0.0.1', port: tlsEndpoint.port } : { host, port }),
  });
});
afterAll(async () => {
  await Promise.all([endpoint.close(), tlsEndpoint.close(), proxy.close()]);
  pki.remove();
});
beforeEach(() => {
  proxy.seen.length = 0;
  endpoint.requests.length = 0;
  tlsEndpoint.requests.length = 0;
});

const proxyUrl = () => `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`;

test('an https endpoint is reached through a CONNECT tunnel, with Proxy-Authorization sent to the proxy only', async () => {
  const ctx = realNetworkContext({
    env: { ANTHROPIC_BASE_URL: 'https://kimi.test/anthropic', ANTHROPIC_API_KEY: 'sk-proxy-test', HTTPS_PROXY: proxyUrl(), NODE_EXTRA_CA_CERTS: '/ca.pem' },
    files: { '/ca.pem': pki.caPem },
  });
  const result = await runCheck(liveProbe, ctx);
  expect(result.data).toMatchObject({ verdict: 'ok', requests: 1 });
  expect(proxy.seen).toEqual([expect.objectContaining({ kind: 'connect', target: 'kimi.test:443', proxyAuthorization: BASIC })]);
  expect(tlsEndpoint.requests).toHaveLength(1);
  expect(tlsEndpoint.requests[0].headers['proxy-authorization']).toBeUndefined();
  expect(ctx.secretsSeen).toContain(PROXY_PASSWORD);
  expect(JSON.stringify(result)).not.toContain(PROXY_PASSWORD);
});

test('an http endpoint goes as an absolute-URI request; lower-case http_proxy counts too', async () => {
  const ctx = realNetworkContext({ env: { ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_API_KEY: 'sk-proxy-test', http_proxy: proxyUrl() } });
  const result = await runCheck(liveProbe, ctx);
  expect(result.data).toMatchObject({ verdict: 'ok', requests: 1 });
  expect(proxy.seen).toEqual([expect.objectContaining({ kind: 'absolute-uri', target: `${endpoint.baseUrl}/v1/messages?beta=true`, proxyAuthorization: BASIC })]);
  expect(endpoint.requests[0].headers['proxy-authorization']).toBeUndefined();
});

test('NO_PROXY sends loopback direct: the proxy sees nothing', async () => {
  const ctx = realNetworkContext({ env: { ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_API_KEY: 'sk-x', HTTPS_PROXY: proxyUrl(), NO_PROXY: 'localhost,127.0.0.1' } });
  const result = await runCheck(liveProbe, ctx);
  expect(result.data).toMatchObject({ verdict: 'ok', requests: 1 });
  expect(proxy.seen).toHaveLength(0);
  expect(endpoint.requests).toHaveLength(1);
  const check = await runCheck(proxyCheck, ctx);
  expect(check.data).toEqual({
    url: endpoint.baseUrl,
    proxyUrl: `http://127.0.0.1:${proxy.port}`,
    source: 'HTTPS_PROXY',
    sourceOrigin: { kind: 'process-env' },
    bypassed: { variable: 'NO_PROXY', entry: '127.0.0.1' },
  });
  expect(check.status).toBe('pass');
});

test('a wrong proxy password is a proxy verdict (407)', async () => {
  const env = { ANTHROPIC_BASE_URL: 'https://kimi.test/anthropic', ANTHROPIC_API_KEY: 'sk-x', HTTPS_PROXY: `http://${PROXY_USER}:wrong@127.0.0.1:${proxy.port}` };
  const result = await runCheck(liveProbe, realNetworkContext({ env }));
  expect(result.data).toMatchObject({ verdict: 'proxy', requests: 1 });
  expect(tlsEndpoint.requests).toHaveLength(0);
});

test('a dead proxy is a proxy verdict, and the proxy check finds it unreachable', async () => {
  const dead = await closedPort();
  const ctx = realNetworkContext({ env: { ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_API_KEY: 'sk-x', HTTPS_PROXY: `http://127.0.0.1:${dead}` } });
  expect((await runCheck(liveProbe, ctx)).data).toMatchObject({ verdict: 'proxy', requests: 1 });
  const check = await runCheck(proxyCheck, ctx);
  expect(check.status).toBe('fail');
  expect(check.findings.map((f) => f.code)).toEqual(['proxy.applies', 'proxy.unreachable']);
  expect(endpoint.requests).toHaveLength(0);
});

test('the proxy check finds a live proxy reachable: it opens a tunnel to the endpoint, with the credentials', async () => {
  const ctx = realNetworkContext({ env: { ANTHROPIC_BASE_URL: 'https://kimi.test/anthropic', HTTPS_PROXY: proxyUrl() } });
  const check = await runCheck(proxyCheck, ctx);
  expect(check.status).toBe('pass');
  expect(check.findings.map((f) => f.code)).toEqual(['proxy.applies', 'proxy.reachable']);
  expect(check.findings[1].values).toMatchObject({ tunnel: true, target: 'kimi.test:443' });
  expect(proxy.seen).toEqual([expect.objectContaining({ kind: 'connect', target: 'kimi.test:443', proxyAuthorization: BASIC })]);
  expect(check.data).toMatchObject({ proxyUrl: `http://127.0.0.1:${proxy.port}`, source: 'HTTPS_PROXY', bypassed: null });
  expect(JSON.stringify(check)).not.toContain(PROXY_PASSWORD);
  expect(JSON.stringify(check)).not.toContain(BASIC);
});

test('a wrong proxy password: the proxy check says the proxy wants credentials (407)', async () => {
  const env = { ANTHROPIC_BASE_URL: 'https://kimi.test/anthropic', HTTPS_PROXY: `http://${PROXY_USER}:wrong-password@127.0.0.1:${proxy.port}` };
  const check = await runCheck(proxyCheck, realNetworkContext({ env }));
  expect(check.status).toBe('fail');
  expect(check.findings[1]).toMatchObject({ code: 'proxy.tunnel-failed', values: { answer: 'status', status: 407 } });
  expect(renderAll(check.findings, 'linux', '/home/u').join('\n')).toContain('HTTP 407');
});

// Issue 10, item 1: a proxy that closes or ignores CONNECT. undici retried a closing proxy without end (about
// 210 000 connections in 60 s) and never noticed the time limit, so the run hung while the proxy check said "reachable".
describe('a proxy that accepts connections but never opens the tunnel', () => {
  let closing: HostileServer;
  let silent: HostileServer;
  beforeAll(async () => {
    [closing, silent] = await Promise.all([closeOnAccept(), silentServer()]);
  });
  afterAll(() => Promise.all([closing.close(), silent.close()]));

  test.each([
    ['closes the connection at CONNECT', () => closing, 'closed'],
    ['never answers CONNECT', () => silent, 'no-answer'],
  ] as const)('%s: a proxy verdict within the time limit, a handful of connections, and the proxy check fails', async (_name, server, answer) => {
    const s = server();
    const before = s.connections!;
    const env = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_API_KEY: 'sk-x', HTTPS_PROXY: `http://${new URL(s.baseUrl).host}` };
    const ctx = realNetworkContext({ env, options: { timeoutMs: 1500 } });
    const started = Date.now();
    const probe = await runCheck(liveProbe, ctx);
    expect(Date.now() - started).toBeLessThan(1500 + 1000);
    expect(probe.data).toMatchObject({ verdict: 'proxy' });
    const check = await runCheck(proxyCheck, ctx);
    expect(check.status).toBe('fail');
    expect(check.findings.map((f) => f.code)).toEqual(['proxy.applies', 'proxy.tunnel-failed']);
    expect(check.findings[1].values).toMatchObject({ answer, target: 'api.moonshot.cn:443' });
    expect(s.connections! - before).toBeLessThanOrEqual(4);
    const text = renderAll([...probe.findings, ...check.findings], 'linux', '/home/u').join('\n');
    expect(text).toContain(`http://${new URL(s.baseUrl).host}`);
    expect(text).not.toMatch(/network drive|hanging program/);
  });
});

test('a refused proxy port says "refused", not that nothing answers in time', async () => {
  const dead = await closedPort();
  const ctx = realNetworkContext({ env: { ANTHROPIC_BASE_URL: 'https://kimi.test/anthropic', ANTHROPIC_API_KEY: 'sk-x', HTTPS_PROXY: `http://127.0.0.1:${dead}` } });
  const check = await runCheck(proxyCheck, ctx);
  expect(check.findings[1]).toMatchObject({ code: 'proxy.unreachable', values: { error: 'ECONNREFUSED' } });
  const probe = await runCheck(liveProbe, ctx);
  const [en] = renderAll([check.findings[1]], 'linux', '/home/u');
  expect(en).toContain('refused');
  expect(en).not.toMatch(/within|nothing answers/i);
  const [probeEn] = renderAll([probe.findings.find((f) => f.code === 'live-probe.proxy')!], 'linux', '/home/u');
  expect(probeEn).toContain('refused');
});
