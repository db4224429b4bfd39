// The one JSON scanner of the project. It remembers where every value sits in the text, so --fix can replace one
// span and leave every other byte as the user (or Claude Code) wrote it, and it stops at the exact offset of the
// first error, so the claude-json check can name the line and column whatever Node's JSON.parse message says.

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'scalar'; start: number; end: number; value: string | number | boolean | null };

export interface JsonMember {
  key: string;
  /** Offset of the key's opening quote. */
  start: number;
  /** Offset just after the key's closing quote. */
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(`${message} at offset ${offset}`);
  }
}

export interface JsonTreeOptions {
  /** A leading byte-order mark: skipped (as when editing a file that has one), or an error at offset 0 (as JSON.parse). */
  bom?: 'skip' | 'error';
  /** Deeper nesting is an error instead of a stack overflow (100 000 nested arrays are valid JSON). */
  maxDepth?: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = '"\\/bfnrt';
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** Parses strict JSON (RFC 8259); throws JsonSyntaxError at the offset of the first error. */
export function parseJsonTree(text: string, options: JsonTreeOptions = {}): JsonNode {
  const maxDepth = options.maxDepth ?? 500;
  let i = options.bom !== 'error' && text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(Math.min(at, text.length), message);
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', text.length);
      const c = text[i];
      if (c === '"') break;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape', i + 2);
          i += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES.includes(e)) i += 2;
        else fail('bad escape', i + 1);
        continue;
      }
      if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    i++;
    // Every escape was checked above, so this cannot throw.
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseLiteral = (word: 'true' | 'false' | 'null', value: boolean | null): JsonNode => {
    const start = i;
    for (let j = 0; j < word.length; j++) if (text[i + j] !== word[j]) fail(`expected ${word}`, i + j);
    i += word.length;
    return { type: 'scalar', start, end: i, value };
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > maxDepth) fail(`nested deeper than ${maxDepth} levels`);
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: JsonMember[] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, members };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a key');
        const keyStart = i;
        const key = parseString();
        const keyEnd = i;
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        members.push({ key, start: keyStart, keyEnd, value: parseValue(depth + 1) });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, members };
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      const value = parseString();
      return { type: 'scalar', start, end: i, value };
    }
    if (c === 't') return parseLiteral('true', true);
    if (c === 'f') return parseLiteral('false', false);
    if (c === 'n') return parseLiteral('null', null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const m = NUMBER.exec(text.slice(i, i + 400));
      if (!m || m[0] === '-') fail('bad number');
      i += m![0].length;
      return { type: 'scalar', start, end: i, value: Number(m![0]) };
    }
    return fail(c === undefined ? 'unexpected end' : 'unexpected character');
  };

  const root = parseValue(0);
  skip();
  if (i !== text.length) fail('unexpected text after the JSON value');
  return root;
}
