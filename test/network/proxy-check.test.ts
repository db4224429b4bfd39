// The proxy check's offline analysis, on a fake context (the network parts are in live-probe-proxy.test.ts).
import { proxyCheck } from '../../checks/proxy';
import { fakeContext } from '../support/fake-context';
import { runCheck } from '../support/real-network-context';
import { expectWellRendered, renderAll } from '../support/render-findings';

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
  ['http://127.0.0.1\uff1a7890', 'proxy.invalid-url'],
])('%s fails with %s, offline too', async (value, code) => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, HTTPS_PROXY: value }, options: { offline: true } }));
  expect(r.status).toBe('fail');
  expect(codes(r)).toEqual([code, 'skip.offline']);
});

// Issue 11, item 13: Claude Code 2.1.332 sends through HTTPS_PROXY=127.0.0.1:<port> as http:// (measured), so the
// doctor says how it is read instead of calling it invalid and suggesting http://proxy.example.com:8080.
test('a proxy without a scheme is read as http://, as Claude Code reads it', async () => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, HTTPS_PROXY: '127.0.0.1:7890' }, options: { offline: true } }));
  expect(r.status).toBe('skip');
  expect(codes(r)).toEqual(['proxy.applies', 'proxy.no-scheme', 'skip.offline']);
  expect(r.findings[1].values).toEqual({ variable: 'HTTPS_PROXY', proxy: 'http://127.0.0.1:7890' });
  expect(r.data).toMatchObject({ proxyUrl: 'http://127.0.0.1:7890' });
  expect(renderAll(r.findings, 'linux', '/home/u').join('\n')).not.toContain('proxy.example.com');
});

test('an unusable proxy URL gets the corrected value when one can be made, not the generic example', async () => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, HTTPS_PROXY: '127.0.0.1\uff1a7890' }, options: { offline: true } }));
  expect(r.findings[0]).toMatchObject({ code: 'proxy.invalid-url', values: { suggestion: 'http://127.0.0.1:7890' } });
  const text = renderAll(r.findings, 'linux', '/home/u').join('\n');
  expect(text).toContain('HTTPS_PROXY=http://127.0.0.1:7890');
  expect(text).not.toContain('proxy.example.com');
  expectWellRendered(r.findings, 'linux', '/home/u');
});

test('offline with nothing wrong is skip, and the proxy is not contacted', async () => {
  let connects = 0;
  const ctx = fakeContext({ env: { ...BASE, HTTPS_PROXY: 'http://p:1' }, options: { offline: true }, net: async () => (connects++, { ok: true, latencyMs: 0 }) });
  const r = await runCheck(proxyCheck, ctx);
  expect(r.status).toBe('skip');
  expect(codes(r)).toEqual(['proxy.applies', 'skip.offline']);
  expect(connects).toBe(0);
});

test('NO_PROXY entries that match nothing warn with a suggestion, in both variables', async () => {
  const env = { ...BASE, no_proxy: 'https://intranet.corp/, *.corp.com, a b', NO_PROXY: 'a.corp;b.corp *kimi.test' };
  const r = await runCheck(proxyCheck, fakeContext({ env, options: { offline: true } }));
  expect(r.status).toBe('warn');
  expect(r.findings.filter((f) => f.code === 'proxy.no-proxy-entry').map((f) => [f.values?.variable, f.values?.problem, f.values?.suggestion])).toEqual([
    ['no_proxy', 'scheme', 'intranet.corp'],
    ['NO_PROXY', 'semicolon', 'a.corp,b.corp'],
    ['NO_PROXY', 'wildcard', 'kimi.test'],
  ]);
  expectWellRendered(r.findings, 'linux', '/home/u');
});

// Issue 10, item 14: Claude Code 2.1.332 connects directly in all three (measured), so the proxy does not apply.
test.each([
  [{ NO_PROXY: '*.moonshot.cn' }, 'NO_PROXY', '*.moonshot.cn'],
  [{ NO_PROXY: 'localhost api.moonshot.cn' }, 'NO_PROXY', 'api.moonshot.cn'],
  [{ no_proxy: 'example.org', NO_PROXY: 'api.moonshot.cn' }, 'NO_PROXY', 'api.moonshot.cn'],
])('%j sends the endpoint direct, as Claude Code does', async (noProxy, variable, entry) => {
  const r = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, HTTPS_PROXY: 'http://p.corp:3128', ...noProxy }, options: { offline: true } }));
  expect(r.findings[0]).toMatchObject({ code: 'proxy.bypassed', values: { noProxyVariable: variable, entry } });
  expect(codes(r)).not.toContain('proxy.no-proxy-entry');
});

test('NODE_EXTRA_CA_CERTS missing or without a PEM certificate fails', async () => {
  const missing = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, NODE_EXTRA_CA_CERTS: '/nope.pem' } }));
  expect(missing.status).toBe('fail');
  expect(missing.findings.find((f) => f.code === 'proxy.extra-ca-unreadable')?.values).toEqual({ path: '/nope.pem', reason: 'missing' });
  const der = await runCheck(proxyCheck, fakeContext({ env: { ...BASE, NODE_EXTRA_CA_CERTS: '/ca.cer' }, files: { '/ca.cer': new Uint8Array([0x30, 0x82, 0x01]) } }));
  expect(codes(der)).toContain('proxy.extra-ca-not-pem');
});
