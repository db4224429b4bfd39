// A snapshot as text to edit, or the reason it must be left alone.
import type { FileSnapshot } from '../core/types';
import type { FixMessage } from './types';
import { parseJsonText } from './json-edit';

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
  if (!parsed.ok) return { ok: false, problem: { code: 'fix.blocked.invalid-json', values: { file, detail: parsed.detail } } };
  return { ok: true, text, value: parsed.value };
}
