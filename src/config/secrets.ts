// Every value that looks like a credential is handed to the output layer's redactor as soon as it is seen.
import { customHeaderSecrets } from '../claude-code/custom-headers';
import { parseCommand } from './find-command';
import { asciiLower } from '../core/ascii-case';
import { stripQuotes } from '../core/quotes';
import { KEY_SHAPE } from '../core/redact';
import type { SecretSink } from '../core/types';

// Both tested on the name with its ASCII letters lower-cased, in any case (src/core/ascii-case.ts).
const SECRET_WORD = /(key|token|secret|password|passwd|credential|auth(?!or))/;
// Credential-sounding names whose values are paths or sockets, not secrets.
const NOT_SECRET = /(_sock|^xauthority|_file|_path|_dir)$/;

/** A name that says it holds a credential, in any case. The checks, the CLI's environment scan and --fix's diffs share it. */
export function soundsSecret(name: string): boolean {
  return SECRET_WORD.test(asciiLower(name));
}

const LEADING_ASSIGNMENT = /^\s*[A-Za-z_][A-Za-z0-9_]*=/;

/** A credential-sounding name, unless it names a path or a socket. */
export function isSecretName(name: string): boolean {
  const lower = asciiLower(name);
  return SECRET_WORD.test(lower) && !NOT_SECRET.test(lower);
}

/** Registers the value as given and its trimmed, unquoted core, so partial echoes are redacted too. */
export function registerSecret(sink: SecretSink, value: string | undefined | null): void {
  if (!value) return;
  sink.add(value);
  const trimmed = value.trim();
  if (trimmed !== value) sink.add(trimmed);
  const core = stripQuotes(trimmed).trim();
  if (core && core !== trimmed) sink.add(core);
}

export function registerIfSecret(sink: SecretSink, name: string, value: string | undefined): void {
  if (isSecretName(name)) registerSecret(sink, value);
  for (const secret of customHeaderSecrets(name, value)) registerSecret(sink, secret);
}

/** A password in a URL (https://user:pass@gateway) and key-like literals in a command line are secrets too. */
export function registerEmbeddedSecrets(sink: SecretSink, text: string | undefined): void {
  if (!text) return;
  try {
    const url = new URL(text.trim());
    if (url.password) {
      sink.add(url.password, 'password');
      sink.add(decodeURIComponent(url.password), 'password');
    }
  } catch {
    // Not a URL.
  }
  for (const m of text.matchAll(KEY_SHAPE)) registerSecret(sink, m[0]);
  // An apiKeyHelper such as "VAULT_TOKEN=hvs.… /usr/local/bin/vault-kimi-key": whatever is assigned is a secret.
  // Only a text that starts with an assignment has one (a URL or a plain command line is not parsed as a shell's).
  if (LEADING_ASSIGNMENT.test(text)) for (const a of parseCommand(text).assignments) registerSecret(sink, a.value);
}
