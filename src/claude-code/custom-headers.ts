// ANTHROPIC_CUSTOM_HEADERS: "Name: value" lines that Claude Code adds to every request, over its own headers
// (measured on 2.1.332: "User-Agent: my-tool/1.0" replaces claude-cli/…, which a Kimi Code endpoint then refuses).
/** Headers whose values are plainly not credentials; every other custom header's value is treated as a secret. */
const NOT_SECRET_HEADERS = new Set(['user-agent', 'accept', 'accept-language', 'content-type', 'anthropic-version', 'anthropic-beta']);

/** A header whose value is a credential by its name (x-api-key, authorization, x-portkey-api-key…). */
export const SECRET_NAME = /key|token|auth|secret|passw|cookie|signature|credential/i;

export interface CustomHeaders {
  headers: Record<string, string>;
  /** Values that must be redacted: every header value (a gateway's key may hide under any name) but a few plain ones; names are not secret. */
  secrets: string[];
}

/** The values of ANTHROPIC_CUSTOM_HEADERS, the one variable whose name says nothing of the secrets it carries. */
export function customHeaderSecrets(name: string, raw: string | undefined): string[] {
  return name === 'ANTHROPIC_CUSTOM_HEADERS' ? parseCustomHeaders(raw).secrets : [];
}

export function parseCustomHeaders(raw: string | undefined): CustomHeaders {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  for (const line of (raw ?? '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) continue;
    headers[name] = value;
    if (value && !NOT_SECRET_HEADERS.has(name)) secrets.push(value);
  }
  return { headers, secrets };
}
