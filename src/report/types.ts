// The JSON report, schema version 1 (schema/report.schema.json). Field names are a contract with CI scripts.
import type { Category, CheckStatus, Severity } from '../core/types';
import type { FixReportEntry } from '../fix/describe';

export interface ReportFinding {
  code: string;
  severity: Severity;
  message: string;
  remediation: string | null;
}

export interface ReportCheck {
  id: string;
  title: string;
  category: Category;
  status: CheckStatus;
  durationMs: number;
  findings: ReportFinding[];
  data: Record<string, unknown>;
  /** Only with --verbose, for a check that crashed. */
  crash?: { message: string; stack?: string };
}

export interface VersionedPath {
  version: string | null;
  path: string | null;
}

export interface EnvironmentInfo {
  os: string | null;
  arch: string | null;
  node: VersionedPath | null;
  npm: VersionedPath | null;
  shell: string | null;
  claude: VersionedPath | null;
  installMethod: string | null;
  locale: string | null;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'kimi-claude'; version: string };
  generatedAt: string;
  status: 'pass' | 'warn' | 'fail';
  summary: { pass: number; warn: number; fail: number; skip: number };
  environment: EnvironmentInfo;
  checks: ReportCheck[];
  /** Only with --fix: what was repaired (or would be), and the status before the repairs. */
  fix?: FixSection;
}

/** The `fix` member of the JSON report. */
export interface FixSection {
  dryRun: boolean;
  applied: boolean;
  before: { status: Report['status']; summary: Report['summary']; checks: Array<{ id: string; status: CheckStatus }> };
  repairs: FixReportEntry[];
}
