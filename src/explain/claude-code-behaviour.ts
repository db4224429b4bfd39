// What Claude Code did before it showed the line: the user often waited minutes for it. The retry facts live in
// src/claude-code/retries.ts; this maps what explain read onto them.
import type { Reading } from './reading';
import type { RetryInfo } from './retry-lines';
import { DEFAULT_MAX_RETRIES, isRetriedStatus, RETRIED_FAILURES, retryWaitSeconds } from '../claude-code/retries';

export type Behaviour =
  /** 401, 429, 5xx, connection errors and timeouts: retried with back-off, about 3 minutes by default. */
  | { kind: 'retried'; retries: number; waitSeconds: number; fromScreen: boolean }
  /** A 404 is retried once, without streaming. */
  | { kind: 'retried-once-without-streaming' }
  /** An HTTP answer Claude Code does not retry (400, 402, 403, a malformed 200). */
  | { kind: 'answered-once' }
  /** The request worked; the answer itself was the problem. */
  | { kind: 'request-succeeded' }
  /** Claude Code stopped before sending anything to the endpoint. */
  | { kind: 'no-request' }
  /** The first-start check against api.anthropic.com failed; the endpoint was never asked. */
  | { kind: 'onboarding-check' }
  /** The shell never found Claude Code at all. */
  | { kind: 'not-started' };


export function behaviourFor(r: Reading, retry: RetryInfo | undefined): Behaviour {
  switch (r.kind) {
    case 'command-not-found':
      return { kind: 'not-started' };
    case 'onboarding':
      return { kind: 'onboarding-check' };
    case 'invalid-url':
    case 'not-logged-in':
    case 'key-rejected-at-prompt':
    case 'auth-conflict':
      return { kind: 'no-request' };
    case 'output-token-limit':
      return { kind: 'request-succeeded' };
    case 'model-404':
      return { kind: 'retried-once-without-streaming' };
    default:
      return retriedOrNot(r, retry);
  }
}

function retriedOrNot(r: Reading, retry: RetryInfo | undefined): Behaviour {
  const status = r.classification?.httpStatus ?? null;
  const retriedStatus = status !== null && isRetriedStatus(status);
  const retriedFailure = status === null && RETRIED_FAILURES.has(r.verdict);
  // A line read without its status (a 429 message, a body) still came from a retried status when it is one of these.
  const retriedVerdict = status === null && ['rate-limited', 'overloaded', 'server-error'].includes(r.verdict);
  if (!retriedStatus && !retriedFailure && !retriedVerdict) return { kind: 'answered-once' };
  const retries = retry?.maxAttempts ?? DEFAULT_MAX_RETRIES;
  return { kind: 'retried', retries, waitSeconds: retryWaitSeconds(retries), fromScreen: retry !== undefined };
}
