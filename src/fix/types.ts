// The data --fix works with: what to repair (planned from plain data, so it is testable without the resolver)
// and how each file's write went.
import type { EffectiveConfig } from '../config/types';
import type { FileSnapshot } from '../core/types';
import type { fixFindings } from '../i18n/en/fix';
import type { JsonEdit } from './json-edit';

export type FixCode = keyof typeof fixFindings;

/** A sentence from the fix catalogue (src/i18n/{en,zh}/fix.ts) with the values it needs. */
export interface FixMessage {
  code: FixCode;
  values: Record<string, unknown>;
}

export type FixId =
  | 'claude-json.onboarding'
  | 'claude-json.custom-api-url'
  | 'claude-json.unreject-key'
  | 'settings.base-url'
  | 'settings.disable-nonessential-traffic'
  | 'settings.key-unquote'
  | 'settings.key-file-mode';

/**
 * The checks whose findings each repair answers: `--only`/`--skip` select checks, and --fix repairs only what the
 * selected checks found.
 */
export const FIX_CHECKS: Record<FixId, readonly string[]> = {
  'claude-json.onboarding': ['claude-json'],
  'claude-json.custom-api-url': ['claude-json', 'config-agreement'],
  'claude-json.unreject-key': ['claude-json'],
  'settings.base-url': ['base-url'],
  'settings.disable-nonessential-traffic': ['api-key'],
  'settings.key-unquote': ['api-key'],
  'settings.key-file-mode': ['api-key'],
};

/** A repair --fix makes: JSON edits to one file, previewed as a unified diff. */
export interface EditFixAction {
  kind: 'edit';
  id: FixId;
  file: string;
  description: FixMessage;
  edits: JsonEdit[];
  /** The file as read when planning; the write refuses if it no longer matches. */
  snapshot: FileSnapshot;
  newFileMode: number;
  /** This repair alone, against the file as read. Secrets masked. */
  diff: string;
  /** Permission bits to take away (chmod 600 is 0o077); with no edits, the repair is a chmod alone. */
  clearModeBits?: number;
}

/** A repair --fix must not make (shell start-up files, environment, managed settings): the user gets commands. */
export interface ManualFixAction {
  kind: 'manual';
  id: FixId;
  description: FixMessage;
}

/** A repair that was wanted but cannot be made safely (invalid JSON, unreadable file). */
export interface BlockedFixAction {
  kind: 'blocked';
  id: FixId;
  file: string;
  description: FixMessage;
}

export type FixAction = EditFixAction | ManualFixAction | BlockedFixAction;

/** What the planner needs, as plain data. */
export interface FixInput {
  config: Pick<EffectiveConfig, 'get'>;
  paths: ClaudePaths;
  /** Every file a repair may edit, read through FileWriter.snapshot: ~/.claude.json, user settings, sources. */
  snapshots: readonly FileSnapshot[];
  /** The doctor's check results (only id and data are read: base-url's data.suggestedUrl). */
  checks: ReadonlyArray<{ id: string; data?: Record<string, unknown> }>;
  /** The checks that ran (--only/--skip): when given, only their repairs are planned (see FIX_CHECKS). */
  checkIds?: readonly string[];
  /** No chmod repair on Windows, where the mode bits mean nothing. */
  platform?: string;
}

export interface ClaudePaths {
  /** `$CLAUDE_CONFIG_DIR/.claude.json` or `~/.claude.json`. */
  claudeJson: string;
  /** `$CLAUDE_CONFIG_DIR/settings.json` or `~/.claude/settings.json`. */
  userSettings: string;
}

export type FileFixStatus = 'updated' | 'created' | 'unchanged' | 'dry-run' | 'changed' | 'failed' | 'blocked';

/** How one file fared: all repairs to a file are written together, with one backup. */
export interface FileFixResult {
  file: string;
  status: FileFixStatus;
  actions: FixId[];
  backupPath: string | null;
  /** Every repair to this file together, secrets masked; '' when nothing would change. */
  diff: string;
  outcome: FixMessage;
}
