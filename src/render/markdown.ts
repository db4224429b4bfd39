// The Markdown report, for support tickets and GitHub issues: no ANSI, the home directory shown as ~.
import { loadCatalog } from '../i18n/catalog';
import { COMMAND_INDENT, withTilde } from '../i18n/render-kit';
import type { CheckStatus, Lang } from '../core/types';
import type { Report, ReportFinding } from '../report/types';
import { environmentRows } from './environment-rows';

export interface MarkdownOptions {
  lang: Lang;
  homeDir: string;
  verbose: boolean;
}

const ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

export function renderMarkdown(report: Report, o: MarkdownOptions): string {
  const ui = loadCatalog(o.lang).ui;
  const s = report.summary;
  const out: string[] = [
    `# ${ui.reportTitle}`,
    '',
    `kimi-claude ${report.tool.version} · ${report.generatedAt} · **${ui.status[report.status === 'warn' ? 'warn' : report.status]}** ` +
      `(${ICON.pass} ${s.pass} · ${ICON.warn} ${s.warn} · ${ICON.fail} ${s.fail} · ${ICON.skip} ${s.skip})`,
    '',
    `## ${ui.environment}`,
    '',
    '| | |',
    '|---|---|',
    ...environmentRows(report.environment, o.lang, report.tool.version).map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
    '',
    `## ${ui.checks}`,
    '',
    `| ${ui.check} | ${ui.result} |${o.verbose ? ' ms |' : ''}`,
    `|---|---|${o.verbose ? '---|' : ''}`,
    ...report.checks.map(
      (c) => `| ${cell(c.title)} (\`${c.id}\`) | ${ICON[c.status]} ${ui.status[c.status]} |${o.verbose ? ` ${c.durationMs} |` : ''}`,
    ),
  ];
  const notPassing = report.checks.filter((c) => c.status === 'fail' || c.status === 'warn' || (o.verbose && c.findings.length > 0));
  if (notPassing.length > 0) {
    out.push('', `## ${ui.details}`);
    for (const c of notPassing) {
      out.push('', `### ${ICON[c.status]} ${c.title} (\`${c.id}\`)`, '');
      for (const f of c.findings) out.push(...finding(f));
      if (o.verbose && c.crash?.stack) out.push('', '```', c.crash.stack, '```');
    }
  }
  return withTilde(out.join('\n') + '\n', o.homeDir);
}

function finding(f: ReportFinding): string[] {
  const out = [`- **${f.severity}** \`${f.code}\`: ${f.message.replace(/\n/g, ' ')}`];
  if (!f.remediation) return out;
  let inCode = false;
  for (const line of f.remediation.split('\n')) {
    const isCommand = line.startsWith(COMMAND_INDENT);
    if (isCommand && !inCode) out.push('  ```');
    if (!isCommand && inCode) out.push('  ```');
    inCode = isCommand;
    out.push(isCommand ? `  ${line.slice(COMMAND_INDENT.length)}` : `  ${line}`);
  }
  if (inCode) out.push('  ```');
  return out;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
