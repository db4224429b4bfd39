// A JSON parser that remembers where every value sits in the text, so an edit can replace one span and leave
// every other byte (formatting, key order, number spelling, escapes) exactly as the user or Claude Code wrote it.

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

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Parses strict JSON (RFC 8259); a leading BOM is skipped, not part of the tree. */
export function parseJsonTree(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    // JSON.parse validates the escapes of one string; the whole text was validated before.
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseValue = (): JsonNode => {
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
        members.push({ key, start: keyStart, keyEnd, value: parseValue() });
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
        items.push(parseValue());
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
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected character');
    i += m![0].length;
    return { type: 'scalar', start, end: i, value: JSON.parse(m![0]) as number | boolean | null };
  };

  const root = parseValue();
  skip();
  if (i !== text.length) fail('unexpected text after the JSON value');
  return root;
}
