// explain's vocabulary: every live-probe verdict, plus the failures that happen before any request is sent,
// which live-probe can never see. live-probe's own set (src/classify/verdict.ts) stays unchanged.
import { VERDICTS, type Verdict } from '../classify';

export const EXPLAIN_ONLY_VERDICTS = [
  /** `claude` itself was not found by the shell: not installed, or not on PATH. */
  'command-not-found',
  /** "Not logged in · Please run /login": Claude Code found no credential (or the key was rejected at its prompt). */
  'not-logged-in',
  /** "Unable to connect to Anthropic services": the first-start onboarding check could not reach api.anthropic.com. */
  'onboarding',
  /** "Auth conflict": both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY are set. */
  'auth-conflict',
  /** "… cannot be parsed as a URL": ANTHROPIC_BASE_URL has quotes or full-width characters in it. */
  'invalid-url',
  /** "exceeded the 32000 output token maximum": the request worked, the answer hit CLAUDE_CODE_MAX_OUTPUT_TOKENS. */
  'output-token-limit',
] as const;

export type ExplainOnlyVerdict = (typeof EXPLAIN_ONLY_VERDICTS)[number];
export type ExplainVerdict = Verdict | ExplainOnlyVerdict;

export const EXPLAIN_VERDICTS: readonly ExplainVerdict[] = [...VERDICTS, ...EXPLAIN_ONLY_VERDICTS];

/** How sure the reading is: high for an exact Claude Code line that names the cause, medium when that line covers several causes. */
export type Confidence = 'high' | 'medium' | 'low';
