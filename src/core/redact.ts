// One redaction step for everything that leaves the doctor: reports in every format and error messages.
// Known secrets are replaced wherever they appear; shapes that look like credentials are caught too.

export type SecretKind = 'key' | 'password';

/** How a key may be shown: its `sk-` prefix and last 4 characters at most; short secrets not at all. */
export function maskSecret(secret: string, kind: SecretKind = 'key'): string {
  if (kind === 'password') return '***';
  const s = secret.trim();
  if (s.length < 12) return '…';
  const prefix = s.startsWith('sk-') ? 'sk-' : '';
  return `${prefix}…${s.slice(-4)}`;
}

// Values shorter than this are too common to replace everywhere (and too short to be a real credential).
const MIN_SECRET_LENGTH = 6;

const KEY_SHAPE = /\bsk-[A-Za-z0-9_-]{8,}/g;
const BEARER = /\b(Bearer\s+)([^\s"',;]{6,})/gi;
// Case-sensitive: "a basic check" in prose is not a header.
const BASIC = /\b(Basic\s+)([A-Za-z0-9+/=]{8,})/g;
const AUTH_HEADER = /\b((?:x-api-key|authorization|proxy-authorization)["']?\s*[:=]\s*["']?)(?!(?:Bearer|Basic)\s)([^\s"',;]{6,})/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)([^\s/@]+)(@)/gi;

export class Redactor {
  private readonly secrets = new Map<string, SecretKind>();

  add(secret: string | undefined | null, kind: SecretKind = 'key'): void {
    if (typeof secret !== 'string') return;
    const variants = new Set([secret, secret.trim(), stripQuotes(secret.trim())]);
    for (const v of variants) {
      if (v.length < MIN_SECRET_LENGTH) continue;
      // A password registered once stays a password, whatever else registers it.
      if (this.secrets.get(v) !== 'password') this.secrets.set(v, kind);
    }
  }

  /** Registers the password of a URL such as a proxy URL (user:pass@host). */
  addUrlPassword(url: string | undefined | null): void {
    if (!url) return;
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]*)@/i.exec(url.trim());
    if (!m) return;
    const userinfo = m[1];
    const colon = userinfo.indexOf(':');
    if (colon < 0) return;
    const raw = userinfo.slice(colon + 1);
    this.add(raw, 'password');
    try {
      this.add(decodeURIComponent(raw), 'password');
    } catch {
      // A malformed percent escape: the raw form is already registered.
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    const known = [...this.secrets.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [secret, kind] of known) {
      const mask = maskSecret(secret, kind);
      for (const form of new Set([secret, jsonEscaped(secret)])) {
        if (form && out.includes(form)) out = out.split(form).join(mask);
      }
    }
    out = out.replace(URL_PASSWORD, (_m, head: string, _pw: string, at: string) => `${head}***${at}`);
    out = out.replace(BEARER, (_m, head: string) => `${head}***`);
    out = out.replace(BASIC, (_m, head: string) => `${head}***`);
    out = out.replace(AUTH_HEADER, (_m, head: string) => `${head}***`);
    out = out.replace(KEY_SHAPE, (key) => maskSecret(key));
    return out;
  }

  /** A deep copy with every string redacted (object keys included). */
  redactDeep<T>(value: T): T {
    return this.walk(value, 0) as T;
  }

  private walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (depth > 64 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => this.walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[this.redact(k)] = this.walk(v, depth + 1);
    return out;
  }
}

function jsonEscaped(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function stripQuotes(s: string): string {
  return s.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
}
