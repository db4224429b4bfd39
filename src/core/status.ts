// Status and exit code are derived, never set by hand.
import type { CheckResult, CheckStatus, Finding } from './types';

export function statusOf(findings: readonly Finding[], skipped: boolean): CheckStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return skipped ? 'skip' : 'pass';
}

export interface Summary {
  pass: number;
  warn: number;
  fail: number;
  skip: number;
}

export function summarize(results: readonly CheckResult[]): Summary {
  const summary: Summary = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) summary[r.status] += 1;
  return summary;
}

export function overallStatus(summary: Summary): 'pass' | 'warn' | 'fail' {
  if (summary.fail > 0) return 'fail';
  if (summary.warn > 0) return 'warn';
  return 'pass';
}

/** 0: nothing failed; 1: a check failed (or warned, with --strict). Usage and internal errors (2) are the CLI's. */
export function exitCodeFor(summary: Summary, strict: boolean): 0 | 1 {
  if (summary.fail > 0) return 1;
  if (strict && summary.warn > 0) return 1;
  return 0;
}
