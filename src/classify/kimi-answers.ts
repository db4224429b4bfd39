// Kimi's own answers that the generic rules get wrong: a used-up membership quota and the client gate both come
// as 403 and read like "auth". Each rule names its public source and date; verify again when Kimi rewords.
// Messages are matched by text, not by error.type: Claude Code prints only the message ("Failed to authenticate.
// API Error: 403 <message>"), and Kimi reuses access_terminated_error for quota and gate alike.
import type { QuotaLimit, QuotaWindow } from './verdict';

/**
 * Kimi Code admits only known coding agents, by User-Agent (403 access_terminated_error).
 * Sources: shared/FACTS.md, 2026-12-03; https://www.kimi.com/code/docs/en/kimi-code/error-reference.html
 * (403 "Kimi For Coding is currently only available for Coding Agents", seen 2026-12-03);
 * https://github.com/farion1231/cc-switch/issues/3981 (2026-06-15: claude-cli/claude-code UAs pass, codex-cli is refused).
 */
export const CLIENT_NOT_ALLOWED_TEXT = /only available for Coding Agents/i;

/**
 * "You've reached your … usage limit …": a membership quota, never a bad key.
 * Seen wordings (all 403 unless noted):
 *   billing cycle  shared/FACTS.md, 2026-12-03; https://github.com/NanmiCoder/cc-haha/issues/1208 (2026-08-08)
 *   weekly (7-day) shared/FACTS.md, 2026-12-03; https://github.com/openclaw/openclaw/pull/142656 (2026-09-08)
 *   monthly        "…your monthly usage limit for this billing cycle": https://github.com/can1357/oh-my-pi/pull/11827 (2026-09-12);
 *                  429 "You've reached kimi monthly usage limit": Kimi Code error reference (above), 2026-12-03
 *   this period    429 "You've reached your usage limit for this period": Kimi Code error reference, 2026-12-03
 *   5-hour         not confirmed from a captured answer. Kimi Code has a rolling 5-hour window
 *                  (https://github.com/getpaseo/paseo/issues/3024, 2026-08-08) and its 403 covers that window too
 *                  (https://github.com/diegosouzapw/OmniRoute/pull/10058, 2026-08-11), so "5-hour"/"5 hour"/"five-hour"
 *                  beside "usage limit" is read conservatively as that window.
 * "Reached … usage limit" is required, so a sentence about a configured limit is not taken for a refusal.
 */
const QUOTA_TEXT = /reached (?:your |kimi )?[^.]{0,40}usage limit|quota will (?:be refreshed|reset)/i;

// First match wins: "monthly usage limit for this billing cycle" is the monthly window.
const WINDOWS: ReadonlyArray<[RegExp, QuotaWindow]> = [
  [/\b(?:5|five)[- ]?hours?\b/i, '5-hour'],
  [/\bweekly\b|\b(?:7|seven)[- ]day\b/i, 'weekly'],
  [/\bmonthly\b/i, 'monthly'],
  [/\bbilling cycle\b/i, 'billing-cycle'],
];

// Kimi's quota messages carry no time today ("…will reset when the current 7-day window ends"); an ISO time,
// as /coding/v1/usages gives it (resetTime), is surfaced if a future wording includes one.
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/;

/** The quota window a Kimi message says is used up, or undefined when it is not a quota message. */
export function kimiQuota(message: string): QuotaLimit | undefined {
  if (!QUOTA_TEXT.test(message)) return undefined;
  const kind = WINDOWS.find(([pattern]) => pattern.test(message))?.[1] ?? 'unspecified';
  const time = ISO_TIME.exec(message)?.[0];
  const resetsAt = time && !Number.isNaN(Date.parse(time)) ? new Date(time).toISOString() : undefined;
  return resetsAt ? { kind, resetsAt } : { kind };
}
