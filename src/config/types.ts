// The effective Claude Code configuration, as the configuration resolver (src/config/resolve.ts) computes it.
// Network checks, --fix and setup read this; they never re-read settings files themselves.

/** Where a value came from. Paths are absolute. */
export type ConfigSource =
  | { kind: 'process-env' }
  | { kind: 'env-file'; path: string }
  | { kind: 'settings'; scope: 'managed' | 'project-local' | 'project' | 'user'; path: string };

export interface SourcedValue {
  value: string;
  source: ConfigSource;
}

/** One variable as Claude Code would see it: the winning value plus every other place that sets it differently. */
export interface ResolvedVar extends SourcedValue {
  name: string;
  shadowed: SourcedValue[];
}

export interface EffectiveConfig {
  /** Any variable name, resolved through settings `env` layers (highest first) and then the environment. */
  get(name: string): ResolvedVar | undefined;
  /** Every settings file that was considered, in precedence order, with how reading it went. */
  settingsFiles: SettingsFileState[];
}

export interface SettingsFileState {
  scope: 'managed' | 'project-local' | 'project' | 'user';
  path: string;
  state: 'missing' | 'ok' | 'invalid' | 'unreadable';
  /** For 'invalid': line and column (1-based) and the parser's message. */
  problem?: { line: number; column: number; message: string };
  /** The settings keys other than env that matter to the doctor (apiKeyHelper, model). */
  apiKeyHelper?: string;
  model?: string;
}
