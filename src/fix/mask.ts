// Diffs of settings files can show a key in a context line; they are masked before anyone sees them.
import { soundsSecret } from '../config/secrets';
import { maskSecret } from '../core/redact';

/** Replaces each secret (longest first, so a key wins over its own suffix) with its masked form. */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  const unique = [...new Set([...secrets].map((s) => s.trim()).filter((s) => s.length >= 6))];
  unique.sort((a, b) => b.length - a.length);
  return unique.reduce((out, secret) => out.split(secret).join(maskSecret(secret)), text);
}

/**
 * Credential values found in a parsed settings file or ~/.claude.json: strings under credential-sounding names,
 * and the key suffixes Claude Code keeps in customApiKeyResponses.
 */
export function secretsIn(value: unknown, underSecretName = false): string[] {
  if (typeof value === 'string') return underSecretName ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => secretsIn(item, underSecretName));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    secretsIn(inner, underSecretName || soundsSecret(key) || key === 'customApiKeyResponses'),
  );
}
