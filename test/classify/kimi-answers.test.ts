// Kimi's answers of issue 13: a used-up quota is billing with its window, the client gate is its own verdict,
// and neither is ever "auth", whichever of status, type and message arrive.
import { classifyApiError, isRateLimit, kimiQuota, verdictSeverity } from '../../src/classify';

const BILLING_CYCLE =
  "You've reached your usage limit for this billing cycle. Your quota will be refreshed in the next cycle. To continue now, purchase extra usage or upgrade your plan: https://www.kimi.com/code/#pricing";
const WEEKLY = "You've reached your weekly (7-day) usage limit. Your quota will reset when the current 7-day window ends.";
const GATE = 'Kimi For Coding is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.';

describe('quota windows', () => {
  test.each([
    [BILLING_CYCLE, 'billing-cycle'],
    [WEEKLY, 'weekly'],
    ["You've reached your monthly usage limit for this billing cycle.", 'monthly'],
    ["You've reached kimi monthly usage limit", 'monthly'],
    ["You've reached your 5-hour usage limit.", '5-hour'],
    ["You've reached your 5 hour usage limit", '5-hour'],
    ["You've reached your usage limit for this period", 'unspecified'],
    ["You've reached your usage limit…", 'unspecified'],
  ])('%s → %s', (message, kind) => {
    expect(kimiQuota(message)).toEqual({ kind });
  });

  test('a reset time in the message is surfaced as an ISO time', () => {
    expect(kimiQuota(`${WEEKLY} Resets at 2026-12-08T15:53:05.519605Z.`)).toEqual({ kind: 'weekly', resetsAt: '2026-12-08T15:53:05.519Z' });
  });

  test('text about a limit that is not a refusal is no quota', () => {
    expect(kimiQuota('Set a monthly usage limit in the console')).toBeUndefined();
    expect(kimiQuota('request reached organization max RPM: 3')).toBeUndefined();
  });
});

describe('classifyApiError on Kimi answers', () => {
  test.each([
    [{ status: 403, errorType: 'permission_error', message: BILLING_CYCLE }, 'billing', 'billing-cycle'],
    [{ status: 403, errorType: 'access_terminated_error', message: WEEKLY }, 'billing', 'weekly'],
    [{ status: 403, message: WEEKLY }, 'billing', 'weekly'],
    [{ message: BILLING_CYCLE }, 'billing', 'billing-cycle'],
    [{ status: 429, message: "You've reached your usage limit for this period" }, 'billing', 'unspecified'],
    [{ status: 429, message: "You've reached kimi monthly usage limit" }, 'billing', 'monthly'],
  ] as const)('%j → %s (%s)', (parts, verdict, kind) => {
    const c = classifyApiError(parts);
    expect(c.verdict).toBe(verdict);
    expect(c.limit).toEqual({ kind });
    expect(isRateLimit(c.limit)).toBe(false);
  });

  test('the User-Agent gate is client-not-allowed, a failure, with or without status and type', () => {
    expect(classifyApiError({ status: 403, errorType: 'access_terminated_error', message: GATE }).verdict).toBe('client-not-allowed');
    expect(classifyApiError({ message: GATE }).verdict).toBe('client-not-allowed');
    expect(verdictSeverity('client-not-allowed')).toBe('fail');
  });

  test('access_terminated_error alone says neither quota nor gate', () => {
    expect(classifyApiError({ status: 403, errorType: 'access_terminated_error', message: 'Access terminated' }).verdict).toBe('auth');
  });

  test("Kimi Code's 429 rate_limit_error 'overloaded' reads the same from the body and from the printed message", () => {
    const overloaded = 'The engine is currently overloaded, please try again later';
    expect(classifyApiError({ status: 429, errorType: 'rate_limit_error', message: overloaded }).verdict).toBe('overloaded');
    expect(classifyApiError({ status: 429, message: overloaded }).verdict).toBe('overloaded');
  });

  test("Kimi Code's 'too many requests' stays a rate limit without numbers", () => {
    const c = classifyApiError({ status: 429, errorType: 'rate_limit_reached_error', message: "We're receiving too many requests at the moment." });
    expect(c).toMatchObject({ verdict: 'rate-limited' });
    expect(c.limit).toBeUndefined();
  });

  test("Moonshot's permission_denied_error stays auth (the wording, not the verdict, differs)", () => {
    expect(classifyApiError({ status: 403, errorType: 'permission_denied_error', message: 'Permission denied' })).toMatchObject({
      verdict: 'auth',
      errorType: 'permission_denied_error',
    });
  });

  test("Kimi Code's 401 wording is auth even without its status", () => {
    expect(classifyApiError({ message: 'The API Key appears to be invalid or may have expired' }).verdict).toBe('auth');
  });
});
