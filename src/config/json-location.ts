// JSON.parse's messages differ between Node versions and often lack a position, so the position of
// the first error is found by the project's own scanner (src/core/json-tree.ts), and the likely cause is read
// from around it.
import { JsonSyntaxError, parseJsonTree } from '../core/json-tree';

export type JsonErrorCause =
  | 'empty'
  | 'bom'
  | 'trailing-comma'
  | 'comment'
  | 'smart-quotes'
  | 'full-width'
  | 'single-quotes'
  | 'unquoted-key'
  | 'missing-comma'
  | 'truncated'
  | 'unknown';

export interface JsonProblem {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  offset: number;
  cause: JsonErrorCause;
  /** The character found there, or '' at the end of the text. */
  found: string;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

export function parseJsonWithLocation(text: string): JsonParse {
  try {
    if (text.charCodeAt(0) !== 0xfeff) return { ok: true, value: JSON.parse(text) };
  } catch {
    // Located below.
  }
  const offset = firstErrorOffset(text);
  return { ok: false, problem: describe(text, offset) };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const SMART_QUOTES = new Set(['\u201c', '\u201d', '\u2018', '\u2019', '\u300c', '\u300d']);
const FULL_WIDTH = /[\uff01-\uff5e\u3000\u3001\u3002]/;

function describe(text: string, offset: number): JsonProblem {
  const { line, column } = lineAndColumn(text, offset);
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : '';
  return { line, column, offset, cause: causeAt(text, offset, found), found };
}

function causeAt(text: string, offset: number, found: string): JsonErrorCause {
  if (text.trim() === '' || text.trim() === '\ufeff') return 'empty';
  if (found === '\ufeff') return 'bom';
  if (found === '') return 'truncated';
  if (found === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) return 'comment';
  if (found === '#') return 'comment';
  if (SMART_QUOTES.has(found)) return 'smart-quotes';
  if (FULL_WIDTH.test(found)) return 'full-width';
  if (found === "'") return 'single-quotes';
  const before = previousSignificant(text, offset);
  if ((found === '}' || found === ']') && before === ',') return 'trailing-comma';
  if (/[A-Za-z_$]/.test(found) && (before === '{' || before === ',')) return 'unquoted-key';
  if ((found === '"' || found === '{' || found === '[') && before !== undefined && /["\d}\]el]/.test(before)) return 'missing-comma';
  return 'unknown';
}

function previousSignificant(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return undefined;
}

/** Where the first error is, by the same strict scanner --fix edits with (a BOM counts as an error, as for JSON.parse). */
function firstErrorOffset(text: string): number {
  try {
    parseJsonTree(text, { bom: 'error', maxDepth: 500 });
    return text.length;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e.offset;
    throw e;
  }
}
