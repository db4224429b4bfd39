// What one recognised line says: the verdict, how sure, and the facts the wording needs.
import type { Classification } from '../classify';
import type { Confidence, ExplainVerdict } from './verdicts';

/** Which line of Claude Code (or of a shell, or of a raw answer) was recognised; wording and behaviour key on it. */
export type LineKind =
  | 'invalid-url'
  | 'not-logged-in'
  | 'key-rejected-at-prompt'
  | 'onboarding'
  | 'auth-conflict'
  | 'output-token-limit'
  | 'command-not-found'
  | 'model-404'
  | 'anthropic-401'
  | 'api-error-status'
  | 'request-rejected-429'
  | 'unparseable-json'
  | 'malformed-200'
  | 'connection-failure'
  | 'error-body'
  | 'free-text';

export interface Reading {
  verdict: ExplainVerdict;
  confidence: Confidence;
  kind: LineKind;
  /** The cleaned line that was recognised. */
  matched: string;
  /** The classifier's answer, for every verdict it decides (all but the explain-only ones). */
  classification?: Classification;
  /** Other causes that print the very same line. */
  alternatives: ExplainVerdict[];
  /** Facts for the wording: model, url, host, urlProblem, shell… */
  values: Record<string, unknown>;
}
