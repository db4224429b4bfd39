// Parses a proxy variable's value the way Claude Code reads it (src/claude-code/proxy-rules.ts), for undici's ProxyAgent.
import { PROXY_DEFAULT_SCHEME, PROXY_REPAIRABLE, PROXY_SCHEME_PATTERN } from '../claude-code/proxy-rules';

/** undici's ProxyAgent speaks to http and https proxies only: no socks. */
export const SUPPORTED_PROXY_SCHEMES = ['http:', 'https:'] as const;

export type ProxyUrlProblem = 'malformed' | 'unsupported-scheme';

export type ParsedProxyUrl =
  | {
      ok: true;
      /** What to hand to the HTTP client (credentials included: they become Proxy-Authorization). */
      href: string;
      /** Safe to show and to put in data: no user name, no password. */
      display: string;
      host: string;
      port: number;
      username: string;
      password: string;
      /** The value had no scheme: Claude Code reads it as http:// (other tools may not). */
      schemeAdded: boolean;
    }
  | { ok: false; problem: ProxyUrlProblem; scheme?: string };

export function parseProxyUrl(raw: string): ParsedProxyUrl {
  const trimmed = raw.trim();
  // "127.0.0.1:7890" and "proxy.corp:3128" are read as http://, as Claude Code does; other values without a
  // scheme ("user:pass@host:port", a bare host) make Claude Code refuse to start.
  const hasScheme = PROXY_SCHEME_PATTERN.test(trimmed);
  const schemeAdded = !hasScheme && PROXY_REPAIRABLE.test(trimmed);
  if (!hasScheme && !schemeAdded) return { ok: false, problem: 'malformed' };
  const value = schemeAdded ? `${PROXY_DEFAULT_SCHEME}${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!url.hostname) return { ok: false, problem: 'malformed' };
  // "user:p@ss/word@host": a raw "/" in the password ends the authority early, so the "host" is part of the
  // password and the real host sits in the path. Nothing sensible can be reached that way.
  if (`${url.pathname}${url.search}${url.hash}`.includes('@')) return { ok: false, problem: 'malformed' };
  if (!(SUPPORTED_PROXY_SCHEMES as readonly string[]).includes(url.protocol)) {
    return { ok: false, problem: 'unsupported-scheme', scheme: url.protocol.replace(/:$/, '') };
  }
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return {
    ok: true,
    href: url.href,
    display: `${url.protocol}//${url.host}`,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    username: safeDecode(url.username),
    password: safeDecode(url.password),
    schemeAdded,
  };
}

/** A URL without user name or password, for data and messages. */
export function withoutCredentials(raw: string): string {
  try {
    // Without a scheme, URL would read "user:pass@host" as scheme "user:" and keep the password.
    if (!PROXY_SCHEME_PATTERN.test(raw)) throw new Error('no scheme');
    const url = new URL(raw);
    // "user:p@ss/word@host": a raw "/" ends the authority early and the rest of the password lands in the path.
    if (`${url.pathname}${url.search}${url.hash}`.includes('@')) throw new Error('an @ after the host');
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    // A password may hold a raw "@" (or "/"): everything up to the LAST "@" goes, so no part of it is left.
    const scheme = PROXY_SCHEME_PATTERN.exec(raw)?.[0] ?? '';
    const rest = raw.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    return at === -1 ? raw : `${scheme}${rest.slice(at + 1)}`;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The value the user most likely meant, for a proxy URL that does not parse (no scheme, a full-width colon,
 * spaces inside), without its user name and password (never printed); undefined when nothing sensible comes out.
 */
export function correctedProxyUrl(raw: string): { url: string; hadCredentials: boolean } | undefined {
  const cleaned = raw.replace(/\uff1a/g, ':').replace(/\s+/g, '');
  const parsed = parseProxyUrl(PROXY_SCHEME_PATTERN.test(cleaned) ? cleaned : `${PROXY_DEFAULT_SCHEME}${cleaned.replace(/^\/\//, '')}`);
  if (!parsed.ok) return undefined;
  return { url: parsed.display, hadCredentials: Boolean(parsed.username || parsed.password) };
}

/** The user-info part of a value that may not parse ("user:p@ss" and "p@ss"), cut at the last "@". */
export function rawProxyCredentials(raw: string): string[] {
  const scheme = PROXY_SCHEME_PATTERN.exec(raw.trim())?.[0] ?? '';
  const rest = raw.trim().slice(scheme.length);
  const at = rest.lastIndexOf('@');
  if (at <= 0) return [];
  const userInfo = rest.slice(0, at);
  const colon = userInfo.indexOf(':');
  return colon === -1 ? [userInfo] : [userInfo, userInfo.slice(colon + 1)].filter((s) => s !== '');
}
