// Every row of the error table, answered by a real loopback endpoint and read through the real HTTP client.
import { liveProbe } from '../../checks/live-probe';
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
  // One trailing slash removed, trimmed key, both credential headers when both are set.
  expect(post.path).toBe('/anthropic/v1/messages');
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
