// An HTTPS endpoint signed by a test CA: untrusted without NODE_EXTRA_CA_CERTS, trusted with it.
import { liveProbe } from '../../checks/live-probe';
import { proxyCheck } from '../../checks/proxy';
import { realNetworkContext, runCheck } from '../support/real-network-context';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { createTestPki, type TestPki } from '../support/servers/test-pki';

let pki: TestPki;
let endpoint: AnthropicEndpoint;
let plain: AnthropicEndpoint;

beforeAll(async () => {
  pki = createTestPki(['localhost']);
  endpoint = await startAnthropicEndpoint({ tls: pki });
  endpoint.answer({ status: 200, body: JSON.stringify({ type: 'message', content: [] }) });
  plain = await startAnthropicEndpoint();
});
afterAll(async () => {
  await Promise.all([endpoint.close(), plain.close()]);
  pki.remove();
});

const baseEnv = () => ({ ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_API_KEY: 'sk-tls-test' });

test('without the CA the certificate is not trusted: tls', async () => {
  const result = await runCheck(liveProbe, realNetworkContext({ env: baseEnv() }));
  expect(result.data).toMatchObject({ verdict: 'tls', requests: 1 });
  expect(result.status).toBe('fail');
  expect(endpoint.requests).toHaveLength(0);
});

test('with NODE_EXTRA_CA_CERTS pointing at the test CA, the same endpoint is ok', async () => {
  const fs = await import('fs');
  const ctx = realNetworkContext({ env: { ...baseEnv(), NODE_EXTRA_CA_CERTS: pki.caPemPath }, files: { [pki.caPemPath]: fs.readFileSync(pki.caPemPath, 'utf8') } });
  const result = await runCheck(liveProbe, ctx);
  expect(result.data).toMatchObject({ verdict: 'ok', requests: 1 });
  const proxy = await runCheck(proxyCheck, ctx);
  expect(proxy.findings.map((f) => f.code)).toContain('proxy.extra-ca-ok');
});

test('NODE_TLS_REJECT_UNAUTHORIZED=0 gets through, and the proxy check warns about it', async () => {
  const ctx = realNetworkContext({ env: { ...baseEnv(), NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
  expect((await runCheck(liveProbe, ctx)).data.verdict).toBe('ok');
  const proxy = await runCheck(proxyCheck, ctx);
  expect(proxy.status).toBe('warn');
  expect(proxy.findings.map((f) => f.code)).toContain('proxy.tls-verification-disabled');
});

test('https:// to a plain http port is tls, with the wrong-version code', async () => {
  const result = await runCheck(liveProbe, realNetworkContext({ env: { ANTHROPIC_BASE_URL: `https://127.0.0.1:${plain.port}/anthropic`, ANTHROPIC_API_KEY: 'sk-x' } }));
  expect(result.data).toMatchObject({ verdict: 'tls', errorType: 'ERR_SSL_WRONG_VERSION_NUMBER' });
});
