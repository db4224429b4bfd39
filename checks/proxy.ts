// proxy: which proxy Claude Code uses for the endpoint, whether its settings make sense, and whether it answers.
//
// Offline: everything that needs no network still runs and its findings stand (a malformed proxy URL still
// fails, a case conflict still warns); only the TCP connect to the proxy is left out. The outcome is marked
// skipped, so the status is `skip` when nothing is wrong and `warn`/`fail` when the offline part found something.
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { tlsSettings, type TlsSettings } from '../src/network/connection';
import { networkSettings, proxyVarValues, type NetworkSettings } from '../src/network/effective-settings';
import { displayUrl } from '../src/network/messages-request';
import { noProxyVars, proxyFor, suspiciousNoProxyEntries, type NoProxyEntryProblem, type ProxyDecision, type ProxyVars } from '../src/network/proxy-rules';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';
import { correctedProxyUrl, withoutCredentials, type ParsedProxyUrl } from '../src/network/proxy-url';
import { URL_SCHEME } from '../src/core/url-scheme';

/** Where Claude Code goes when ANTHROPIC_BASE_URL is not set. */
const ANTHROPIC_DEFAULT_URL = 'https://api.anthropic.com';

const CASE_PAIRS: ReadonlyArray<[keyof ProxyVars, keyof ProxyVars]> = [
  ['https_proxy', 'HTTPS_PROXY'],
  ['http_proxy', 'HTTP_PROXY'],
  ['no_proxy', 'NO_PROXY'],
];

export const proxyCheck = defineCheck({
  id: 'proxy',
  title: 'Proxy and TLS settings',
  category: 'network',
  run: async (ctx) => {
    const settings = await networkSettings(ctx);
    // With no endpoint set anywhere readable and a settings file that does not parse, where Claude Code connects
    // (and so which proxy applies) is unknown: that file is the one thing to fix first.
    if (!settings.baseUrl) {
      const unknown = unknownUntilValid(await resolveConfig(ctx), ['ANTHROPIC_BASE_URL']);
      if (unknown) return unknown;
    }
    const url = settings.baseUrl?.value ?? ANTHROPIC_DEFAULT_URL;
    const decision = proxyFor(url, proxyVarValues(settings));
    const findings: Finding[] = [
      decisionFinding(decision, url, settings),
      ...schemeFindings(decision),
      ...caseConflicts(settings),
      ...noProxyFindings(settings),
      ...tlsFindings(await tlsSettings(ctx, settings)),
    ];
    if (ctx.options.offline) findings.push(info('skip.offline'));
    else if (decision.kind === 'proxy') findings.push(await reachability(ctx, decision, url));
    return {
      findings,
      skipped: ctx.options.offline,
      data: {
        url: displayUrl(url),
        proxyUrl: proxyDisplay(decision),
        source: decision.kind === 'direct' ? null : decision.variable,
        sourceOrigin: decision.kind === 'direct' ? null : settings.proxyVars[decision.variable]?.source ?? null,
        bypassed: decision.kind === 'bypassed' ? decision.match : null,
      },
    };
  },
});

/** The proxy that applies (or would, without NO_PROXY), shown without credentials. */
function proxyDisplay(decision: ProxyDecision): string | null {
  if (decision.kind === 'direct' || !decision.proxy.ok) return null;
  return decision.proxy.display;
}

function decisionFinding(decision: ProxyDecision, url: string, settings: NetworkSettings): Finding {
  const target = hostOf(url);
  switch (decision.kind) {
    case 'direct':
      return info('proxy.none', { host: target });
    case 'proxy':
      return info('proxy.applies', { host: target, proxy: decision.proxy.display, variable: decision.variable });
    case 'bypassed':
      return decision.proxy.ok
        ? info('proxy.bypassed', { host: target, proxy: decision.proxy.display, proxyVariable: decision.variable, noProxyVariable: decision.match.variable, entry: decision.match.entry })
        : invalidProxy(decision.variable, decision.proxy, settings);
    case 'invalid':
      return invalidProxy(decision.variable, decision.proxy, settings);
  }
}

function invalidProxy(variable: keyof ProxyVars, proxy: { problem: 'malformed' | 'unsupported-scheme'; scheme?: string }, settings: NetworkSettings): Finding {
  if (proxy.problem === 'unsupported-scheme') return error('proxy.unsupported-scheme', { variable, scheme: proxy.scheme });
  const raw = settings.proxyVars[variable]?.value;
  const corrected = raw === undefined ? undefined : correctedProxyUrl(raw);
  return error('proxy.invalid-url', { variable, suggestion: corrected?.url ?? null, hadCredentials: corrected?.hadCredentials ?? false });
}

