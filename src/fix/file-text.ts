// A snapshot as text to edit, or the reason it must be left alone.
import type { FileSnapshot } from '../core/types';
import type { FixMessage } from './types';
import { parseJsonText } from './json-edit';
import { parseJsonWithLocation } from '../config/json-location';

export type EditableText =
  | { ok: true; text: string | null; value: unknown }
  | { ok: false; problem: FixMessage };

// ignoreBOM keeps a BOM in the text, so the rewritten file keeps it too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** text null: the file does not exist and may be created. Invalid JSON or non-UTF-8 bytes are never editable. */
export function editableText(snapshot: FileSnapshot | undefined, file: string): EditableText {
  if (!snapshot) return { ok: false, problem: { code: 'fix.blocked.unreadable', values: { file, detail: 'not read' } } };
  if (snapshot.state === 'missing') return { ok: true, text: null, value: undefined };
  if (snapshot.state === 'unreadable') {
    return { ok: false, problem: { code: 'fix.blocked.unreadable', values: { file, detail: snapshot.detail } } };
  }
  let text: string;
  try {
    text = utf8.decode(snapshot.bytes);
  } catch {
    return { ok: false, problem: { code: 'fix.blocked.not-utf8', values: { file } } };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: invalidJson(file, text) };
  return { ok: true, text, value: parsed.value };
}

/** Where the file breaks, by the same locator the checks use: line, column and likely cause, never an offset. */
export function invalidJson(file: string, text: string): FixMessage {
  const located = parseJsonWithLocation(text.replace(/^\uFEFF/, ''));
  const where = located.ok ? { line: 1, column: 1, cause: 'unknown' } : located.problem;
  return { code: 'fix.blocked.invalid-json', values: { file, line: where.line, column: where.column, cause: where.cause } };
}

/** Why an edit could not be made to text that parsed: the strict scanner disagreed, or the top level is not an object. */
export function editFailure(file: string, text: string | null, result: { reason: 'invalid-json' | 'not-an-object'; detail: string }): FixMessage {
  if (result.reason === 'invalid-json') return invalidJson(file, text ?? '');
  return { code: 'fix.blocked.not-an-object', values: { file, detail: result.detail } };
}
