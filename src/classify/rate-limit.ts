// Pulls the limit and the wait out of a rate-limit answer, from the message and the retry-after header.
import type { RateLimit, RateLimitKind } from './verdict';

const KIND_WORDS: Record<string, RateLimitKind> = { rpm: 'rpm', tpm: 'tpm', tpd: 'tpd', concurrency: 'concurrency' };

const toNumber = (digits: string) => Number(digits.replace(/,/g, ''));

/**
 * The limit a message names, e.g.
 *   "request reached organization max RPM: 3, please try again after 1 seconds"
 *   "…max organization concurrency: 1…"
 *   "…TPD rate limit, current: 1500213, limit: 1500000"
 */
export function parseRateLimit(message: string | null | undefined): RateLimit | undefined {
  if (!message) return undefined;
  const kindMatch = /\b(RPM|TPM|TPD|concurrency)\b/i.exec(message);
  if (!kindMatch) return undefined;
  const kind = KIND_WORDS[kindMatch[1].toLowerCase()];
  const currentAndLimit = /current\D{0,5}(\d[\d,]*)\D{1,12}limit\D{0,5}(\d[\d,]*)/i.exec(message);
  if (currentAndLimit) return { kind, value: toNumber(currentAndLimit[2]), current: toNumber(currentAndLimit[1]) };
  const limitOnly = /limit\s*[:=]\s*(\d[\d,]*)/i.exec(message);
  if (limitOnly) return { kind, value: toNumber(limitOnly[1]) };
  // "max RPM: 3": the first number after the kind word.
  const afterKind = /^\W{0,4}(\d[\d,]*)/.exec(message.slice(kindMatch.index + kindMatch[0].length));
  if (afterKind) return { kind, value: toNumber(afterKind[1]) };
  return undefined;
}

/** retry-after in seconds: delta-seconds or an HTTP date (then measured from nowMs). */
export function parseRetryAfter(header: string | undefined, nowMs?: number): number | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || nowMs === undefined) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** "please try again after 1 seconds": Moonshot's wait, when the header is absent. */
export function retryAfterFromMessage(message: string | null | undefined): number | undefined {
  const m = message ? /try again (?:after|in)\s+(\d+(?:\.\d+)?)\s*(?:s\b|sec|second)/i.exec(message) : null;
  return m ? Math.ceil(Number(m[1])) : undefined;
}
