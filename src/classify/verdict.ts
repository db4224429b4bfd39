// The vocabulary every diagnosis is written in: live-probe's data.verdict and explain's answer.
// Pure data and pure functions: no I/O, no process, so any entry point can share it.

export const VERDICTS = [
  'ok',
  'auth',
  'billing',
  /** Kimi Code refused the client (its User-Agent), not the key. */
  'client-not-allowed',
  'rate-limited',
  'overloaded',
  'model-not-found',
  'endpoint-not-found',
  'bad-request',
  'server-error',
  'bad-response',
  'timeout',
  'dns',
  'connection-refused',
  'tls',
  'proxy',
  'network',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export type RateLimitKind = 'rpm' | 'tpm' | 'tpd' | 'concurrency';

/** The organisation limit a rate-limit message names; `current` only when the message gives it (TPD). */
export interface RateLimit {
  kind: RateLimitKind;
  value: number;
  current?: number;
}

/** The membership quota window a Kimi Code refusal names; 'unspecified' when the message names none. */
export type QuotaWindow = 'billing-cycle' | 'monthly' | 'weekly' | '5-hour' | 'unspecified';

/** A used-up membership quota (verdict billing); `resetsAt` (ISO time) only when the message gives one. */
export interface QuotaLimit {
  kind: QuotaWindow;
  resetsAt?: string;
}

/** What data.limit carries: an organisation rate limit (rate-limited) or a quota window (billing). */
export type Limit = RateLimit | QuotaLimit;

export function isRateLimit(limit: Limit | undefined): limit is RateLimit {
  return limit !== undefined && 'value' in limit;
}

export interface Classification {
  verdict: Verdict;
  /** null when no HTTP status arrived (dns, timeout, ...). */
  httpStatus: number | null;
  errorType: string | null;
  message: string | null;
  limit?: Limit;
  retryAfterSeconds?: number;
  /** For a 3xx: the host the endpoint tried to send the client (and so the key) to. */
  redirectHost?: string;
}

/** How a verdict counts in the report: the setup works when rate-limited or overloaded, so those only warn. */
export function verdictSeverity(verdict: Verdict): 'pass' | 'warn' | 'fail' {
  if (verdict === 'ok') return 'pass';
  if (verdict === 'rate-limited' || verdict === 'overloaded') return 'warn';
  return 'fail';
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}
