// The small vocabulary checks are written in.
import type { CheckDefinition, CheckOutcome, Finding, FindingCode, FindingValues } from './types';

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}

export const error = (code: FindingCode, values?: FindingValues): Finding => ({ code, severity: 'error', values });
export const warning = (code: FindingCode, values?: FindingValues): Finding => ({ code, severity: 'warning', values });
export const info = (code: FindingCode, values?: FindingValues): Finding => ({ code, severity: 'info', values });

/** An outcome for a check that does not apply here; the finding says why. */
export function skipped(code: FindingCode, values?: FindingValues, data?: Record<string, unknown>): CheckOutcome {
  return { findings: [info(code, values)], data, skipped: true };
}
