// Parses a proxy variable's value the way undici's ProxyAgent will use it.

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
    }
  | { ok: false; problem: ProxyUrlProblem; scheme?: string };

export function parseProxyUrl(raw: string): ParsedProxyUrl {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  // "proxy.corp:8080" parses as scheme "proxy.corp:" with no host: that is a missing scheme, not an odd one.
  if (!url.hostname) return { ok: false, problem: 'malformed' };
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
  };
}

/** A URL without user name or password, for data and messages. */
export function withoutCredentials(raw: string): string {
  try {
    const url = new URL(raw);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return raw.replace(/\/\/[^/@]*@/, '//');
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
