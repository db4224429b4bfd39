// JSON.parse's messages differ between Node versions and often lack a position, so the position of
// the first error is found by our own small scanner, and the likely cause is read from around it.

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

/** A strict JSON scanner (RFC 8259) that returns where the first error is, or text.length if it runs out. */
function firstErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const literal = (word: string) => {
    for (let j = 0; j < word.length; j++) if (text[i + j] !== word[j]) fail(i + j);
    i += word.length;
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail();
      i++;
    }
    fail(text.length);
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 500) fail();
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (e) {
    if (e instanceof Stop) return Math.min(e.at, text.length);
    throw e;
  }
}
