// How a variable's value may appear in findings and JSON data: secrets only in redacted form.
import { redactKey } from '../core/redact-key';
import { isSecretName } from './secrets';

export function displayValue(name: string, value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  return isSecretName(name) ? redactKey(value) : value;
}

const CLAUDE_SETTINGS = new Set(['DISABLE_TELEMETRY', 'DISABLE_AUTOUPDATER', 'API_TIMEOUT_MS']);

/** The variables the configuration checks compare across sources. */
export function isClaudeVariable(name: string): boolean {
  return name.startsWith('ANTHROPIC_') || name.startsWith('CLAUDE_') || CLAUDE_SETTINGS.has(name);
}
