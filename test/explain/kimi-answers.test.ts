// explain on what Claude Code prints for Kimi's answers of issue 13: a used-up quota says quota (never key),
// the client gate says User-Agent, and both languages say so.
import { diagnose, explain } from '../../src/explain';
import type { Lang } from '../../src/core/types';

const opts = (lang: Lang) => ({ lang, shell: 'bash' as const, platform: 'linux', homeDir: '/home/mei' });

const BILLING_CYCLE_JSON =
  `Failed to authenticate. API Error: 403 {"error":{"type":"permission_error","message":"You've reached your usage limit for this billing cycle. Your quota will be refreshed in the next cycle. To continue now, purchase extra usage or upgrade your plan: https://www.kimi.com/code/#pricing"},"type":"error"}`;
const QUOTA_PLAIN = "Failed to authenticate. API Error: 403 You've reached your usage limit…";
const WEEKLY_INTERACTIVE =
  "> fix the tests\n  ⎿  Please run /login · API Error: 403 You've reached your weekly (7-day) usage limit. Your quota will reset when the current 7-day window ends.";
const GATE =
  'Failed to authenticate. API Error: 403 {"error":{"message":"Kimi For Coding is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.","type":"access_terminated_error"}}';
const OVERLOADED_429 = 'API Error: Request rejected (429) · The engine is currently overloaded, please try again later';
const PERMISSION_DENIED = 'Failed to authenticate. API Error: 403 {"error":{"type":"permission_denied_error","message":"Permission denied"}}';

describe('quota lines say quota, not key', () => {
  test.each([
    [BILLING_CYCLE_JSON, 'billing-cycle'],
    [QUOTA_PLAIN, 'unspecified'],
    [WEEKLY_INTERACTIVE, 'weekly'],
    ["Failed to authenticate. API Error: 403 You've reached your 5-hour usage limit.", '5-hour'],
    ["API Error: Request rejected (429) · You've reached your usage limit for this period", 'unspecified'],
  ])('%s', (text, kind) => {
    const e = explain(text, opts('en'));
    expect(e).toMatchObject({ recognised: true, verdict: 'billing', confidence: 'high', limit: { kind } });
    expect(e.cause).toMatch(/used-up quota, not a bad key/);
    expect(e.remediation).toContain('https://www.kimi.com/code/');
    expect(e.remediation).not.toMatch(/Copy the key again|Recharge/);
    expect(e.alternatives).not.toContain('auth');
  });

  test('the JSON form keeps the error type, and the window shows in the JSON answer', () => {
    const e = explain(BILLING_CYCLE_JSON, opts('en'));
    expect(e).toMatchObject({ httpStatus: 403, errorType: 'permission_error', limit: { kind: 'billing-cycle' } });
    expect(e.cause).toContain('this billing cycle');
  });

  test('in Chinese', () => {
    const e = explain(WEEKLY_INTERACTIVE, opts('zh'));
    expect(e.verdict).toBe('billing');
    expect(e.cause).toContain('额度用完了，不是密钥错误');
    expect(e.cause).toContain('每周（7 天）窗口');
    expect(e.remediation).toContain('购买额外用量或升级套餐');
  });

  test('a 403 is shown at once: Claude Code does not retry it', () => {
    expect(diagnose(BILLING_CYCLE_JSON).diagnosis?.behaviour.kind).toBe('answered-once');
  });
});

describe('the User-Agent gate', () => {
  test.each(['en', 'zh'] as const)('%s: its own verdict, and the remedy is the User-Agent, not the key', (lang) => {
    const e = explain(GATE, opts(lang));
    expect(e).toMatchObject({ verdict: 'client-not-allowed', confidence: 'high', errorType: 'access_terminated_error', checks: ['live-probe'] });
    expect(e.cause).toContain(lang === 'en' ? 'refused the client, not the key' : '拒绝的是客户端，不是密钥');
    expect(e.remediation).toContain('unset ANTHROPIC_CUSTOM_HEADERS');
    expect(e.remediation).toContain('User-Agent');
  });

  test("Kimi Code's 429 'overloaded' stays overloaded, with the client gate as the other cause", () => {
    const e = explain(OVERLOADED_429, opts('en'));
    expect(e.verdict).toBe('overloaded');
    expect(e.alternatives).toEqual(['client-not-allowed']);
    expect(e.remediation).toContain('Kimi Code');
  });
});

describe("Moonshot's permission_denied_error", () => {
  test.each(['en', 'zh'] as const)('%s: auth, but the remedy is the IP allowlist or an API not opened', (lang) => {
    const e = explain(PERMISSION_DENIED, opts(lang));
    expect(e).toMatchObject({ verdict: 'auth', errorType: 'permission_denied_error' });
    expect(e.remediation).toContain(lang === 'en' ? 'IP allowlist' : 'IP 白名单');
    expect(e.remediation).not.toContain('ANTHROPIC_AUTH_TOKEN');
  });
});
