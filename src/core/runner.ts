// Starts every check at once, bounds each by its budget, and turns throws and hangs into results.
import { plainRecord } from './plain-data';
import { statusOf } from './status';
import { Deadlines } from './deadlines';
import { error } from './define-check';
import { withLazySignal } from './lazy-signal';
import type { CheckDefinition, CheckOutcome, CheckResult, Context, Finding, RunOptions } from './types';

export const LOCAL_BUDGET_MS = 8000;

export interface RunnerHooks {
  /** Called as each check settles (in completion order), for progress display. */
  onSettled?: (result: CheckResult, pending: readonly string[]) => void;
  /** Monotonic milliseconds; injectable for tests. */
  now?: () => number;
}

export function budgetFor(check: CheckDefinition, options: RunOptions): number {
  if (check.budgetMs) return check.budgetMs(options);
  return check.category === 'network' ? 3 * options.timeoutMs + 2000 : LOCAL_BUDGET_MS;
}

/** Results come back in registration order, whatever order the checks finish in. */
export async function runChecks(
  checks: readonly CheckDefinition[],
  baseContext: Omit<Context, 'signal'>,
  hooks: RunnerHooks = {},
): Promise<CheckResult[]> {
  // hrtime, not performance.now(): the global `performance` loads perf_hooks on first use.
  const now = hooks.now ?? (() => Number(process.hrtime.bigint()) / 1e6);
  const pending = new Set(checks.map((c) => c.id));
  // One deadline per budget, shared by the checks that have it (they all start together), and set only for checks
  // still running after the first turn of the event loop.
  const deadlines = new Deadlines();
  try {
    return await Promise.all(
      checks.map(async (check) => {
        const result = await runOne(check, baseContext, now, deadlines);
        pending.delete(check.id);
        hooks.onSettled?.(result, [...pending]);
        return result;
      }),
    );
  } finally {
    deadlines.clear();
  }
}

async function runOne(check: CheckDefinition, base: Omit<Context, 'signal'>, now: () => number, deadlines: Deadlines): Promise<CheckResult> {
  const { ctx, abort } = withLazySignal(base);
  const started = now();
  const budget = budgetFor(check, base.options);
  let outcome: CheckOutcome;
  let crash: CheckResult['crash'];
  try {
    const skip = check.appliesTo?.(ctx);
    if (skip) {
      outcome = skip;
    } else {
      // A check that never settles must not keep the report waiting.
      const raced = await Promise.race([Promise.resolve().then(() => check.run(ctx)), deadlines.after(budget)]);
      if (raced === 'timeout') {
        abort();
        outcome = { findings: [error('internal.timeout', { seconds: Math.round(budget / 100) / 10 })] };
      } else {
        outcome = validOutcome(raced) ? plainOutcome(raced) : { findings: [error('internal.malformed-result')] };
      }
    }
  } catch (thrown) {
    const e = thrown instanceof Error ? thrown : new Error(String(thrown));
    crash = { message: e.message, stack: e.stack };
    outcome = { findings: [error('internal.crash', { error: e.message })] };
  }
  const findings: Finding[] = outcome.findings;
  return {
    id: check.id,
    title: check.title,
    category: check.category,
    status: statusOf(findings, outcome.skipped === true),
    durationMs: Math.max(0, Math.round(now() - started)),
    findings,
    data: outcome.data ?? {},
    ...(crash ? { crash } : {}),
  };
}

/** Data and values made JSON-safe, so no renderer can fail on what a check returned. */
function plainOutcome(o: CheckOutcome): CheckOutcome {
  return {
    ...o,
    findings: o.findings.map((f) => (f.values ? { ...f, values: plainRecord(f.values) } : f)),
    ...(o.data ? { data: plainRecord(o.data) } : {}),
  };
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function validOutcome(value: unknown): value is CheckOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Partial<CheckOutcome>;
  if (!Array.isArray(o.findings)) return false;
  if (o.data !== undefined && (typeof o.data !== 'object' || o.data === null || Array.isArray(o.data))) return false;
  return o.findings.every(
    (f) => typeof f === 'object' && f !== null && typeof f.code === 'string' && SEVERITIES.has(f.severity),
  );
}
