// Turns check results into the report: wording from the catalogue, in the user's language and shell.
import { loadCatalog, type Catalog, type MessageEntry } from '../i18n/catalog';
import { createRenderKit, type RenderKit } from '../i18n/render-kit';
import type { StartupLines } from '../shell/env-commands';
import { isoTimestamp } from '../core/iso-time';
import { overallStatus, summarize } from '../core/status';
import type { CheckResult, Finding, Lang, Platform, Shell } from '../core/types';
import type { EnvironmentInfo, Report, ReportFinding } from './types';

export interface BuildOptions {
  lang: Lang;
  shell: Shell;
  platform: Platform;
  homeDir: string;
  generatedAt: Date;
  doctorVersion: string;
  verbose: boolean;
  /** The start-up file lines that set variables: advice then changes those lines instead of adding more. */
  startup?: StartupLines;
}

export function buildReport(results: readonly CheckResult[], environment: EnvironmentInfo, o: BuildOptions): Report {
  const catalog = loadCatalog(o.lang);
  const kit = createRenderKit({ lang: o.lang, shell: o.shell, platform: o.platform, homeDir: o.homeDir, ui: catalog.ui, startup: o.startup });
  const summary = summarize(results);
  return {
    schemaVersion: 1,
    tool: { name: 'kimi-claude', version: o.doctorVersion },
    generatedAt: isoTimestamp(o.generatedAt),
    status: overallStatus(summary),
    summary,
    environment,
    checks: results.map((r) => ({
      id: r.id,
      title: o.lang === 'en' ? r.title : catalog.titles[r.id] ?? r.title,
      category: r.category,
      status: r.status,
      durationMs: r.durationMs,
      findings: r.findings.map((f) => renderFinding(f, catalog, kit)),
      data: r.data,
      ...(o.verbose && r.crash ? { crash: r.crash } : {}),
    })),
  };
}

export function renderFinding(f: Finding, catalog: Catalog, kit: RenderKit): ReportFinding {
  const entry: MessageEntry | undefined = catalog.findings[f.code];
  const values = f.values ?? {};
  if (!entry) {
    // A code without wording is a bug (the completeness test guards it); still say something useful.
    return { code: f.code, severity: f.severity, message: f.code, remediation: null };
  }
  try {
    return {
      code: f.code,
      severity: f.severity,
      message: entry.message(values, kit),
      remediation: entry.remediation ? entry.remediation(values, kit) : null,
    };
  } catch {
    // Values that do not fit the template (a check's bug) must not take the whole report down.
    return { code: f.code, severity: f.severity, message: `${f.code} ${safeJson(values)}`, remediation: null };
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v).slice(0, 500);
  } catch {
    return '';
  }
}
