// An Explanation as text: human (default), JSON or Markdown. Pure; redaction happens in the caller.
import type { Chalk } from 'chalk';
import type { Lang } from '../core/types';
import { explainUiFor, type Explanation } from '../explain';
import type { ExplainFormat } from './explain-formats';

export interface ExplainRenderOptions {
  lang: Lang;
  chalk: Chalk;
}

/** Chinese text takes full-width punctuation around its labels: “（把握：高）”, “识别出的行：…”. */
const punctuation = (lang: Lang) =>
  lang === 'zh' ? { colon: '：', open: '（', close: '）', list: '、' } : { colon: ': ', open: '(', close: ')', list: ', ' };

/**
 * The verdict's name in the user's language, then its stable id where the two differ: “欠费或额度用尽 [billing]”
 * (Markdown: “欠费或额度用尽 `billing`”). English names are the ids: “billing”, “`billing`”.
 */
const named = (lang: Lang, verdict: string, format: 'human' | 'markdown') => {
  const name = (explainUiFor(lang).verdictNames as Record<string, string>)[verdict] ?? verdict;
  if (format === 'markdown') return name === verdict ? `\`${verdict}\`` : `${name} \`${verdict}\``;
  return name === verdict ? verdict : `${name} [${verdict}]`;
};

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => (l.startsWith('    ') ? l : '  ' + l))
    .join('\n');

function renderHuman(e: Explanation, o: ExplainRenderOptions): string {
  const ui = explainUiFor(o.lang);
  const p = punctuation(o.lang);
  const c = o.chalk;
  if (!e.recognised) {
    const lines = [c.yellow(`? ${ui.unrecognised}`)];
    if (e.guesses.length) lines.push(`${ui.closestGuesses}${p.colon}${e.guesses.map((g) => named(o.lang, g, 'human')).join(p.list)}`);
    lines.push(ui.runDoctor);
    return lines.join('\n') + '\n';
  }
  const head = `${c.red.bold(`✗ ${named(o.lang, e.verdict ?? '', 'human')}`)}  ${c.dim(`${p.open}${ui.confidence}${p.colon}${ui.confidenceLevels[e.confidence ?? 'low']}${p.close}`)}`;
  const out = [head, c.dim(`${ui.matched}${p.colon}${e.matched}`), ''];
  const section = (title: string, body: string | null) => {
    if (body) out.push(c.bold(title), indent(body), '');
  };
  section(ui.cause, e.cause);
  const did = [e.claudeCodeDid, e.retried ? ui.retriedOnScreen(e.retried.attempt, e.retried.maxAttempts) : null].filter(Boolean).join(' ');
  section(ui.claudeCodeDid, did);
  section(ui.remedy, e.remediation);
  section(ui.confirm, `    ${e.confirmCommand}`);
  if (e.alternatives.length) out.push(c.dim(`${ui.alternatives}${p.colon}${e.alternatives.map((a) => named(o.lang, a, 'human')).join(p.list)}`));
  for (const seen of e.alsoSeen) out.push(c.dim(`${ui.alsoSeen}${p.colon}${named(o.lang, seen.verdict, 'human')} ${p.open}${seen.matched}${p.close}`));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function renderMarkdown(e: Explanation, o: ExplainRenderOptions): string {
  const ui = explainUiFor(o.lang);
  const p = punctuation(o.lang);
  if (!e.recognised) {
    return [`**${ui.unrecognised}**`, '', e.guesses.length ? `${ui.closestGuesses}${p.colon}${e.guesses.map((g) => named(o.lang, g, 'markdown')).join(p.list)}` : '', '', ui.runDoctor, '']
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
  const out = [`## ${named(o.lang, e.verdict ?? '', 'markdown')} ${p.open}${ui.confidence}${p.colon}${ui.confidenceLevels[e.confidence ?? 'low']}${p.close}`, '', `${ui.matched}${p.colon.trim()}`, '', '```', e.matched ?? '', '```', ''];
  if (e.cause) out.push(`### ${ui.cause}`, '', e.cause, '');
  if (e.claudeCodeDid) out.push(`### ${ui.claudeCodeDid}`, '', e.claudeCodeDid, '');
  if (e.remediation) out.push(`### ${ui.remedy}`, '', md(e.remediation), '');
  out.push(`### ${ui.confirm}`, '', '```', e.confirmCommand, '```', '');
  if (e.alternatives.length) out.push(`${ui.alternatives}${p.colon}${e.alternatives.map((a) => named(o.lang, a, 'markdown')).join(p.list)}`, '');
  return out.join('\n');
}

export const explainRenderers = {
  human: renderHuman,
  json: (e: Explanation) => JSON.stringify(e, null, 2) + '\n',
  markdown: renderMarkdown,
} satisfies Record<ExplainFormat, (e: Explanation, o: ExplainRenderOptions) => string>;
