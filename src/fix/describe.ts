// Turns fix messages into sentences in the report language, with commands for the user's shell.
import type { Lang, Platform, Shell, WriteRefusal } from '../core/types';
import { loadCatalog } from '../i18n/catalog';
import { createRenderKit, type RenderKit } from '../i18n/render-kit';
import type { FileFixResult, FixAction, FixCode, FixMessage } from './types';

export function fixRenderKit(opts: { lang: Lang; shell: Shell; platform: Platform; homeDir: string }): RenderKit {
  return createRenderKit({ ...opts, ui: loadCatalog(opts.lang).ui });
}

export function describeFix(message: FixMessage, kit: RenderKit): { message: string; remediation: string | null } {
  const entry = loadCatalog(kit.lang, 'fix').findings[message.code];
  return { message: entry.message(message.values, kit), remediation: entry.remediation?.(message.values, kit) ?? null };
}

const text = (message: FixMessage, kit: RenderKit) => {
  const d = describeFix(message, kit);
  return d.remediation ? `${d.message}\n${d.remediation}` : d.message;
};

/**
 * Plain text for the terminal: what each repair does, the diff per file, how each write went, and the
 * commands left to the user. The caller passes it through the redactor like every other output.
 */
export function renderFixSummary(actions: readonly FixAction[], results: readonly FileFixResult[], kit: RenderKit): string {
  const lines: string[] = [];
  for (const action of actions) if (action.kind === 'edit') lines.push(`• ${text(action.description, kit)}`);
  for (const result of results) {
    lines.push(`${result.status === 'dry-run' || result.status === 'updated' || result.status === 'created' ? '→' : '!'} ${text(result.outcome, kit)}`);
    if (result.diff) lines.push(result.diff.replace(/\n$/, ''));
  }
  for (const action of actions) if (action.kind === 'manual') lines.push(`! ${text(action.description, kit)}`);
  if (lines.length === 0) lines.push(text({ code: 'fix.none', values: {} }, kit));
  return lines.join('\n') + '\n';
}

/** One repair as the JSON/Markdown reports may show it: sentences and masked diffs, never edits or file bytes. */
export interface FixReportEntry {
  id: string;
  kind: FixAction['kind'];
  file: string | null;
  message: string;
  remediation: string | null;
  /** This repair alone against the file as read; null for manual and blocked repairs. */
  diff: string | null;
  /** How the file's write went, when it was attempted (or previewed). */
  status: FileFixResult['status'] | null;
}

/**
 * The planned actions carry the new values and the old bytes (a key among them), so they never go into a report
 * as they are; this is the view that may.
 */
export function fixReportEntries(actions: readonly FixAction[], results: readonly FileFixResult[], kit: RenderKit): FixReportEntry[] {
  return actions.map((action) => {
    const d = describeFix(action.description, kit);
    const file = action.kind === 'manual' ? null : action.file;
    const result = results.find((r) => r.file === file && r.actions.includes(action.id));
    return {
      id: action.id,
      kind: action.kind,
      file,
      message: d.message,
      remediation: d.remediation,
      diff: action.kind === 'edit' ? action.diff : null,
      status: result?.status ?? null,
    };
  });
}

/** The sentence for a write the FileWriter refused (setup uses it too). */
export function refusalCode(reason: WriteRefusal): FixCode {
  switch (reason) {
    case 'changed':
      return 'fix.result.changed';
    case 'read-only':
      return 'fix.result.read-only';
    case 'hard-link':
      return 'fix.result.hard-link';
    case 'owner':
      return 'fix.result.owner';
    case 'unreadable':
    case 'error':
      return 'fix.result.failed';
  }
}
