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
import { proxyFor, suspiciousNoProxyEntries, winningNoProxyVar, type ProxyDecision, type ProxyVars } from '../src/network/proxy-rules';
import { withoutCredentials } from '../src/network/proxy-url';

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
    const url = settings.baseUrl?.value ?? ANTHROPIC_DEFAULT_URL;
    const decision = proxyFor(url, proxyVarValues(settings));
    const findings: Finding[] = [
      decisionFinding(decision, url),
      ...caseConflicts(settings),
      ...noProxyFindings(settings),
      ...tlsFindings(await tlsSettings(ctx, settings)),
    ];
    if (ctx.options.offline) findings.push(info('skip.offline'));
    else if (decision.kind === 'proxy') findings.push(await reachability(ctx, decision));
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

function decisionFinding(decision: ProxyDecision, url: string): Finding {
  const target = hostOf(url);
  switch (decision.kind) {
    case 'direct':
      return info('proxy.none', { host: target });
    case 'proxy':
      return info('proxy.applies', { host: target, proxy: decision.proxy.display, variable: decision.variable });
    case 'bypassed':
      return decision.proxy.ok
        ? info('proxy.bypassed', { host: target, proxy: decision.proxy.display, proxyVariable: decision.variable, noProxyVariable: decision.match.variable, entry: decision.match.entry })
        : invalidProxy(decision.variable, decision.proxy);
    case 'invalid':
      return invalidProxy(decision.variable, decision.proxy);
  }
}

function invalidProxy(variable: string, proxy: { problem: 'malformed' | 'unsupported-scheme'; scheme?: string }): Finding {
  return proxy.problem === 'unsupported-scheme'
    ? error('proxy.unsupported-scheme', { variable, scheme: proxy.scheme })
    : error('proxy.invalid-url', { variable });
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

function noProxyFindings(settings: NetworkSettings): Finding[] {
  const noProxy = winningNoProxyVar(proxyVarValues(settings));
  if (!noProxy) return [];
  return suspiciousNoProxyEntries(noProxy.value).map(({ entry, problem }) =>
    warning('proxy.no-proxy-entry', { variable: noProxy.variable, entry, problem, suggestion: suggestionFor(entry, problem) }),
  );
}

function suggestionFor(entry: string, problem: 'scheme' | 'space' | 'wildcard-prefix'): string {
  if (problem === 'scheme') return entry.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
  if (problem === 'wildcard-prefix') return entry.slice(1);
  return entry.split(/\s+/).join(',');
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

async function reachability(ctx: Context, decision: Extract<ProxyDecision, { kind: 'proxy' }>): Promise<Finding> {
  const { host, port, display } = decision.proxy;
  const result = await ctx.net.canConnect(host, port, ctx.options.timeoutMs);
  const values = { proxy: display, variable: decision.variable, host, port, latencyMs: result.latencyMs, seconds: ctx.options.timeoutMs / 1000 };
  return result.ok ? info('proxy.reachable', values) : error('proxy.unreachable', { ...values, error: result.error ?? 'unknown' });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
