// Secrets known before any check runs: credential-like variables and proxy passwords in the environment.
import { customHeaderSecrets } from '../claude-code/custom-headers';
import type { Redactor } from '../core/redact';
import type { Env } from '../core/types';

const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH(?!OR))/i;
// Credential-sounding names whose values are paths or sockets, not secrets.
const NOT_SECRET = /(_SOCK|^XAUTHORITY|_FILE|_PATH|_DIR)$/i;
const PROXY_NAME = /_PROXY$/i;

export function registerEnvironmentSecrets(redactor: Redactor, env: Env): void {
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (SECRET_NAME.test(name) && !NOT_SECRET.test(name)) redactor.add(value);
    if (PROXY_NAME.test(name)) redactor.addUrlPassword(value);
    for (const secret of customHeaderSecrets(name, value)) redactor.add(secret);
  }
}
