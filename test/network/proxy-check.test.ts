// The proxy check's offline analysis, on a fake context (the network parts are in live-probe-proxy.test.ts).
import { proxyCheck } from '../../checks/proxy';
import { fakeContext } from '../support/fake-context';
import { runCheck } from '../support/real-network-context';

const codes = (r: { findings: Array<{ code: string }> }) => r.findings.map((f) => f.code);
const BASE = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' };

test('no proxy: direct, passes', async () => {
  const r = await runCheck(proxyCheck, fakeContext({ env: BASE }));
  expect(r.status).toBe('pass');
  expect(codes(r)).toEqual(['proxy.none']);
  expect(r.data).toEqual({ url: BASE.ANTHROPIC_BASE_URL, proxyUrl: null, source: null, sourceOrigin: null, bypassed: null });
});

test('without a base URL the proxy is judged for api.anthropic.com, where Claude Code would go', async () => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { HTTPS_PROXY: 'http://p.corp:3128' }, net: async () => ({ ok: true, latencyMs: 1 }) }));
  expect(r.data).toMatchObject({ url: 'https://api.anthropic.com/', source: 'HTTPS_PROXY' });
  expect(r.findings[0]).toMatchObject({ code: 'proxy.applies', values: { host: 'api.anthropic.com' } });
});

test('upper and lower case that disagree warn and name the winner', async () => {
  const ctx = fakeContext({ env: { ...BASE, HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://u:pw@lower:2' }, net: async () => ({ ok: true, latencyMs: 1 }) });
  const r = await runCheck(proxyCheck, ctx);
  expect(r.status).toBe('warn');
  const conflict = r.findings.find((f) => f.code === 'proxy.case-conflict');
  expect(conflict?.values).toEqual({ winner: 'https_proxy', loser: 'HTTPS_PROXY', winnerValue: 'http://lower:2/', loserValue: 'http://upper:1/' });
  expect(r.data).toMatchObject({ proxyUrl: 'http://lower:2', source: 'https_proxy' });
  expect(ctx.secretsSeen).toContain('pw');
});

test.each([
  ['socks5://127.0.0.1:1080', 'proxy.unsupported-scheme'],
  ['127.0.0.1:7890', 'proxy.invalid-url'],
])('%s fails with %s, offline too', async (value, code) => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, HTTPS_PROXY: value }, options: { offline: true } }));
  expect(r.status).toBe('fail');
  expect(codes(r)).toEqual([code, 'skip.offline']);
});

test('offline with nothing wrong is skip, and the proxy is not contacted', async () => {
  let connects = 0;
  const ctx = fakeContext({ env: { ...BASE, HTTPS_PROXY: 'http://p:1' }, options: { offline: true }, net: async () => (connects++, { ok: true, latencyMs: 0 }) });
  const r = await runCheck(proxyCheck, ctx);
  expect(r.status).toBe('skip');
  expect(codes(r)).toEqual(['proxy.applies', 'skip.offline']);
  expect(connects).toBe(0);
});

test('NO_PROXY entries that match nothing warn with a suggestion', async () => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, no_proxy: 'https://intranet.corp/, *.corp.com, a b' }, options: { offline: true } }));
  expect(r.status).toBe('warn');
  expect(r.findings.filter((f) => f.code === 'proxy.no-proxy-entry').map((f) => [f.values?.problem, f.values?.suggestion])).toEqual([
    ['scheme', 'intranet.corp'],
    ['wildcard-prefix', '.corp.com'],
    ['space', 'a,b'],
  ]);
});

test('NODE_EXTRA_CA_CERTS missing or without a PEM certificate fails', async () => {
  const missing = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, NODE_EXTRA_CA_CERTS: '/nope.pem' } }));
  expect(missing.status).toBe('fail');
  expect(missing.findings.find((f) => f.code === 'proxy.extra-ca-unreadable')?.values).toEqual({ path: '/nope.pem', reason: 'missing' });
  const der = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, NODE_EXTRA_CA_CERTS: '/ca.cer' }, files: { '/ca.cer': new Uint8Array([0x30, 0x82, 0x01]) } }));
  expect(codes(der)).toContain('proxy.extra-ca-not-pem');
});
