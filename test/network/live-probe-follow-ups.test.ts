// Follow-up GETs against the official hosts. A routing proxy sends api.moonshot.cn and api.moonshot.ai to one
// loopback TLS server (certificate from a test CA), so these run without the internet and record every host the key reached.
import { liveProbe } from '../../checks/live-probe';
import { realNetworkContext, runCheck } from '../support/real-network-context';
import { startAnthropicEndpoint, type Answer, type AnthropicEndpoint, type RecordedRequest } from '../support/servers/anthropic-endpoint';
import { startForwardProxy, type ForwardProxy } from '../support/servers/forward-proxy';
import { createTestPki, type TestPki } from '../support/servers/test-pki';

const KEY = 'sk-followup-0123456789';
const json = (status: number, value: unknown): Answer => ({ status, body: JSON.stringify(value) });
const moonshotError = (status: number, type: string, message: string) => json(status, { error: { type, message } });
const balance = (available: number) => json(200, { code: 0, status: true, data: { available_balance: available, voucher_balance: 1, cash_balance: available - 1 } });
const unauthorized = moonshotError(401, 'invalid_authentication_error', 'Invalid Authentication');

let pki: TestPki;
let official: AnthropicEndpoint;
let proxy: ForwardProxy;

beforeAll(async () => {
  pki = createTestPki(['api.moonshot.cn', 'api.moonshot.ai']);
  official = await startAnthropicEndpoint({ tls: pki });
  proxy = await startForwardProxy({ route: () => ({ host: '127.0.0.1', port: official.port }) });
});
afterAll(async () => {
  await Promise.all([official.close(), proxy.close()]);
  pki.remove();
});
beforeEach(() => {
  official.requests.length = 0;
  proxy.seen.length = 0;
});

/** Scripts the two official hosts: answers keyed by "host path". */
function script(answers: Record<string, Answer>): void {
  official.answer((req: RecordedRequest) => answers[`${req.headers.host} ${req.path.split('?')[0]}`] ?? json(404, { error: { type: 'not_found', message: 'unscripted' } }));
}

const probe = (env: Record<string, string> = {}) =>
  runCheck(
    liveProbe,
    realNetworkContext({
      env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-k2', HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: '/ca.pem', ...env },
      files: { '/ca.pem': pki.caPem },
    }),
  );

const seen = () => official.requests.map((r) => `${r.method} ${r.headers.host}${r.path}`).sort();

test('a 401 on .cn asks both regions for the balance once, and learns the key is an .ai key', async () => {
  script({
    'api.moonshot.cn /anthropic/v1/messages': unauthorized,
    'api.moonshot.cn /v1/users/me/balance': unauthorized,
    'api.moonshot.ai /v1/users/me/balance': balance(12),
  });
  const result = await probe();
  expect(result.data).toMatchObject({ verdict: 'auth', httpStatus: 401, regionHint: 'key-belongs-to-ai', requests: 3 });
  expect(result.data.balance).toBeUndefined();
  expect(seen()).toEqual(['GET api.moonshot.ai/v1/users/me/balance', 'GET api.moonshot.cn/v1/users/me/balance', 'POST api.moonshot.cn/anthropic/v1/messages?beta=true']);
  // The key went to the two official hosts and nowhere else.
  expect(proxy.seen.map((s) => s.target).sort()).toEqual(['api.moonshot.ai:443', 'api.moonshot.cn:443', 'api.moonshot.cn:443']);
  for (const get of official.requests.filter((r) => r.method === 'GET')) expect(get.headers.authorization).toBe(`Bearer ${KEY}`);
});

test('billing as a 429 fetches the same region\'s balance, in CNY, and names the .cn console', async () => {
  script({
    'api.moonshot.cn /anthropic/v1/messages': moonshotError(429, 'exceeded_current_quota_error', 'Your account is suspended due to insufficient balance'),
    'api.moonshot.cn /v1/users/me/balance': balance(0),
  });
  const result = await probe();
  expect(result.data).toMatchObject({ verdict: 'billing', requests: 2, balance: { available: 0, voucher: 1, cash: -1, currency: 'CNY' } });
  expect(result.findings[0].values).toMatchObject({ consoleUrls: ['https://platform.kimi.com/console'] });
  expect(seen()).toEqual(['GET api.moonshot.cn/v1/users/me/balance', 'POST api.moonshot.cn/anthropic/v1/messages?beta=true']);
});

test('model-not-found lists the models the account can use', async () => {
  script({
    'api.moonshot.ai /anthropic/v1/messages': moonshotError(404, 'resource_not_found_error', 'Not found the model kimi-k2 or Permission denied'),
    'api.moonshot.ai /v1/models': json(200, { object: 'list', data: [{ id: 'kimi-k2-turbo-preview' }, { id: 'moonshot-v1-8k' }] }),
  });
  const result = await probe({ ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic' });
  expect(result.data).toMatchObject({ verdict: 'model-not-found', requests: 2, models: ['kimi-k2-turbo-preview', 'moonshot-v1-8k'] });
});

test('an Anthropic key on 401 is named from its prefix, without asking the other region', async () => {
  script({ 'api.moonshot.cn /anthropic/v1/messages': unauthorized, 'api.moonshot.cn /v1/users/me/balance': unauthorized });
  const result = await probe({ ANTHROPIC_API_KEY: 'sk-ant-api03-abcdef' });
  expect(result.data).toMatchObject({ verdict: 'auth', regionHint: 'anthropic-key', requests: 2 });
  expect(proxy.seen.map((s) => s.target)).not.toContain('api.moonshot.ai:443');
});

test('a rate limit spends no follow-up request at all', async () => {
  script({ 'api.moonshot.cn /anthropic/v1/messages': { ...moonshotError(429, 'rate_limit_reached_error', 'request reached organization max RPM: 3'), headers: { 'retry-after': '20' } } });
  const result = await probe();
  expect(result.data).toMatchObject({ verdict: 'rate-limited', requests: 1, limit: { kind: 'rpm', value: 3 }, retryAfterSeconds: 20 });
  expect(result.status).toBe('warn');
  expect(result.findings[0].values).toMatchObject({ tiers: [0] });
});
