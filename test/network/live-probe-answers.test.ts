// Every row of the error table, answered by a real loopback endpoint and read through the real HTTP client.
import { liveProbe } from '../../checks/live-probe';
import type { Finding, Lang } from '../../src/core/types';
import { loadCatalog } from '../../src/i18n/catalog';
import { createRenderKit } from '../../src/i18n/render-kit';
import { RECORDED_ANSWERS } from '../fixtures/moonshot-answers';
import { realNetworkContext, runCheck } from '../support/real-network-context';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';

const KEY = 'sk-test-0123456789abcdef';
let endpoint: AnthropicEndpoint;

beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
});
afterAll(() => endpoint.close());

const probeEnv = () => ({ ANTHROPIC_BASE_URL: `${endpoint.baseUrl}/`, ANTHROPIC_API_KEY: `  ${KEY}\n`, ANTHROPIC_MODEL: 'kimi-k2-turbo-preview' });

describe('each answer in the table gets its verdict, with one POST', () => {
  test.each(RECORDED_ANSWERS.map((a) => [a.name, a] as const))('%s', async (_name, answer) => {
    endpoint.answer({ status: answer.status, headers: answer.headers, body: answer.body });
    const before = endpoint.requests.length;
    const result = await runCheck(liveProbe, realNetworkContext({ env: probeEnv() }));
    expect(result.data.verdict).toBe(answer.expected.verdict);
    expect(result.data.httpStatus).toBe(answer.status);
    expect(result.data.limit).toEqual(answer.expected.limit);
    expect(result.data.retryAfterSeconds).toBe(answer.expected.retryAfterSeconds);
    expect(result.data.requests).toBe(1);
    const sent = endpoint.requests.slice(before);
    expect(sent.map((r) => r.method)).toEqual(['POST']);
    const expectedStatus = answer.expected.verdict === 'ok' ? 'pass' : ['rate-limited', 'overloaded'].includes(answer.expected.verdict) ? 'warn' : 'fail';
    expect(result.status).toBe(expectedStatus);
    expect(result.findings[0].code).toBe(`live-probe.${answer.expected.verdict}`);
  });
});

test('the POST is what Claude Code would send, and the key stays out of data', async () => {
  endpoint.answer({ status: 200, body: JSON.stringify({ type: 'message', content: [] }) });
  const before = endpoint.requests.length;
  const ctx = realNetworkContext({ env: { ...probeEnv(), ANTHROPIC_AUTH_TOKEN: 'tok-abc' } });
  const result = await runCheck(liveProbe, ctx);
  const [post] = endpoint.requests.slice(before);
  // One trailing slash removed, ?beta=true as Claude Code sends it, trimmed key, both credential headers when both are set.
  expect(post.path).toBe('/anthropic/v1/messages?beta=true');
  expect(post.headers['x-api-key']).toBe(KEY);
  expect(post.headers.authorization).toBe('Bearer tok-abc');
  expect(post.headers['anthropic-version']).toBe('2023-06-01');
  expect(post.headers['content-type']).toBe('application/json');
  expect(JSON.parse(post.body)).toEqual({ model: 'kimi-k2-turbo-preview', max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] });
  expect(result.data).toMatchObject({ verdict: 'ok', url: `${endpoint.baseUrl}/v1/messages`, model: 'kimi-k2-turbo-preview', requests: 1 });
  expect(typeof result.data.latencyMs).toBe('number');
  expect(ctx.secretsSeen).toEqual(expect.arrayContaining([KEY, 'tok-abc']));
  expect(JSON.stringify(result)).not.toContain(KEY);
});

test('--model overrides the configured model', async () => {
  endpoint.answer({ status: 200, body: JSON.stringify({ type: 'message', content: [] }) });
  const before = endpoint.requests.length;
  const result = await runCheck(liveProbe, realNetworkContext({ env: probeEnv(), options: { model: 'kimi-latest', timeoutMs: 5000 } }));
  expect(JSON.parse(endpoint.requests[before].body).model).toBe('kimi-latest');
  expect(result.data.model).toBe('kimi-latest');
});

test('a gateway that is not an official host gets no follow-up request on 401', async () => {
  endpoint.answer({ status: 401, body: JSON.stringify({ error: { type: 'invalid_authentication_error', message: 'Invalid Authentication' } }) });
  const before = endpoint.requests.length;
  const result = await runCheck(liveProbe, realNetworkContext({ env: probeEnv() }));
  expect(result.data).toMatchObject({ verdict: 'auth', requests: 1 });
  expect(endpoint.requests.length - before).toBe(1);
});

describe("Kimi Code's answers, through the real client", () => {
  const answerWith = (name: string) => RECORDED_ANSWERS.find((a) => a.name === name)!;
  const probeWith = async (name: string) => {
    const answer = answerWith(name);
    endpoint.answer({ status: answer.status, headers: answer.headers, body: answer.body });
    return runCheck(liveProbe, realNetworkContext({ env: probeEnv() }));
  };
  /** The finding as the report prints it. */
  const rendered = (finding: Finding, lang: Lang = 'en') => {
    const catalog = loadCatalog(lang);
    const kit = createRenderKit({ lang, shell: 'bash', platform: 'linux', homeDir: '/home/u', ui: catalog.ui });
    const entry = catalog.findings[finding.code];
    return { message: entry.message(finding.values ?? {}, kit), remediation: entry.remediation?.(finding.values ?? {}, kit) ?? '' };
  };

  test('a used-up billing-cycle quota is billing with the window in data.limit.kind, and the remedy is not a new key', async () => {
    const result = await probeWith('Kimi Code 403 quota: billing cycle');
    expect(result.data).toMatchObject({ verdict: 'billing', httpStatus: 403, limit: { kind: 'billing-cycle' }, requests: 1 });
    expect(result.status).toBe('fail');
    expect(result.findings[0].code).toBe('live-probe.billing');
    const { message, remediation } = rendered(result.findings[0]);
    expect(message).toMatch(/quota for this billing cycle is used up/);
    expect(remediation).toContain('https://www.kimi.com/code/');
    expect(remediation).not.toMatch(/create a new (?:key|one)|Recharge/i);
  });

  test('the weekly quota names the weekly window, in Chinese too', async () => {
    const result = await probeWith('Kimi Code 403 quota: weekly (7-day)');
    expect(result.data).toMatchObject({ verdict: 'billing', limit: { kind: 'weekly' } });
    const { message, remediation } = rendered(result.findings[0], 'zh');
    expect(message).toContain('每周（7 天）窗口的额度已用完');
    expect(remediation).toContain('购买额外用量或升级套餐');
  });

  test('the User-Agent gate is its own failing verdict that points at the User-Agent, not the key', async () => {
    const result = await probeWith('Kimi Code 403 User-Agent gate');
    expect(result.data).toMatchObject({ verdict: 'client-not-allowed', httpStatus: 403, errorType: 'access_terminated_error' });
    expect(result.status).toBe('fail');
    expect(result.findings[0].code).toBe('live-probe.client-not-allowed');
    const { message, remediation } = rendered(result.findings[0]);
    expect(message).toMatch(/refused the client, not the key/);
    expect(remediation).toContain('unset ANTHROPIC_CUSTOM_HEADERS');
    expect(remediation).toMatch(/do not replace it/);
  });
});
