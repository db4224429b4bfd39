// Writes the planned repairs: all edits to one file together, through the FileWriter (backup, atomic replace,
// refuse when the file changed since planning). A dry run computes the same diffs and writes nothing.
import type { FileWriter } from '../core/types';
import { editableText, editFailure } from './file-text';
import { applyJsonEdits } from './json-edit';
import { maskSecrets, secretsIn } from './mask';
import { refusalCode } from './describe';
import type { EditFixAction, FileFixResult, FixAction } from './types';
import { modeDiff, unifiedDiff } from './unified-diff';

export interface ApplyOptions {
  /** Compute the diffs only. */
  dryRun: boolean;
  /**
   * Why nothing is written, for the wording of each file's line: a --dry-run, a preview without a terminal, a
   * preview before the question at a terminal, or an answer of no. Default: dry-run.
   */
  previewFor?: 'dry-run' | 'no-tty' | 'confirm' | 'declined';
}

function groupByFile(actions: readonly FixAction[]): Map<string, EditFixAction[]> {
  const groups = new Map<string, EditFixAction[]>();
  for (const action of actions) {
    if (action.kind !== 'edit') continue;
    groups.set(action.file, [...(groups.get(action.file) ?? []), action]);
  }
  return groups;
}

async function applyToFile(file: string, actions: EditFixAction[], writer: FileWriter, options: ApplyOptions): Promise<FileFixResult> {
  const ids = actions.map((a) => a.id);
  const snapshot = actions[0].snapshot;
  const base = { file, actions: ids, backupPath: null, diff: '' };
  const editable = editableText(snapshot, file);
  if (!editable.ok) return { ...base, status: 'blocked', outcome: editable.problem };
  const result = applyJsonEdits(editable.text, actions.flatMap((a) => a.edits));
  if (!result.ok) {
    return { ...base, status: 'blocked', outcome: editFailure(file, editable.text, result) };
  }
  // chmod 600 and the like: bits taken away from the mode, together with any edit to the same file.
  const clearModeBits = actions.reduce((bits, a) => bits | (a.clearModeBits ?? 0), 0);
  const modeTo = snapshot.state === 'present' && (snapshot.mode & clearModeBits) !== 0 ? snapshot.mode & ~clearModeBits : null;
  if (!result.changed && modeTo === null) return { ...base, status: 'unchanged', outcome: { code: 'fix.result.unchanged', values: { file } } };

  const after = JSON.parse(result.text.replace(/^\uFEFF/, '')) as unknown;
  const textDiff = result.changed
    ? maskSecrets(unifiedDiff(editable.text ?? '', result.text, { old: file, new: file }), [...secretsIn(editable.value), ...secretsIn(after)])
    : '';
  const diff = modeTo !== null && snapshot.state === 'present' ? textDiff + modeDiff(file, snapshot.mode, modeTo).split('\n').slice(textDiff ? 2 : 0).join('\n') : textDiff;
  if (options.dryRun) return { ...base, diff, status: 'dry-run', outcome: { code: 'fix.result.dry-run', values: { file, mode: options.previewFor ?? 'dry-run' } } };

  if (!result.changed) {
    const changedMode = writer.restrictMode
      ? await writer.restrictMode(snapshot, clearModeBits)
      : ({ ok: false, path: file, reason: 'error', detail: 'chmod is not available' } as const);
    if (changedMode.ok) return { ...base, diff, status: 'updated', outcome: { code: 'fix.result.mode-changed', values: { file, to: `0${(modeTo! & 0o777).toString(8)}` } } };
    if (changedMode.reason === 'changed') return { ...base, diff, status: 'changed', outcome: { code: 'fix.result.changed', values: { file } } };
    return { ...base, diff, status: 'failed', outcome: { code: 'fix.result.failed', values: { file, detail: changedMode.detail } } };
  }
  const written = await writer.replace(snapshot, Buffer.from(result.text, 'utf8'), { newFileMode: actions[0].newFileMode, clearModeBits });
  if (written.ok) {
    return written.created
      ? { ...base, diff, status: 'created', outcome: { code: 'fix.result.created', values: { file } } }
      : { ...base, diff, backupPath: written.backupPath, status: 'updated', outcome: { code: 'fix.result.updated', values: { file, backup: written.backupPath } } };
  }
  if (written.reason === 'changed') return { ...base, diff, status: 'changed', outcome: { code: 'fix.result.changed', values: { file } } };
  if (written.reason === 'read-only' || written.reason === 'hard-link' || written.reason === 'owner') {
    return { ...base, diff, status: 'blocked', outcome: { code: refusalCode(written.reason), values: { file, detail: written.detail } } };
  }
  return { ...base, diff, status: 'failed', outcome: { code: 'fix.result.failed', values: { file, detail: written.detail } } };
}

/**
 * Applies every `edit` action, one write per file, in the order the files first appear.
 * `blocked` actions become `blocked` results; `manual` ones are for the caller to print.
 */
export async function applyFixes(actions: readonly FixAction[], writer: FileWriter, options: ApplyOptions): Promise<FileFixResult[]> {
  const results: FileFixResult[] = [];
  for (const [file, group] of groupByFile(actions)) results.push(await applyToFile(file, group, writer, options));
  for (const action of actions) {
    if (action.kind !== 'blocked') continue;
    results.push({ file: action.file, status: 'blocked', actions: [action.id], backupPath: null, diff: '', outcome: action.description });
  }
  return results;
}
