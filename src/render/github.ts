// GitHub Actions workflow commands: one ::error / ::warning annotation per finding, then a one-line verdict.
// The Markdown report goes to $GITHUB_STEP_SUMMARY (written by the CLI, which owns file I/O).
import type { Report } from '../report/types';

export interface GithubOptions {
  strict: boolean;
}

export function renderGithub(report: Report, o: GithubOptions): string {
  const lines: string[] = [];
  for (const c of report.checks) {
    for (const f of c.findings) {
      if (f.severity === 'info') continue;
      const level = f.severity === 'error' || o.strict ? 'error' : 'warning';
      const message = f.remediation ? `${f.message}\n\n${f.remediation}` : f.message;
      lines.push(`::${level} title=${property(`kimi-claude ${c.id}: ${f.code}`)}::${data(message)}`);
    }
  }
  const s = report.summary;
  lines.push(`kimi-claude doctor: ${report.status} (pass ${s.pass}, warn ${s.warn}, fail ${s.fail}, skip ${s.skip})`);
  return lines.join('\n') + '\n';
}

// Escaping as the runner's command parser expects it.
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
