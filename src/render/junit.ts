// JUnit XML: one test case per check, so any CI that reads test reports shows the doctor's verdicts.
import type { Report, ReportCheck, ReportFinding } from '../report/types';

export interface JunitOptions {
  strict: boolean;
}

export function renderJunit(report: Report, o: JunitOptions): string {
  const failing = (c: ReportCheck) => c.status === 'fail' || (o.strict && c.status === 'warn');
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = report.checks.reduce((sum, c) => sum + c.durationMs, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kimi-claude doctor" tests="${report.checks.length}" failures="${report.checks.filter(failing).length}" skipped="${report.summary.skip}" time="${seconds(total)}">`,
    `  <testsuite name="kimi-claude doctor" tests="${report.checks.length}" failures="${report.checks.filter(failing).length}" errors="0" skipped="${report.summary.skip}" time="${seconds(total)}" timestamp="${attr(report.generatedAt)}">`,
    `    <properties><property name="kimi-claude.version" value="${attr(report.tool.version)}"/></properties>`,
  ];
  for (const c of report.checks) {
    const open = `    <testcase classname="kimi-claude.${attr(c.category)}" name="${attr(`${c.id}: ${c.title}`)}" time="${seconds(c.durationMs)}"`;
    const body: string[] = [];
    const reason = c.status === 'skip' ? skipReason(c) : undefined;
    if (c.status === 'skip') body.push(`      <skipped message="${attr(reason?.message ?? '')}"/>`);
    else if (failing(c)) {
      const problems = c.findings.filter((f) => f.severity === 'error' || (o.strict && f.severity === 'warning'));
      const first = problems[0] ?? c.findings[0];
      body.push(
        `      <failure message="${attr(first?.message ?? c.status)}" type="${attr(first?.code ?? c.status)}">${text(problems.map(describe).join('\n\n'))}</failure>`,
      );
    }
    const notes = c.findings.filter((f) => f !== reason && !(failing(c) && (f.severity === 'error' || (o.strict && f.severity === 'warning'))));
    if (notes.length > 0) body.push(`      <system-out>${text(notes.map(describe).join('\n\n'))}</system-out>`);
    lines.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}

/** Why a check was skipped: the runner's skip.* finding (after what the check found locally, as with --offline), else its first finding. */
function skipReason(c: ReportCheck): ReportFinding | undefined {
  return c.findings.find((f) => f.code.startsWith('skip.')) ?? c.findings[0];
}

function describe(f: ReportFinding): string {
  return [`[${f.severity}] ${f.code}: ${f.message}`, f.remediation ?? ''].filter(Boolean).join('\n');
}

// XML 1.0 forbids most control characters even when escaped; drop them.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
