// Failures before or instead of an answer: hang, closed port, unknown host, redirect, an endless body.
import type { LookupFunction } from 'net';
import { liveProbe } from '../../checks/live-probe';
import { realNetworkContext, runCheck } from '../support/real-network-context';
import { startAnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { startHangingServer } from '../support/servers/hanging-server';
import { closedPort } from '../support/servers/listen';

const KEY = 'sk-failure-test-key-42';
const envFor = (baseUrl: string) => ({ ANTHROPIC_BASE_URL: baseUrl, ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-k2' });

test('a server that never answers ends as timeout within --timeout plus one second', async () => {
  const hanging = await startHangingServer();
  try {
    const started = Date.now();
    const result = await runCheck(liveProbe, realNetworkContext({ env: envFor(`${hanging.origin}/anthropic`), options: { timeoutMs: 1000 } }));
    const elapsed = Date.now() - started;
    expect(result.data).toMatchObject({ verdict: 'timeout', httpStatus: null, requests: 1 });
    expect(result.status).toBe('fail');
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(2000);
    expect(hanging.connections()).toBe(1);
  } finally {
    await hanging.close();
  }
});

test('a closed port is connection-refused', async () => {
  const port = await closedPort();
  const result = await runCheck(liveProbe, realNetworkContext({ env: envFor(`http://127.0.0.1:${port}/anthropic`) }));
  expect(result.data).toMatchObject({ verdict: 'connection-refused', requests: 1 });
  expect(result.findings[0].code).toBe('live-probe.connection-refused');
});

test('a host that does not resolve is dns', async () => {
  // The name is answered here, as a resolver would answer it, so no query leaves this machine.
  const lookup: LookupFunction = (hostname, _options, callback) =>
    callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 4);
  const result = await runCheck(liveProbe, realNetworkContext({ env: envFor('https://kimi-claude-test.invalid/anthropic'), httpClient: { lookup } }));
  expect(result.data).toMatchObject({ verdict: 'dns', requests: 1 });
});

test('a redirect is a bad response naming the target, and no credential reaches the target', async () => {
  const target = await startAnthropicEndpoint();
  const redirecting = await startAnthropicEndpoint();
  try {
    target.answer({ status: 200, body: JSON.stringify({ type: 'message', content: [] }) });
    redirecting.answer({ status: 307, headers: { location: `http://localhost:${target.port}/anthropic/v1/messages` }, body: '' });
    const result = await runCheck(liveProbe, realNetworkContext({ env: { ...envFor(redirecting.baseUrl), ANTHROPIC_AUTH_TOKEN: 'tok-redirect' } }));
    expect(result.data).toMatchObject({ verdict: 'bad-response', httpStatus: 307, redirectHost: `localhost:${target.port}`, requests: 1 });
    expect(result.findings[0]).toMatchObject({ code: 'live-probe.redirect', severity: 'error', values: { redirectHost: `localhost:${target.port}` } });
    expect(redirecting.requests.map((r) => r.method)).toEqual(['POST']);
    expect(target.requests).toHaveLength(0);
  } finally {
    await Promise.all([target.close(), redirecting.close()]);
  }
});

test('a 64 MB body is read only up to the cap, with bounded memory', async () => {
  const huge = await startAnthropicEndpoint();
  try {
    huge.answer({ hugeBodyBytes: 64 * 1024 * 1024 });
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await runCheck(liveProbe, realNetworkContext({ env: envFor(huge.baseUrl) }));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    // Cut off at 64 KiB: a truncated body can never pass as a complete message.
    expect(result.data).toMatchObject({ verdict: 'bad-response', httpStatus: 200, requests: 1 });
    expect(heapGrowth).toBeLessThan(16 * 1024 * 1024);
    // The client hung up long before the server could write it all.
    await new Promise((r) => setTimeout(r, 50));
    expect(huge.hugeBodyBytesWritten).toBeLessThan(32 * 1024 * 1024);
    expect(huge.requests).toHaveLength(1);
  } finally {
    await huge.close();
  }
});
