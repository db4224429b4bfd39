// What can be told about a key without sending it anywhere: its kind, placeholder text, stray characters,
// and whether its prefix fits the host. Positions are reported instead of the key itself.
import { asciiLower } from '../core/ascii-case';
import { isQuote, leadingQuotes, stripQuotes } from '../core/quotes';
import { redactKey } from '../core/redact-key';
import type { Region } from './base-url-analysis';
import { codePointLabel } from './lookalikes';

export type KeyKind = 'moonshot' | 'kimi-code' | 'anthropic' | 'placeholder' | 'unknown';

export type KeyProblem =
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  /** typographic: one of the quotes is not ASCII (“ ” ‘ ’ ＂), which Claude Code refuses to send at all. */
  | { kind: 'quoted'; where: 'start' | 'end' | 'both'; typographic: boolean }
  /** "Bearer sk-…": the header's scheme pasted with the key; Claude Code adds its own. */
  | { kind: 'bearer-prefix' }
  /** Claude Code trims these, so the request still works; other tools may not. */
  | { kind: 'outer-whitespace'; where: 'start' | 'end' | 'both'; lineBreak: boolean }
  | { kind: 'inner-whitespace'; position: number; lineBreak: boolean }
  | { kind: 'non-ascii'; position: number; codePoint: string; what: 'bom' | 'invisible' | 'full-width' | 'other' }
  | { kind: 'too-short'; length: number }
  | { kind: 'anthropic-key-on-kimi'; region: Region }
  | { kind: 'kimi-code-key-on-platform'; region: Region }
  | { kind: 'platform-key-on-kimi-code' }
  | { kind: 'unknown-prefix' };

export interface KeyAnalysis {
  kind: KeyKind;
  redacted: string;
  problems: KeyProblem[];
}

/** Moonshot keys are about 50 characters; nothing real is shorter than this. */
export const MIN_KEY_LENGTH = 24;

/** Tested on the key with its ASCII letters lower-cased, so that they match in any case (src/core/ascii-case.ts). */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /x{4,}/,
  /\.{3}|…/,
  /你的|您的|密钥|示例|替换/,
  /<[^>]*>|\{\{|\$\{/,
  /your[\s_-]*(api[\s_-]*)?(key|token)/,
];
/** A whole key that is only one of these words, with or without `sk-` (lower-cased as above). */
const PLACEHOLDER_WORDS = new Set([
  'apikey', 'api_key', 'api-key', 'key', 'token',
  'changeme', 'placeholder', 'test', 'example', 'dummy', 'todo', 'none', 'null', 'undefined',
]);

function isPlaceholder(lowerKey: string): boolean {
  return PLACEHOLDER_PATTERNS.some((p) => p.test(lowerKey)) || PLACEHOLDER_WORDS.has(lowerKey.startsWith('sk-') ? lowerKey.slice(3) : lowerKey);
}

export function analyzeKey(raw: string, region: Region | null): KeyAnalysis {
  const problems: KeyProblem[] = [];
  const key = asciiTrim(raw);
  if (key === '') return { kind: 'placeholder', redacted: '…', problems: [{ kind: 'empty' }] };

  if (key !== raw) {
    const start = /^[ \t\r\n]/.test(raw);
    const end = /[ \t\r\n]$/.test(raw);
    problems.push({ kind: 'outer-whitespace', where: start && end ? 'both' : start ? 'start' : 'end', lineBreak: /[\r\n]/.test(raw) });
  }
  const startsQuoted = isQuote(key[0]);
  const endsQuoted = isQuote(key[key.length - 1]);
  let core = stripQuotes(key);
  const opening = leadingQuotes(key);
  if (startsQuoted || endsQuoted) {
    const quotes = key.slice(0, opening) + key.slice(opening + core.length);
    const typographic = [...quotes].some((q) => q > '\x7f');
    problems.push({ kind: 'quoted', where: startsQuoted && endsQuoted ? 'both' : startsQuoted ? 'start' : 'end', typographic });
  }

  let offset = raw.indexOf(key) + opening;
  const bearer = /^bearer[ \t]+/.exec(asciiLower(core));
  if (bearer) {
    problems.push({ kind: 'bearer-prefix' });
    core = core.slice(bearer[0].length);
    offset += bearer[0].length;
  }
  let position = offset;
  for (const ch of core) {
    position += 1;
    if (/\s/.test(ch) && ch.charCodeAt(0) < 0x80) problems.push({ kind: 'inner-whitespace', position, lineBreak: ch === '\n' || ch === '\r' });
    // Control characters are ASCII, but no header may carry them: the request fails before it is sent.
    else if (ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20) problems.push({ kind: 'non-ascii', position, codePoint: codePointLabel(ch), what: describeChar(ch) });
  }

  const placeholder = isPlaceholder(asciiLower(core));
  if (placeholder) problems.push({ kind: 'placeholder' });
  const kind: KeyKind = placeholder ? 'placeholder' : kindOf(core);
  if (!placeholder && core.length < MIN_KEY_LENGTH) problems.push({ kind: 'too-short', length: core.length });
  if (!placeholder) problems.push(...prefixProblems(kind, region));
  return { kind, redacted: redactKey(core), problems };
}

export function kindOf(key: string): KeyKind {
  if (key.startsWith('sk-ant-')) return 'anthropic';
  if (key.startsWith('sk-kimi-')) return 'kimi-code';
  if (key.startsWith('sk-')) return 'moonshot';
  return 'unknown';
}

function prefixProblems(kind: KeyKind, region: Region | null): KeyProblem[] {
  if (region === null || region === 'custom') return [];
  if (kind === 'anthropic') return [{ kind: 'anthropic-key-on-kimi', region }];
  if (kind === 'kimi-code' && region !== 'kimi-code') return [{ kind: 'kimi-code-key-on-platform', region }];
  if (kind === 'moonshot' && region === 'kimi-code') return [{ kind: 'platform-key-on-kimi-code' }];
  if (kind === 'unknown') return [{ kind: 'unknown-prefix' }];
  return [];
}

/** Claude Code trims ASCII whitespace only: a BOM or NBSP at the edge is sent (FACTS.md). */
export function asciiTrim(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

function describeChar(ch: string): 'bom' | 'invisible' | 'full-width' | 'other' {
  if (ch === '\ufeff') return 'bom';
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\u00a0\u00ad\u2000-\u200a\u202f\u205f\u3000]/.test(ch)) return 'invisible';
  if (/[\uff01-\uff5e]/.test(ch)) return 'full-width';
  return 'other';
}
