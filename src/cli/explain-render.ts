// An Explanation as text: human (default), JSON or Markdown. Pure; redaction happens in the caller.
import type { Chalk } from 'chalk';
import type { Lang } from '../core/types';
import { explainUiFor, type Explanation } from '../explain';

export const EXPLAIN_FORMATS = ['human', 'json', 'markdown'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export interface ExplainRenderOptions {
  lang: Lang;
  chalk: Chalk;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => (l.startsWith('    ') ? l : '  ' + l))
    .join('\n');

function renderHuman(e: Explanation, o: ExplainRenderOptions): string {
  const ui = explainUiFor(o.lang);
  const c = o.chalk;
  if (!e.recognised) {
    const lines = [c.yellow(`? ${ui.unrecognised}`)];
    if (e.guesses.length) lines.push(`${ui.closestGuesses}: ${e.guesses.join(', ')}`);
    lines.push(ui.runDoctor);
    return lines.join('\n') + '\n';
  }
  const head = `${c.red.bold(`✗ ${e.verdict}`)}  ${c.dim(`(${ui.confidence}: ${ui.confidenceLevels[e.confidence ?? 'low']})`)}`;
  const out = [head, c.dim(`${ui.matched}: ${e.matched}`), ''];
  const section = (title: string, body: string | null) => {
    if (body) out.push(c.bold(title), indent(body), '');
  };
  section(ui.cause, e.cause);
  const did = [e.claudeCodeDid, e.retried ? ui.retriedOnScreen(e.retried.attempt, e.retried.maxAttempts) : null].filter(Boolean).join(' ');
  section(ui.claudeCodeDid, did);
  section(ui.remedy, e.remediation);
  section(ui.confirm, `    ${e.confirmCommand}`);
  if (e.alternatives.length) out.push(c.dim(`${ui.alternatives}: ${e.alternatives.join(', ')}`));
  for (const seen of e.alsoSeen) out.push(c.dim(`${ui.alsoSeen}: ${seen.verdict} (${seen.matched})`));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function renderMarkdown(e: Explanation, o: ExplainRenderOptions): string {
  const ui = explainUiFor(o.lang);
  if (!e.recognised) {
    return [`**${ui.unrecognised}**`, '', e.guesses.length ? `${ui.closestGuesses}: ${e.guesses.map((g) => `\`${g}\``).join(', ')}` : '', '', ui.runDoctor, '']
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n');
  }
  // Indented command lines become code blocks; prose stays prose.
  const md = (text: string) =>
    text
      .split('\n')
      .map((l) => (l.startsWith('    ') ? '```\n' + l.slice(4) + '\n```' : l))
      .join('\n')
      .replace(/\n```\n```\n/g, '\n');
  const out = [`## \`${e.verdict}\` (${ui.confidence}: ${ui.confidenceLevels[e.confidence ?? 'low']})`, '', `${ui.matched}:`, '', '```', e.matched ?? '', '```', ''];
  if (e.cause) out.push(`### ${ui.cause}`, '', e.cause, '');
  if (e.claudeCodeDid) out.push(`### ${ui.claudeCodeDid}`, '', e.claudeCodeDid, '');
  if (e.remediation) out.push(`### ${ui.remedy}`, '', md(e.remediation), '');
  out.push(`### ${ui.confirm}`, '', '```', e.confirmCommand, '```', '');
  if (e.alternatives.length) out.push(`${ui.alternatives}: ${e.alternatives.map((a) => `\`${a}\``).join(', ')}`, '');
  return out.join('\n');
}

export const explainRenderers = {
  human: renderHuman,
  json: (e: Explanation) => JSON.stringify(e, null, 2) + '\n',
  markdown: renderMarkdown,
} satisfies Record<ExplainFormat, (e: Explanation, o: ExplainRenderOptions) => string>;
