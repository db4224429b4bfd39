// The table explain will rely on: the same decision from partial information (status and message, no type).
import { classifyApiError, parseRateLimit, parseRetryAfter, verdictSeverity, VERDICTS } from '../../src/classify';

describe('classifyApiError decides by status, type and message together', () => {
  test.each([
    [{ status: 429, message: 'Your account is suspended due to insufficient balance, please recharge your account' }, 'billing'],
    [{ status: 403, errorType: 'exceeded_current_quota_error' }, 'billing'],
    [{ status: 429, errorType: 'exceeded_current_quota_error' }, 'billing'],
    [{ status: 402, message: 'anything' }, 'billing'],
    [{ status: 429, message: 'request reached organization max RPM: 3' }, 'rate-limited'],
    [{ status: 429, message: 'The engine is currently overloaded, please try again later' }, 'overloaded'],
    [{ status: 529, message: 'Overloaded' }, 'overloaded'],
    [{ status: 401, message: 'Invalid Authentication' }, 'auth'],
    [{ status: 403, message: 'Forbidden' }, 'auth'],
    [{ status: 404, message: 'Not found the model kimi-x or Permission denied' }, 'model-not-found'],
    [{ status: 404 }, 'endpoint-not-found'],
    [{ status: 400, message: 'Invalid request: bad' }, 'bad-request'],
    [{ status: 502 }, 'server-error'],
    [{ message: '余额不足，请充值' }, 'billing'],
    [{}, 'bad-response'],
  ] as const)('%j → %s', (parts, verdict) => {
    expect(classifyApiError(parts).verdict).toBe(verdict);
  });

  test('the status alone never makes a 429 billing or a 403 anything but auth', () => {
    expect(classifyApiError({ status: 429 }).verdict).toBe('rate-limited');
    expect(classifyApiError({ status: 403, errorType: 'exceeded_current_quota_error' }).verdict).toBe('billing');
  });
});

describe('rate-limit parsing', () => {
  test.each([
    ['request reached organization max RPM: 3, please try again after 1 seconds', { kind: 'rpm', value: 3 }],
    ['request reached max organization concurrency: 1, please try again after 1 seconds', { kind: 'concurrency', value: 1 }],
    ['request reached organization max TPM: 2,000,000', { kind: 'tpm', value: 2000000 }],
    ['request reached organization TPD rate limit, current: 1500213, limit: 1500000', { kind: 'tpd', value: 1500000, current: 1500213 }],
  ])('%s', (message, limit) => {
    expect(parseRateLimit(message)).toEqual(limit);
  });

  test('no kind word, no limit', () => {
    expect(parseRateLimit('slow down')).toBeUndefined();
    expect(parseRateLimit(null)).toBeUndefined();
  });

  test('retry-after: seconds, fractions, dates and junk', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter('1.2')).toBe(2);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

test('every verdict has a severity, and only ok passes', () => {
  const severities = VERDICTS.map(verdictSeverity);
  expect(severities.filter((s) => s === 'pass')).toHaveLength(1);
  expect(VERDICTS.filter((v) => verdictSeverity(v) === 'warn')).toEqual(['rate-limited', 'overloaded']);
});
