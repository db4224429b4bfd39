// Which proxy Claude Code uses for a URL (FACTS.md, "Proxies"):
// - https_proxy, HTTPS_PROXY, http_proxy, HTTP_PROXY, first non-empty wins (lower case before upper, HTTPS_ before HTTP_);
// - whichever wins applies to http and https targets alike;
// - no_proxy (else NO_PROXY) lists hosts, domain suffixes, host:port or `*`; loopback is not bypassed by default.
import { parseProxyUrl, type ParsedProxyUrl } from './proxy-url';

export const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const;
export const NO_PROXY_VARS = ['no_proxy', 'NO_PROXY'] as const;
export type ProxyVarName = (typeof PROXY_VARS)[number];
export type NoProxyVarName = (typeof NO_PROXY_VARS)[number];

/** Variable values as Claude Code would see them (already resolved through settings and environment). */
export type ProxyVars = Partial<Record<ProxyVarName | NoProxyVarName, string>>;

export interface NoProxyMatch {
  variable: NoProxyVarName;
  entry: string;
}

export type ProxyDecision =
  | { kind: 'direct' }
  | { kind: 'proxy'; variable: ProxyVarName; proxy: Extract<ParsedProxyUrl, { ok: true }> }
  | { kind: 'bypassed'; variable: ProxyVarName; proxy: ParsedProxyUrl; match: NoProxyMatch }
  | { kind: 'invalid'; variable: ProxyVarName; proxy: Extract<ParsedProxyUrl, { ok: false }> };

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** The winning proxy variable, or undefined when none is set. */
export function winningProxyVar(vars: ProxyVars): { variable: ProxyVarName; value: string } | undefined {
  for (const variable of PROXY_VARS) {
    const value = vars[variable];
    if (nonEmpty(value)) return { variable, value };
  }
  return undefined;
}

export function winningNoProxyVar(vars: ProxyVars): { variable: NoProxyVarName; value: string } | undefined {
  for (const variable of NO_PROXY_VARS) {
    const value = vars[variable];
    if (nonEmpty(value)) return { variable, value };
  }
  return undefined;
}

export function proxyFor(targetUrl: string, vars: ProxyVars): ProxyDecision {
  const winner = winningProxyVar(vars);
  if (!winner) return { kind: 'direct' };
  const parsed = parseProxyUrl(winner.value);
  const noProxy = winningNoProxyVar(vars);
  if (noProxy) {
    const entry = matchingNoProxyEntry(targetUrl, noProxy.value);
    if (entry !== undefined) return { kind: 'bypassed', variable: winner.variable, proxy: parsed, match: { variable: noProxy.variable, entry } };
  }
  if (!parsed.ok) return { kind: 'invalid', variable: winner.variable, proxy: parsed };
  return { kind: 'proxy', variable: winner.variable, proxy: parsed };
}

/** Entries are comma-separated; whitespace around each is ignored. */
export function splitNoProxy(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

export type NoProxyEntryProblem = 'scheme' | 'space' | 'wildcard-prefix';

/** Entries that match nothing, or less than their author meant. */
export function suspiciousNoProxyEntries(value: string): Array<{ entry: string; problem: NoProxyEntryProblem }> {
  const found: Array<{ entry: string; problem: NoProxyEntryProblem }> = [];
  for (const entry of splitNoProxy(value)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) found.push({ entry, problem: 'scheme' });
    else if (/\s/.test(entry)) found.push({ entry, problem: 'space' });
    else if (entry.startsWith('*.')) found.push({ entry, problem: 'wildcard-prefix' });
  }
  return found;
}

/** The NO_PROXY entry that sends this URL direct, or undefined. */
export function matchingNoProxyEntry(targetUrl: string, noProxy: string): string | undefined {
  let url: URL;
  try {
    url = new URL(targetUrl);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return splitNoProxy(noProxy).find((entry) => entryMatches(entry, host, port));
}

function entryMatches(rawEntry: string, host: string, port: number): boolean {
  if (rawEntry === '*') return true;
  let entry = rawEntry.toLowerCase();
  const portMatch = /^(.*?):(\d+)$/.exec(entry);
  // "[::1]:8080" and "host:443" carry a port; a bare IPv6 address does not.
  if (portMatch && !portMatch[1].includes(':')) {
    if (Number(portMatch[2]) !== port) return false;
    entry = portMatch[1];
  } else if (/^\[.*\]:(\d+)$/.test(entry)) {
    const m = /^\[(.*)\]:(\d+)$/.exec(entry)!;
    if (Number(m[2]) !== port) return false;
    entry = m[1];
  }
  entry = entry.replace(/^\[|\]$/g, '');
  // "*.corp.com" is compared literally, so it matches no real host: the proxy check warns about it.
  if (entry.startsWith('.')) return host.endsWith(entry) || host === entry.slice(1);
  return host === entry || host.endsWith(`.${entry}`);
}
