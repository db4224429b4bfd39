// What Claude Code does, as data keyed by the release it was measured on. Every row was seen by running the real
// binary (the native build from @anthropic-ai/claude-code) against a loopback endpoint, on the date it gives.
// A release between two rows is taken to behave like the older row; the doctor asks the installed binary itself
// (observed-request.ts) whenever it can, so these rows matter for --offline runs and for clients it cannot run.
import { compareVersions, validVersion } from '../core/versions';

export type ModelAlias = 'opus' | 'sonnet' | 'haiku' | 'fable';

export interface ClaudeCodeRelease {
  version: string;
  /** When and how these facts were seen. */
  verified: string;
  source: string;
  /** What the main model is when nothing names one: an alias, resolved through ANTHROPIC_DEFAULT_<ALIAS>_MODEL. */
  defaultModel: string;
  /** The built-in model behind each alias when its ANTHROPIC_DEFAULT_* slot is unset (null: not measured). */
  aliasTargets: Record<ModelAlias, string | null>;
  /** Other names Claude Code reads as an alias (in -p mode). */
  aliasSynonyms: Readonly<Record<string, ModelAlias>>;
  /** anthropic-beta for a claude-* model, and for any other name; the 1M beta goes right after the first entry. */
  betas: { claude: readonly string[]; other: readonly string[]; oneMillion: string };
  /** Whether a claude-* default carrying [1m] still gets the 1M beta. */
  oneMillionBetaOnClaudeDefault: boolean;
  /** Every run first sent a HEAD to the base URL (without credentials). */
  headBeforeMessages: boolean;
}

const LOOPBACK = 'a loopback endpoint that records requests, claude -p with the safe-capture flags (kimi-claude maintainers)';

/** Oldest first. */
export const RELEASES: readonly ClaudeCodeRelease[] = [
  {
    version: '2.1.197',
    verified: '2026-12-04',
    source: LOOPBACK,
    defaultModel: 'opus[1m]',
    aliasTargets: { opus: 'claude-opus-4-8', sonnet: 'claude-sonnet-5', haiku: null, fable: null },
    aliasSynonyms: { best: 'opus' },
    betas: {
      claude: ['claude-code-20250219', 'interleaved-thinking-2025-05-14', 'thinking-token-count-2026-05-13', 'context-management-2025-06-27', 'prompt-caching-scope-2026-01-05', 'mid-conversation-system-2026-04-07', 'effort-2025-11-24'],
      other: ['claude-code-20250219', 'interleaved-thinking-2025-05-14', 'thinking-token-count-2026-05-13', 'context-management-2025-06-27', 'prompt-caching-scope-2026-01-05', 'mid-conversation-system-2026-04-07', 'effort-2025-11-24'],
      oneMillion: 'context-1m-2025-08-07',
    },
    oneMillionBetaOnClaudeDefault: true,
    headBeforeMessages: true,
  },
  {
    version: '2.1.332',
    verified: '2026-12-04',
    source: LOOPBACK,
    defaultModel: 'opus[1m]',
    aliasTargets: { opus: 'claude-opus-5-5', sonnet: 'claude-sonnet-5-5', haiku: 'claude-haiku-5-5', fable: 'claude-fable-5-2' },
    // `opusplan` is sonnet outside plan mode, which is what -p and a first request use.
    aliasSynonyms: { best: 'opus', opusplan: 'sonnet' },
    betas: {
      // A session with its tools adds advanced-tool-use; the capture runs with --tools "" and so sends it without.
      claude: ['claude-code-20250219', 'interleaved-thinking-2025-05-14', 'context-management-2025-06-27', 'per-turn-control-2026-07-01', 'mid-conversation-tool-changes-2026-07-01', 'thinking-token-count-2026-05-13', 'advanced-tool-use-2025-11-20', 'effort-2025-11-24'],
      other: ['claude-code-20250219', 'interleaved-thinking-2025-05-14', 'context-management-2025-06-27', 'mid-conversation-tool-changes-2026-07-01', 'thinking-token-count-2026-05-13', 'advanced-tool-use-2025-11-20', 'effort-2025-11-24'],
      oneMillion: 'context-1m-2025-08-07',
    },
    oneMillionBetaOnClaudeDefault: false,
    headBeforeMessages: false,
  },
];

/** The newest release we measured: what the doctor assumes when it cannot tell the installed version. */
export const CURRENT_RELEASE = RELEASES[RELEASES.length - 1];

/** The row that describes `version`: the newest measured release not newer than it (the oldest row for older ones). */
export function releaseFor(version: string | null | undefined): ClaudeCodeRelease {
  const v = version ? validVersion(version) : null;
  if (!v) return CURRENT_RELEASE;
  let chosen = RELEASES[0];
  for (const r of RELEASES) if (compareVersions(r.version, v) <= 0) chosen = r;
  return chosen;
}

/** The User-Agent Claude Code sends: `cli` in a session, `sdk-cli` under -p (both seen on 2.1.332). */
export function userAgentFor(version: string | null | undefined, mode: 'cli' | 'sdk-cli' = 'cli'): string {
  return `claude-cli/${(version && validVersion(version)) || CURRENT_RELEASE.version} (external, ${mode})`;
}

/** The flags the safe capture needs; present in every measured release, checked against `claude --help` for others. */
export const CAPTURE_FLAGS = ['--safe-mode', '--tools', '--no-session-persistence', '--settings'] as const;
