// The terminal report: grouped by category, one mark per check, remediation indented under each finding.
import { loadCatalog } from '../i18n/catalog';
import { COMMAND_INDENT } from '../i18n/render-kit';
import type { Category, CheckStatus, Lang } from '../core/types';
import type { Report, ReportCheck, ReportFinding } from '../report/types';
import { environmentRows } from './environment-rows';
import { ASCII_MARKS, UNICODE_MARKS, toAscii } from './marks';

export interface HumanOptions {
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  unicode: boolean;
  verbose: boolean;
  strict: boolean;
  notRun?: number;
}

const CATEGORY_ORDER: Category[] = ['install', 'config', 'network'];

type Paint = (s: string) => string;
/** The styles the report uses: chalk's, or for no colour at all, text as it is (what chalk does at level 0). */
interface Styles {
  bold: Paint & { underline: Paint };
  green: Paint;
  yellow: Paint;
  red: Paint;
  gray: Paint;
  cyan: Paint;
}

const same: Paint = (s) => s;
const PLAIN: Styles = { bold: Object.assign((s: string) => s, { underline: same }), green: same, yellow: same, red: same, gray: same, cyan: same };

export function renderHuman(report: Report, o: HumanOptions): string {
  const ui = loadCatalog(o.lang).ui;
  // chalk loads only when a human report is printed in colour (ansi-styles builds its tables at load: 0.3 ms).
  const c: Styles = o.colorLevel === 0 ? PLAIN : new (require('chalk') as typeof import('chalk')).Instance({ level: o.colorLevel });
  const marks = o.unicode ? UNICODE_MARKS : ASCII_MARKS;
  const paint: Record<CheckStatus, (s: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, skip: c.gray };
  const style = { ...o, styles: c };
  const lines: string[] = [c.bold(`${ui.reportTitle}${ui.titleVersion(report.tool.version)}`), ''];

  for (const category of CATEGORY_ORDER) {
    const checks = report.checks.filter((k) => k.category === category);
    if (checks.length === 0) continue;
    lines.push(c.bold.underline(ui.categories[category]));
    for (const check of checks) lines.push(...renderCheck(check, style, marks, paint));
    lines.push('');
  }

  lines.push(c.bold(ui.environment));
  lines.push(environmentTable(report, o));
  lines.push('');
  lines.push(closingLine(report, o, marks, paint));
  const text = lines.join('\n') + '\n';
  return o.unicode ? text : toAscii(text);
}

type Styled = HumanOptions & { styles: Styles };

function renderCheck(
  check: ReportCheck,
  o: Styled,
  marks: Record<CheckStatus, string>,
  paint: Record<CheckStatus, (s: string) => string>,
): string[] {
  const c = o.styles;
  const ui = loadCatalog(o.lang).ui;
  // Chinese takes full-width brackets and colons: “（12 毫秒）”, “详情：”.
  const timing = o.verbose ? c.gray(o.lang === 'zh' ? `  （${ui.timing(check.durationMs)}）` : `  (${ui.timing(check.durationMs)})`) : '';
  const out = [`  ${paint[check.status](marks[check.status])} ${check.title} ${c.gray(`[${check.id}]`)}${timing}`];
  // Info findings of a passing check are the one-line "what was found"; problems come first otherwise.
  const findings = [...check.findings].sort((a, b) => rank(a) - rank(b));
  for (const f of findings) out.push(...renderFinding(f, o));
  if (o.verbose && check.crash?.stack) {
    out.push(c.gray(`      ${ui.crashDetails}${o.lang === 'zh' ? '：' : ':'}`));
    for (const l of check.crash.stack.split('\n').slice(0, 12)) out.push(c.gray(`        ${l.trim()}`));
  }
  return out;
}

const rank = (f: ReportFinding) => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);

function renderFinding(f: ReportFinding, o: Styled): string[] {
  const c = o.styles;
  const colour = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.gray;
  const bullet = o.unicode ? '•' : '*';
  const out = indentBlock(f.message, `      `).map((l, i) => (i === 0 ? `    ${colour(bullet)} ${l.trimStart()}` : l));
  if (f.remediation) {
    const arrow = o.unicode ? '→' : '->';
    const lines = f.remediation.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith(COMMAND_INDENT)) out.push(`        ${c.cyan(line.slice(COMMAND_INDENT.length))}`);
      else out.push(i === 0 ? `      ${c.bold(arrow)} ${line}` : `        ${line}`);
    });
  }
  return out;
}

function indentBlock(text: string, indent: string): string[] {
  return text.split('\n').map((l) => indent + l);
}

function environmentTable(report: Report, o: HumanOptions): string {
  // cli-table3 is loaded only when a human report is actually printed.
  const Table = require('cli-table3') as typeof import('cli-table3');
  const ascii = { top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+', left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|' };
  // No rule between rows: the table is a list of facts, not a grid.
  const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const table = new Table({ style: { head: [], border: [] }, chars: { ...(o.unicode ? {} : ascii), ...compact } });
  for (const [label, value] of environmentRows(report.environment, o.lang, report.tool.version)) table.push([label, value]);
  return table.toString();
}

function closingLine(
  report: Report,
  o: HumanOptions,
  marks: Record<CheckStatus, string>,
  paint: Record<CheckStatus, (s: string) => string>,
): string {
  const ui = loadCatalog(o.lang).ui;
  const { fail, warn, pass } = report.summary;
  if (fail > 0 || (o.strict && warn > 0)) return paint.fail(`${marks.fail} ${ui.verdictProblems(fail, warn, o.strict)}`);
  if (warn > 0) return paint.warn(`${marks.warn} ${ui.verdictWarningsOnly(warn)}`);
  // Only a run of every check, none skipped, may say that Claude Code is ready.
  const unchecked = (o.notRun ?? 0) + report.summary.skip;
  if (unchecked > 0) return paint.pass(`${marks.pass} ${ui.verdictSelectedPassed(pass, unchecked)}`);
  return paint.pass(`${marks.pass} ${ui.verdictAllPassed(pass)}`);
}
