// The effective Claude Code configuration, as the configuration resolver (src/config/resolve.ts) computes it.
// Network checks, --fix and setup read this; they never re-read settings files themselves.
import type { DecodeProblem } from './decode';
import type { JsonProblem } from './json-location';

/** Where a value came from. Paths are absolute. */
export type ConfigSource =
  | { kind: 'process-env' }
  | { kind: 'env-file'; path: string }
  | { kind: 'settings'; scope: SettingsScope; path: string };

export type SettingsScope = 'managed' | 'project-local' | 'project' | 'user';

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
  /** Every variable name some layer sets, sorted. */
  names: string[];
  /** Where ~/.claude lives ($CLAUDE_CONFIG_DIR or ~/.claude). */
  configDir: string;
  claudeJson: ClaudeJsonState;
  /** `apiKeyHelper` from the highest settings layer that sets it. */
  apiKeyHelper?: SourcedValue;
  /** `model` from the highest settings layer that sets it (ANTHROPIC_MODEL beats it). */
  settingsModel?: SourcedValue;
  /** `<cwd>/.env`: Claude Code never reads it; kept to explain why its lines do nothing. */
  dotEnv: DotEnvState;
  /** ANTHROPIC_* and CLAUDE_* assignments found in shell start-up files, commented ones included. */
  startupAssignments: StartupAssignment[];
  /** Start-up files looked at, and whether they exist. */
  startupFiles: Array<{ path: string; shell: StartupShell; state: 'missing' | 'ok' | 'unreadable' }>;
  /** HKCU\Environment values (Windows only; null elsewhere or when reg failed). */
  registry: Record<string, string> | null;
}

export interface SettingsFileState {
  scope: SettingsScope;
  path: string;
  state: 'missing' | 'ok' | 'invalid' | 'unreadable';
  /** For 'invalid': line and column (1-based) and the parser's message. */
  problem?: { line: number; column: number; message: string; cause?: JsonProblem['cause'] };
  /** For 'unreadable': why (a directory, no permission, not UTF-8...). */
  detail?: string;
  /** The settings keys other than env that matter to the doctor (apiKeyHelper, model). */
  apiKeyHelper?: string;
  model?: string;
  /** The `env` block, strings only (Claude Code ignores other types). */
  env?: Record<string, string>;
  /** POSIX permission bits, for "others can read your key". */
  mode?: number;
}

export type ClaudeJsonState =
  | { path: string; state: 'missing' }
  | { path: string; state: 'not-a-file'; detail: string }
  | { path: string; state: 'unreadable'; detail: string }
  | { path: string; state: 'too-large'; size: number }
  | { path: string; state: 'not-text'; problem: DecodeProblem; offset?: number }
  | { path: string; state: 'invalid'; problem: JsonProblem }
  | { path: string; state: 'not-object' }
  | { path: string; state: 'ok'; mode: number; content: ClaudeJsonContent };

/** The parts of ~/.claude.json the doctor looks at. Key fragments are registered as secrets, never copied out. */
export interface ClaudeJsonContent {
  hasCompletedOnboarding: unknown;
  customApiUrl?: string;
  /** Last-20-character fragments the user answered No to. */
  rejectedKeySuffixes: string[];
  approvedKeySuffixes: string[];
  primaryApiKey?: string;
  installMethod?: string;
}

export type DotEnvState =
  | { path: string; state: 'missing' | 'unreadable' }
  | { path: string; state: 'ok'; vars: Record<string, string> };

export type StartupShell = 'posix' | 'fish' | 'powershell';

export interface StartupAssignment {
  path: string;
  /** 1-based. */
  line: number;
  name: string;
  /** Unquoted as the shell would; `dynamic` when it uses $VARS or command substitution. */
  value: string;
  dynamic: boolean;
  commented: boolean;
  shell: StartupShell;
}
