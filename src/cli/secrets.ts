// Secrets known before any check runs: credential-like variables and proxy passwords in the environment.
import { customHeaderSecrets } from '../claude-code/custom-headers';
import { isSecretName } from '../config/secrets';
import type { Redactor } from '../core/redact';
import type { Env } from '../core/types';

const PROXY_NAME = /_PROXY$/i;

export function registerEnvironmentSecrets(redactor: Redactor, env: Env): void {
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (isSecretName(name)) redactor.add(value);
    if (PROXY_NAME.test(name)) redactor.addUrlPassword(value);
    for (const secret of customHeaderSecrets(name, value)) redactor.add(secret);
  }
}