/** "127.0.0.1:7890": Claude Code adds http:// itself (measured), so it works; say how it is read. */
function schemeFindings(decision: ProxyDecision): Finding[] {
  const proxy: ParsedProxyUrl | undefined = decision.kind === 'proxy' || decision.kind === 'bypassed' ? decision.proxy : undefined;
  if (decision.kind === 'direct' || !proxy?.ok || !proxy.schemeAdded) return [];
  return [info('proxy.no-scheme', { variable: decision.variable, proxy: proxy.display })];
}

function caseConflicts(settings: NetworkSettings): Finding[] {
  const findings: Finding[] = [];
  for (const [lower, upper] of CASE_PAIRS) {
    const l = settings.proxyVars[lower]?.value;
    const u = settings.proxyVars[upper]?.value;
    if (l !== undefined && u !== undefined && l.trim() !== u.trim()) {
      findings.push(warning('proxy.case-conflict', { winner: lower, loser: upper, winnerValue: withoutCredentials(l), loserValue: withoutCredentials(u) }));
    }
  }
  return findings;
}

/** Claude Code reads no_proxy and NO_PROXY both, so entries in either can be wrong. */
function noProxyFindings(settings: NetworkSettings): Finding[] {
  return noProxyVars(proxyVarValues(settings)).flatMap((noProxy) =>
    suspiciousNoProxyEntries(noProxy.value).map(({ entry, problem }) =>
      warning('proxy.no-proxy-entry', { variable: noProxy.variable, entry, problem, suggestion: suggestionFor(entry, problem) }),
    ),
  );
}

function suggestionFor(entry: string, problem: NoProxyEntryProblem): string {
  if (problem === 'scheme') return entry.replace(URL_SCHEME, '').replace(/\/.*$/, '');
  if (problem === 'semicolon') return entry.split(';').filter(Boolean).join(',');
  // Only "*" alone and a leading "*." are understood: the domain after the last "*" covers its subdomains.
  return entry.slice(entry.lastIndexOf('*') + 1).replace(/^\./, '');
}

function tlsFindings(tls: TlsSettings): Finding[] {
  const findings: Finding[] = [];
  if (!tls.rejectUnauthorized) findings.push(warning('proxy.tls-verification-disabled', { variable: 'NODE_TLS_REJECT_UNAUTHORIZED' }));
  const ca = tls.extraCa;
  if (ca.state === 'unreadable') findings.push(error('proxy.extra-ca-unreadable', { path: ca.path, reason: ca.reason }));
  if (ca.state === 'no-pem') findings.push(error('proxy.extra-ca-not-pem', { path: ca.path }));
  if (ca.state === 'ok') findings.push(info('proxy.extra-ca-ok', { path: ca.path, certificates: ca.certificates }));
  return findings;
}

/**
 * For an https endpoint behind an http proxy, the proxy is asked to CONNECT to it, as Claude Code's requests do:
 * a proxy that accepts connections but closes or ignores CONNECT is as broken as one that is not running.
 */
async function reachability(ctx: Context, decision: Extract<ProxyDecision, { kind: 'proxy' }>, url: string): Promise<Finding> {
  const { host, port, display, username, password } = decision.proxy;
  const target = tunnelTarget(url);
  const tunnel = target && display.startsWith('http:') ? { target, ...(username || password ? { proxyAuthorization: basic(username, password) } : {}) } : undefined;
  const result = await ctx.net.canConnect(host, port, ctx.options.timeoutMs, tunnel);
  const values = { proxy: display, variable: decision.variable, host, port, latencyMs: result.latencyMs, seconds: ctx.options.timeoutMs / 1000, target: target ?? null };
  if (!result.ok) return error('proxy.unreachable', { ...values, error: result.error ?? 'unknown' });
  const answer = result.tunnel;
  if (answer === undefined || ('status' in answer && answer.status === 200)) return info('proxy.reachable', { ...values, tunnel: answer !== undefined });
  if ('status' in answer) return error('proxy.tunnel-failed', { ...values, answer: 'status', status: answer.status });
  return error('proxy.tunnel-failed', { ...values, answer: 'closed' in answer ? 'closed' : 'no-answer' });
}

/** host:port of an https URL (what CONNECT asks for), or undefined for http targets, which go as absolute-URI requests. */
function tunnelTarget(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `${u.hostname}:${u.port || 443}` : undefined;
  } catch {
    return undefined;
  }
}

/** The header undici builds from the proxy URL's user name and password. */
function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
