import { classifyResponse } from '../../src/classify';
import { RECORDED_ANSWERS } from '../fixtures/moonshot-answers';

describe('classifyResponse on recorded answers', () => {
  test.each(RECORDED_ANSWERS.map((a) => [a.name, a] as const))('%s', (_name, answer) => {
    const c = classifyResponse({ status: answer.status, headers: answer.headers ?? {}, body: answer.body });
    expect(c.verdict).toBe(answer.expected.verdict);
    expect(c.httpStatus).toBe(answer.status);
    if (answer.expected.errorType !== undefined) expect(c.errorType).toBe(answer.expected.errorType);
    expect(c.limit).toEqual(answer.expected.limit);
    expect(c.retryAfterSeconds).toBe(answer.expected.retryAfterSeconds);
  });
});

describe('classifyResponse edge cases', () => {
  test('a 307 is a bad response naming the redirect target host', () => {
    const c = classifyResponse({
      status: 307,
      headers: { location: 'https://collector.example.net:8443/v1/messages' },
      body: '',
      requestUrl: 'https://api.moonshot.cn/anthropic/v1/messages',
    });
    expect(c).toMatchObject({ verdict: 'bad-response', httpStatus: 307, redirectHost: 'collector.example.net:8443' });
  });

  test('a relative redirect resolves against the request URL', () => {
    const c = classifyResponse({ status: 301, headers: { location: '/elsewhere' }, body: '', requestUrl: 'https://gw.example.com/anthropic/v1/messages' });
    expect(c.redirectHost).toBe('gw.example.com');
  });

  test('a 3xx without Location still names that there was no target', () => {
    expect(classifyResponse({ status: 302, headers: {}, body: '' }).redirectHost).toBe('(none)');
  });

  test('a truncated 200 is never taken for a complete message', () => {
    const body = JSON.stringify({ type: 'message', content: [] });
    expect(classifyResponse({ status: 200, headers: {}, body, truncated: true }).verdict).toBe('bad-response');
  });

  test('a 200 that wraps an error is classified by the error it carries', () => {
    const body = JSON.stringify({ error: { type: 'exceeded_current_quota_error', message: 'insufficient balance' } });
    expect(classifyResponse({ status: 200, headers: {}, body }).verdict).toBe('billing');
  });

  test('a streamed answer that starts a message is ok', () => {
    const body = 'event: message_start\ndata: {"type":"message_start"}\n\n';
    expect(classifyResponse({ status: 200, headers: { 'content-type': 'text/event-stream' }, body }).verdict).toBe('ok');
  });

  test('retry-after as an HTTP date is measured from now', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    const c = classifyResponse({
      status: 429,
      headers: { 'retry-after': 'Sun, 29 Nov 2026 12:00:30 GMT' },
      body: JSON.stringify({ error: { type: 'rate_limit_reached_error', message: 'max RPM: 3' } }),
      nowMs: now,
    });
    expect(c.retryAfterSeconds).toBe(30);
  });

  test('an unknown 429 is a rate limit, an unknown 403 is auth, a 405 is the wrong path', () => {
    expect(classifyResponse({ status: 429, headers: {}, body: '' }).verdict).toBe('rate-limited');
    expect(classifyResponse({ status: 403, headers: {}, body: '{"error":{"type":"permission_error","message":"denied"}}' }).verdict).toBe('auth');
    expect(classifyResponse({ status: 405, headers: {}, body: '' }).verdict).toBe('endpoint-not-found');
  });
});
