// How Claude Code retries a failed request (FACTS.md, "Retries", measured on 2.1.197 and 2.1.332):
// 401, 429, 5xx, connection errors and timeouts are retried 10 times by default (CLAUDE_CODE_MAX_RETRIES), with a
// back-off from 0.5 s doubling to about 35 s, so about 3 minutes pass before the user sees anything; a 404 is
// retried once without streaming; 400, 402, 403 and a malformed 200 are answered once.
export const DEFAULT_MAX_RETRIES = 10;

/** Failures before any HTTP status that Claude Code retries. */
export const RETRIED_FAILURES: ReadonlySet<string> = new Set(['timeout', 'dns', 'connection-refused', 'tls', 'proxy', 'network']);

export function isRetriedStatus(status: number): boolean {
  return status === 401 || status === 429 || status >= 500;
}

/** Roughly how long the back-off takes over `attempts` retries. */
export function retryWaitSeconds(attempts: number): number {
  let total = 0;
  for (let i = 0; i < attempts; i++) total += Math.min(0.5 * 2 ** i, 35);
  return Math.round(total);
}
