// Reads ANTHROPIC_BASE_URL the way Claude Code will use it and names everything that would break it.
// Claude Code trims the value, removes one trailing slash and appends /v1/messages (FACTS.md).
import { editDistance } from './edit-distance';
import { asciiTrim } from './key-analysis';
import { codePointLabel, foldFullWidth, INVISIBLES, LOOKALIKES, OddChar, SMART_QUOTES } from './lookalikes';

import { KIMI_ROOTS, type KimiRegion } from '../core/endpoints';
import { URL_SCHEME } from '../core/url-scheme';

export { KIMI_ROOTS, type KimiRegion };
export type Region = KimiRegion | 'custom';

export const KIMI_HOSTS: Readonly<Record<string, KimiRegion>> = {
  'api.moonshot.cn': 'cn',
  'api.moonshot.ai': 'ai',
  'api.kimi.com': 'kimi-code',
};

export type WrongPathReason = 'openai-v1' | 'anthropic-v1' | 'messages' | 'missing-anthropic' | 'missing-coding' | 'other';

export type BaseUrlProblem =
  | { kind: 'empty' }
  | { kind: 'quoted'; quote: string }
  | { kind: 'whitespace'; where: 'start' | 'end' | 'both'; lineBreak: boolean }
  | { kind: 'lookalike'; chars: OddChar[] }
  | { kind: 'invisible'; chars: OddChar[] }
  | { kind: 'no-scheme' }
  | { kind: 'http' }
  | { kind: 'bad-scheme'; scheme: string }
  | { kind: 'host-typo'; host: string; expected: string }
  | { kind: 'moonshot-com'; host: string }
  | { kind: 'console-host'; host: string; expected: string }
  | { kind: 'wrong-path'; path: string; reason: WrongPathReason; expected: string }
  | { kind: 'double-slash'; path: string }
  | { kind: 'query'; part: string }
  | { kind: 'unparseable' };

export interface BaseUrlAnalysis {
  value: string;
  /** null when no region can be told (unparseable, api.moonshot.com). */
  region: Region | null;
  host: string | null;
  problems: BaseUrlProblem[];
  /** The corrected URL, whenever a fix can be inferred. */
  suggestedUrl: string | null;
}

const QUOTES = new Set(['"', "'", '`', ...Object.keys(SMART_QUOTES)]);
const HOMOGLYPHS: Readonly<Record<string, string>> = { а: 'a', е: 'e', о: 'o', с: 'c', р: 'p', і: 'i', ѕ: 's', ӏ: 'l' };

