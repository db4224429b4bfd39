// Which proxy Claude Code uses for a URL, by the rules measured on the real binary (src/claude-code/proxy-rules.ts):
// - https_proxy, HTTPS_PROXY, http_proxy, HTTP_PROXY, first non-empty wins, for http and https targets alike;
// - no_proxy and NO_PROXY both count; entries are separated by commas or white space; `*` bypasses everything;
//   `*.corp.com`, `.corp.com` and `corp.com` cover corp.com and its subdomains; `host:port` only that port;
//   `10.0.0.0/8` an address range; loopback is not bypassed by default.
import { NO_PROXY_SEPARATORS, NO_PROXY_VARIABLES, PROXY_VARIABLE_ORDER } from '../claude-code/proxy-rules';
import { parseProxyUrl, type ParsedProxyUrl } from './proxy-url';
import { URL_SCHEME } from '../core/url-scheme';

export const PROXY_VARS = PROXY_VARIABLE_ORDER;
export const NO_PROXY_VARS = NO_PROXY_VARIABLES;
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

/** Every NO_PROXY variable that is set: Claude Code reads both. */
export function noProxyVars(vars: ProxyVars): Array<{ variable: NoProxyVarName; value: string }> {
  return NO_PROXY_VARS.flatMap((variable) => (nonEmpty(vars[variable]) ? [{ variable, value: vars[variable]! }] : []));
}

export function proxyFor(targetUrl: string, vars: ProxyVars): ProxyDecision {
  const winner = winningProxyVar(vars);
  if (!winner) return { kind: 'direct' };
  const parsed = parseProxyUrl(winner.value);
  for (const noProxy of noProxyVars(vars)) {
    const entry = matchingNoProxyEntry(targetUrl, noProxy.value);
    if (entry !== undefined) return { kind: 'bypassed', variable: winner.variable, proxy: parsed, match: { variable: noProxy.variable, entry } };
  }
  if (!parsed.ok) return { kind: 'invalid', variable: winner.variable, proxy: parsed };
  return { kind: 'proxy', variable: winner.variable, proxy: parsed };
}

/** Entries are separated by commas and white space. */
export function splitNoProxy(value: string): string[] {
  return value.split(NO_PROXY_SEPARATORS).filter((e) => e !== '');
}

export type NoProxyEntryProblem = 'scheme' | 'semicolon' | 'wildcard';

/** Entries that match nothing, or less than their author meant. */
export function suspiciousNoProxyEntries(value: string): Array<{ entry: string; problem: NoProxyEntryProblem }> {
  const found: Array<{ entry: string; problem: NoProxyEntryProblem }> = [];
  for (const entry of splitNoProxy(value)) {
    if (URL_SCHEME.test(entry)) found.push({ entry, problem: 'scheme' });
    else if (entry.includes(';')) found.push({ entry, problem: 'semicolon' });
    else if (entry !== '*' && entry.replace(/^\*\./, '.').includes('*')) found.push({ entry, problem: 'wildcard' });
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
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return splitNoProxy(noProxy).find((entry) => entryMatches(entry, host, port));
}

function entryMatches(rawEntry: string, host: string, port: number): boolean {
  if (rawEntry === '*') return true;
  let entry = rawEntry.toLowerCase();
  if (entry.includes('/')) return inCidr(entry, host);
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) {
    if (bracketed[2] !== undefined && Number(bracketed[2]) !== port) return false;
    entry = bracketed[1];
  } else {
    // "host:443" carries a port; a bare IPv6 address ("::1") does not.
    const withPort = /^([^:]*):(\d+)$/.exec(entry);
    if (withPort) {
      if (Number(withPort[2]) !== port) return false;
      entry = withPort[1];
    }
  }
  entry = entry.replace(/\.$/, '');
  if (entry.startsWith('*.')) entry = entry.slice(1);
  if (entry.includes('*')) return false;
  if (entry.startsWith('.')) return host === entry.slice(1) || host.endsWith(entry);
  return host === entry || host.endsWith(`.${entry}`);
}

/** IPv4 ranges ("10.0.0.0/8"); an IPv6 range was not measured and matches nothing. */
function inCidr(entry: string, host: string): boolean {
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(entry);
  const bits = m ? Number(m[2]) : NaN;
  const network = m ? ipv4(m[1]) : undefined;
  const address = ipv4(host);
  if (network === undefined || address === undefined || !(bits >= 0 && bits <= 32)) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((network & mask) >>> 0) === ((address & mask) >>> 0);
}

function ipv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}
