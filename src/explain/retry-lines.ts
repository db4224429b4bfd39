// Claude Code's interactive retry lines ("API error · Retrying in 6s · attempt 5/10"): noise for the diagnosis,
// but they say how long the user already waited and how many attempts are configured.
export interface RetryInfo {
  /** Highest attempt number seen. */
  attempt: number;
  /** Attempts Claude Code will make in all (10 unless CLAUDE_CODE_MAX_RETRIES is set). */
  maxAttempts: number;
  /** The last wait it announced, in seconds. */
  lastDelaySeconds: number;
}

// Two forms: "API error · Retrying in 6s · attempt 5/10" and "API Error (429 …) · Retrying in 1 seconds… (attempt 1/10)".
// The middle dot is often mangled by terminals and copy-paste, so any short run of punctuation is accepted.
const RETRY_PART = /\W{0,4}Retrying in\s+(\d+(?:\.\d+)?)\s*s\w*\W{0,6}attempt\s+(\d+)\s*\/\s*(\d+)\W{0,3}/i;

export function readRetryLine(line: string): { attempt: number; maxAttempts: number; delaySeconds: number } | null {
  const m = RETRY_PART.exec(line);
  if (!m) return null;
  return { delaySeconds: Number(m[1]), attempt: Number(m[2]), maxAttempts: Number(m[3]) };
}

/** What a retry line says besides the retry itself ("API Error (429 …)"), or '' for the bare form. */
export function withoutRetryPart(line: string): string {
  const rest = line.replace(RETRY_PART, '').trim();
  return /^API error\W*$/i.test(rest) ? '' : rest;
}

export function mergeRetries(lines: readonly string[]): RetryInfo | undefined {
  let info: RetryInfo | undefined;
  for (const line of lines) {
    const r = readRetryLine(line);
    if (!r) continue;
    if (!info || r.attempt >= info.attempt) info = { attempt: r.attempt, maxAttempts: r.maxAttempts, lastDelaySeconds: r.delaySeconds };
  }
  return info;
}

export { retryWaitSeconds } from '../claude-code/retries';
