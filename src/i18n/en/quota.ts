// The words for a Kimi Code quota, shared by live-probe's and explain's wording.
import type { QuotaLimit, QuotaWindow } from '../../classify';
import type { Values } from '../catalog';

// Kimi Code's plans and its console (where the quota and its reset show): https://www.kimi.com/code/docs/en/ and
// https://www.kimi.com/help/kimi-claw/conversation-limits ("Open the Console… View Quota & Rate Limits"), seen 2026-12-03.
export const KIMI_CODE_PLANS = 'https://www.kimi.com/code/';
export const KIMI_CODE_CONSOLE = 'https://www.kimi.com/code/console';
export const QUOTA_WINDOWS: Record<QuotaWindow, string> = {
  'billing-cycle': 'this billing cycle',
  monthly: 'the monthly window',
  weekly: 'the weekly (7-day) window',
  '5-hour': 'the rolling 5-hour window',
  unspecified: 'the current window',
};
/** The quota window in data.limit, when the limit is a used-up quota rather than a rate limit. */
export const quotaOf = (v: Values): QuotaLimit | undefined => {
  const l = v.limit as QuotaLimit | undefined;
  return l && l.kind in QUOTA_WINDOWS ? l : undefined;
};
export const resetText = (q: QuotaLimit) => (q.resetsAt ? ` (it resets at ${q.resetsAt})` : '');
