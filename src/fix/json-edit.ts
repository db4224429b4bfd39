// Minimal edits to a JSON file: set or delete one path, changing only that span of text.
// Every other key, value, key order, number spelling, escape, BOM, line ending and indentation stays as it was.
import { JsonSyntaxError, parseJsonTree, type JsonMember, type JsonNode } from '../core/json-tree';

export type JsonPath = readonly string[];

export type JsonEdit = { op: 'set'; path: JsonPath; value: unknown } | { op: 'delete'; path: JsonPath };

export type EditResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: 'invalid-json' | 'not-an-object'; detail: string };

interface Style {
  /** One level of indentation, or null for a file written on one line. */
  unit: string | null;
  eol: string;
  /** What goes between a key and its value: ": " or ":". */
  separator: string;
}

const NEW_FILE_STYLE: Style = { unit: '  ', eol: '\n', separator: ': ' };

/** Parses as JSON.parse does (a BOM allowed), or explains why the file must not be rewritten. */
export function parseJsonText(text: string): { ok: true; value: unknown; tree: JsonNode } | { ok: false; detail: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(body);
    return { ok: true, value, tree: parseJsonTree(text) };
  } catch (e) {
    return { ok: false, detail: e instanceof JsonSyntaxError || e instanceof SyntaxError ? e.message : String(e) };
  }
}

function detectStyle(text: string, root: JsonNode): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const first = root.type === 'object' ? root.members[0] : undefined;
  if (!first) return { ...NEW_FILE_STYLE, eol };
  const between = text.slice(first.keyEnd, first.value.start);
  const separator = /:\s/.test(between) ? ': ' : ':';
  if (!/\r?\n/.test(text.slice(root.start, root.end))) return { unit: null, eol, separator };
  const indented = /\r?\n([ \t]+)\S/.exec(text);
  return { unit: indented ? indented[1] : '', eol, separator };
}

/** The whitespace that starts the line containing `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function serialize(value: unknown, style: Style, indent: string): string {
  if (style.unit === null) return JSON.stringify(value);
  return JSON.stringify(value, null, style.unit || 2).split('\n').join(style.eol + indent);
}

function memberText(key: string, value: unknown, style: Style, indent: string): string {
  return `${JSON.stringify(key)}${style.separator}${serialize(value, style, indent)}`;
}

/** The member JSON.parse would use: the last one with that key. */
function findMember(node: JsonNode, key: string): JsonMember | undefined {
  if (node.type !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i].key === key) return node.members[i];
  return undefined;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function insertMember(text: string, object: Extract<JsonNode, { type: 'object' }>, key: string, value: unknown, style: Style): string {
  const last = object.members[object.members.length - 1];
  if (last) {
    const indent = lineIndent(text, last.start);
    const gap = style.unit === null ? '' : style.eol + indent;
    return splice(text, last.value.end, last.value.end, `,${gap}${memberText(key, value, style, indent)}`);
  }
  if (style.unit === null) return splice(text, object.start + 1, object.end - 1, memberText(key, value, style, ''));
  const closing = lineIndent(text, object.start);
  const indent = closing + (style.unit || '  ');
  return splice(text, object.start + 1, object.end - 1, `${style.eol}${indent}${memberText(key, value, style, indent)}${style.eol}${closing}`);
}

function deleteMember(text: string, object: Extract<JsonNode, { type: 'object' }>, member: JsonMember): string {
  const index = object.members.indexOf(member);
  if (object.members.length === 1) return splice(text, object.start + 1, object.end - 1, '');
  if (index < object.members.length - 1) return splice(text, member.start, object.members[index + 1].start, '');
  return splice(text, object.members[index - 1].value.end, member.value.end, '');
}

function nestedValue(path: JsonPath, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

function applyOne(text: string, edit: JsonEdit, style: Style): EditResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid-json', detail: parsed.detail };
  let node = parsed.tree;
  for (let depth = 0; depth < edit.path.length; depth++) {
    if (node.type !== 'object') return { ok: false, reason: 'not-an-object', detail: `${edit.path.slice(0, depth).join('.') || 'the file'} is not an object` };
    const key = edit.path[depth];
    const member = findMember(node, key);
    const isLast = depth === edit.path.length - 1;
    if (edit.op === 'delete') {
      if (!member) return { ok: true, text, changed: false };
      if (isLast) return { ok: true, text: deleteMember(text, node, member), changed: true };
    } else if (!member) {
      return { ok: true, text: insertMember(text, node, key, nestedValue(edit.path.slice(depth + 1), edit.value), style), changed: true };
    } else if (isLast) {
      const current = text.slice(member.value.start, member.value.end);
      const next = serialize(edit.value, style, lineIndent(text, member.start));
      if (JSON.stringify(JSON.parse(current)) === JSON.stringify(edit.value)) return { ok: true, text, changed: false };
      return { ok: true, text: splice(text, member.value.start, member.value.end, next), changed: true };
    }
    node = member.value;
  }
  return { ok: false, reason: 'not-an-object', detail: 'empty path' };
}

/**
 * Applies the edits in order. `text` null means the file does not exist yet: it is created as an object.
 * JSON that does not parse is never touched; nor is a path that runs through a value that is not an object.
 */
export function applyJsonEdits(text: string | null, edits: readonly JsonEdit[]): EditResult {
  let current = text ?? '{}\n';
  const parsed = parseJsonText(current);
  if (!parsed.ok) return { ok: false, reason: 'invalid-json', detail: parsed.detail };
  const style = text === null ? NEW_FILE_STYLE : detectStyle(current, parsed.tree);
  let changed = false;
  for (const edit of edits) {
    if (edit.op === 'set' && JSON.stringify(edit.value) === undefined) throw new TypeError(`not a JSON value at ${edit.path.join('.')}`);
    const result = applyOne(current, edit, style);
    if (!result.ok) return result;
    current = result.text;
    changed ||= result.changed;
  }
  // A last guard: whatever happens above, a file is never written with text that does not parse.
  const check = parseJsonText(current);
  if (!check.ok) return { ok: false, reason: 'invalid-json', detail: `internal: edit produced invalid JSON (${check.detail})` };
  return { ok: true, text: current, changed };
}

/** Reads a path from parsed JSON, or undefined. */
export function getPath(value: unknown, path: JsonPath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
