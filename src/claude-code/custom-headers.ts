// ANTHROPIC_CUSTOM_HEADERS: "Name: value" lines that Claude Code adds to every request, over its own headers
// (measured on 2.1.332: "User-Agent: my-tool/1.0" replaces claude-cli/…, which a Kimi Code endpoint then refuses).
/** A header whose value is a credential by its name (x-api-key, authorization, x-portkey-api-key…). */
export const SECRET_NAME = /key|token|auth|secret|passw|cookie|signature|credential/i;

export interface CustomHeaders {
  headers: Record<string, string>;
  /** Values that must be redacted: header values are secrets unless the name is plainly not one. */
  secrets: string[];
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
    if (SECRET_NAME.test(name) && value) secrets.push(value);
  }
  return { headers, secrets };
}