export function analyzeBaseUrl(value: string): BaseUrlAnalysis {
  const problems: BaseUrlProblem[] = [];
  const done = (region: Region | null, host: string | null, suggestedUrl: string | null): BaseUrlAnalysis => ({
    value,
    region,
    host,
    problems,
    suggestedUrl,
  });
  if (asciiTrim(value) === '') {
    problems.push({ kind: 'empty' });
    return done(null, null, null);
  }

  let s = asciiTrim(value);
  if (s !== value) {
    const start = /^[ \t\r\n]/.test(value);
    const end = /[ \t\r\n]$/.test(value);
    problems.push({ kind: 'whitespace', where: start && end ? 'both' : start ? 'start' : 'end', lineBreak: /[\r\n]/.test(value) });
  }
  const first = s[0];
  const last = s[s.length - 1];
  if (QUOTES.has(first) || QUOTES.has(last)) {
    problems.push({ kind: 'quoted', quote: QUOTES.has(first) ? first : last });
    while (s && QUOTES.has(s[0])) s = asciiTrim(s.slice(1));
    while (s && QUOTES.has(s[s.length - 1])) s = asciiTrim(s.slice(0, -1));
  }

  const { cleaned, lookalikes, invisibles } = cleanCharacters(s, value.indexOf(s));
  if (lookalikes.length) problems.push({ kind: 'lookalike', chars: lookalikes });
  if (invisibles.length) problems.push({ kind: 'invisible', chars: invisibles });

  let candidate = cleaned;
  // The name before "://", in lower case.
  const scheme = URL_SCHEME.exec(candidate)?.[0].slice(0, -3).toLowerCase();
  if (!scheme) {
    problems.push({ kind: 'no-scheme' });
    candidate = 'https://' + candidate.replace(/^[A-Za-z]+:\/*/, '').replace(/^\/+/, '');
  } else if (scheme !== 'https' && scheme !== 'http') {
    problems.push({ kind: 'bad-scheme', scheme });
    candidate = 'https://' + candidate.slice(scheme.length + 3);
  }

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    problems.push({ kind: 'unparseable' });
    return done(null, null, null);
  }
  const host = url.hostname.toLowerCase();
  const region = regionFor(host, problems);
  if (scheme === 'http' && (region !== 'custom' || !isLoopback(host))) problems.push({ kind: 'http' });
  // Reported after the path problems, which matter more.
  const query = url.search || url.hash || /[?#]/.test(candidate) ? `${url.search}${url.hash}` || (candidate.includes('?') ? '?' : '#') : null;

  const path = url.pathname;
  const oneSlashOff = path.endsWith('/') ? path.slice(0, -1) : path;
  if (oneSlashOff.includes('//') || oneSlashOff.endsWith('/')) problems.push({ kind: 'double-slash', path });
  const tidyPath = oneSlashOff.replace(/\/{2,}/g, '/').replace(/\/$/, '');

  if (region === null) {
    if (query) problems.push({ kind: 'query', part: query });
    return done(null, host, null);
  }
  if (region === 'custom') {
    if (/\/v1(\/messages)?$/.test(tidyPath)) {
      problems.push({ kind: 'wrong-path', path, reason: tidyPath.endsWith('/messages') ? 'messages' : 'anthropic-v1', expected: tidyPath.replace(/\/v1(\/messages)?$/, '') || '/' });
    }
    if (query) problems.push({ kind: 'query', part: query });
    const needsRebuild = problems.length > 0;
    const rebuilt = `${url.protocol === 'http:' && isLoopback(host) ? 'http:' : 'https:'}//${url.host}${tidyPath.replace(/\/v1(\/messages)?$/, '')}`;
    return done('custom', host, needsRebuild && rebuilt !== value ? rebuilt : null);
  }

  const wrong = pathProblem(region, tidyPath);
  if (wrong) problems.push({ kind: 'wrong-path', path, ...wrong });
  if (query) problems.push({ kind: 'query', part: query });
  return done(region, host, problems.length > 0 ? KIMI_ROOTS[region] : null);
}

/** More odd characters than this are not listed one by one (the message shows a few anyway). */
const MAX_ODD_CHARS = 32;

function cleanCharacters(s: string, startIndex: number): { cleaned: string; lookalikes: OddChar[]; invisibles: OddChar[] } {
  const lookalikes: OddChar[] = [];
  const invisibles: OddChar[] = [];
  // Printable ASCII has no lookalike, invisible or full-width character: skip the per-character walk, 0.08 ms on
  // the first (unoptimised) call, which every configured run pays.
  if (/^[\x20-\x7e]*$/.test(s)) return { cleaned: s, lookalikes, invisibles };
  // Runs of ordinary characters are copied as slices: building a megabyte-long value one character at a time
  // would cost about 100 MB of string pieces.
  const pieces: string[] = [];
  let runStart = 0;
  let index = 0;
  let position = Math.max(startIndex, 0);
  for (const ch of s) {
    position += 1;
    const replacement = LOOKALIKES[ch] ?? SMART_QUOTES[ch] ?? HOMOGLYPHS[ch] ?? foldFullWidth(ch);
    const invisible = replacement === undefined && INVISIBLES.test(ch);
    if (replacement !== undefined || invisible) {
      if (index > runStart) pieces.push(s.slice(runStart, index));
      if (replacement) pieces.push(replacement);
      runStart = index + ch.length;
      const list = invisible ? invisibles : lookalikes;
      if (list.length < MAX_ODD_CHARS) list.push({ char: ch, codePoint: codePointLabel(ch), position, replacement: replacement ?? '' });
    }
    index += ch.length;
  }
  pieces.push(s.slice(runStart));
  return { cleaned: pieces.join(''), lookalikes, invisibles };
}

function regionFor(host: string, problems: BaseUrlProblem[]): Region | null {
  // Own properties only: a host named "__proto__" or "constructor" must not find Object's.
  if (Object.prototype.hasOwnProperty.call(KIMI_HOSTS, host)) return KIMI_HOSTS[host];
  if (host === 'moonshot.com' || host.endsWith('.moonshot.com')) {
    problems.push({ kind: 'moonshot-com', host });
    return null;
  }
  // The consoles, old and new: platform.moonshot.cn/.ai moved to platform.kimi.com/.ai (src/network/moonshot-hosts.ts).
  const consoleHost = /^(?:(?:platform|www)\.)?moonshot\.(cn|ai)$/.exec(host) ?? /^platform\.kimi\.(com|ai)$/.exec(host);
  if (consoleHost) {
    const region: 'cn' | 'ai' = consoleHost[1] === 'ai' ? 'ai' : 'cn';
    problems.push({ kind: 'console-host', host, expected: `api.moonshot.${region}` });
    return region;
  }
  let best: { host: string; distance: number } | null = null;
  for (const known of Object.keys(KIMI_HOSTS)) {
    const distance = editDistance(host, known);
    if (distance > 0 && distance <= 2 && (!best || distance < best.distance)) best = { host: known, distance };
  }
  if (best) {
    problems.push({ kind: 'host-typo', host, expected: best.host });
    return KIMI_HOSTS[best.host];
  }
  return 'custom';
}

function pathProblem(region: KimiRegion, path: string): { reason: WrongPathReason; expected: string } | null {
  const expected = region === 'kimi-code' ? '/coding/' : '/anthropic';
  const root = region === 'kimi-code' ? '/coding' : '/anthropic';
  if (path === root) return null;
  if (path.startsWith(`${root}/v1`)) return { reason: path.endsWith('/messages') ? 'messages' : 'anthropic-v1', expected };
  if (region === 'kimi-code') return { reason: 'missing-coding', expected };
  if (path === '/v1' || path.startsWith('/v1/')) return { reason: 'openai-v1', expected };
  if (path === '') return { reason: 'missing-anthropic', expected };
  return { reason: 'other', expected };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '::1' || host === '0.0.0.0';
}
