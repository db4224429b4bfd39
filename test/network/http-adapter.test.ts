// The real HttpClient's own promises: capped bodies, no throws, an outer abort, lazy loading.
import { createHttpClient, DEFAULT_MAX_BODY_BYTES } from '../../src/context/http';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { startHangingServer } from '../support/servers/hanging-server';

let endpoint: AnthropicEndpoint;
beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
});
afterAll(() => endpoint.close());

const get = (url: string, extra: object = {}) => ({ method: 'GET' as const, url, headers: {}, timeoutMs: 3000, proxyUrl: null, ...extra });

test('a 64 MB body comes back as exactly 64 KiB, marked truncated', async () => {
  endpoint.answer({ hugeBodyBytes: 64 * 1024 * 1024 });
  const outcome = await createHttpClient().request(get(`${endpoint.origin}/big`));
  expect(outcome.ok && outcome.response.truncated).toBe(true);
  expect(outcome.ok && Buffer.byteLength(outcome.response.body)).toBe(DEFAULT_MAX_BODY_BYTES);
});

test('maxBodyBytes is honoured and a short body is not truncated', async () => {
  endpoint.answer({ status: 200, body: 'x'.repeat(100) });
  const small = await createHttpClient().request(get(`${endpoint.origin}/s`, { maxBodyBytes: 10 }));
  expect(small.ok && [small.response.body, small.response.truncated]).toEqual(['x'.repeat(10), true]);
  const whole = await createHttpClient().request(get(`${endpoint.origin}/s`));
  expect(whole.ok && whole.response.truncated).toBe(false);
});

test('an outer abort (the check budget) ends the request as a failure, not a throw', async () => {
  const hanging = await startHangingServer();
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await createHttpClient().request(get(hanging.origin, { signal: controller.signal, timeoutMs: 10000 }));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.latencyMs).toBeLessThan(2000);
  } finally {
    await hanging.close();
  }
});

test('a URL undici refuses is a failure, not a throw', async () => {
  const outcome = await createHttpClient().request(get('ftp://127.0.0.1/x'));
  expect(outcome.ok).toBe(false);
});

test('creating the lazy adapters does not load undici; the real adapter does', () => {
  let undiciLoaded = false;
  jest.isolateModules(() => {
    jest.doMock('undici/lib/dispatcher/agent', () => {
      undiciLoaded = true;
      return jest.requireActual('undici/lib/dispatcher/agent');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lazy = require('../../src/context/lazy-network');
    lazy.lazyHttpClient();
    lazy.lazyNetProbe();
    expect(undiciLoaded).toBe(false);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/context/http');
    expect(undiciLoaded).toBe(true);
  });
});
