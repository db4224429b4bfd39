// A classification plus what the follow-ups found → the one finding live-probe reports.
import { isRateLimit, verdictSeverity, type Classification, type Verdict } from '../classify';
import type { Finding, FindingCode } from '../core/types';
import type { Balance } from './follow-ups';
import { CONSOLE_URLS, KIMI_CODE_HOST, type Region } from './moonshot-hosts';
import type { RegionHint } from './region-hint';
import { tiersMatching } from './tiers';

const VERDICT_CODES = {
  ok: 'live-probe.ok',
  auth: 'live-probe.auth',
  billing: 'live-probe.billing',
  'client-not-allowed': 'live-probe.client-not-allowed',
  'rate-limited': 'live-probe.rate-limited',
  overloaded: 'live-probe.overloaded',
  'model-not-found': 'live-probe.model-not-found',
  'endpoint-not-found': 'live-probe.endpoint-not-found',
  'bad-request': 'live-probe.bad-request',
  'server-error': 'live-probe.server-error',
  'bad-response': 'live-probe.bad-response',
  timeout: 'live-probe.timeout',
  dns: 'live-probe.dns',
  'connection-refused': 'live-probe.connection-refused',
  tls: 'live-probe.tls',
  proxy: 'live-probe.proxy',
  network: 'live-probe.network',
} as const satisfies Record<Verdict, FindingCode>;

/** A redirect is a security finding: Claude Code would follow it and send the key to the new host. */
export const REDIRECT_CODE = 'live-probe.redirect' satisfies FindingCode;

export interface ProbeFacts {
  url: string;
  host: string;
  model: string;
  modelSource: 'option' | 'ANTHROPIC_MODEL' | 'claude-code-default';
  latencyMs: number;
  timeoutMs: number;
  /** Proxy used, without credentials; null when direct. */
  proxy: string | null;
  proxyVariable: string | null;
  region: Region | null;
  keyVariables: string[];
  balance?: Balance;
  regionHint?: RegionHint;
  models?: string[];
}

export function probeFinding(c: Classification, facts: ProbeFacts): Finding {
  const severity = { pass: 'info', warn: 'warning', fail: 'error' } as const;
  const consoleRegion = facts.region ?? regionOfHint(facts.regionHint);
  const values = {
    ...facts,
    status: c.httpStatus,
    errorType: c.errorType,
    serverMessage: c.message ? c.message.slice(0, 300) : null,
    limit: c.limit,
    tiers: isRateLimit(c.limit) ? tiersMatching(c.limit) : [],
    retryAfterSeconds: c.retryAfterSeconds,
    redirectHost: c.redirectHost,
    consoleUrls: consoleRegion ? [CONSOLE_URLS[consoleRegion]] : [CONSOLE_URLS.cn, CONSOLE_URLS.ai],
    timeoutSeconds: Math.round(facts.timeoutMs / 100) / 10,
    baseUrlEndsWithV1: /\/v1\/?$/.test(facts.url.replace(/\/v1\/messages$/, '')),
    kimiCodeSuspended: c.httpStatus === 402,
    // Kimi Code answers clients it does not recognise with 403, or at times 429 "overloaded" (shared/FACTS.md, 2026-12-03).
    kimiCode: facts.host.toLowerCase() === KIMI_CODE_HOST,
  };
  const code = c.redirectHost !== undefined ? REDIRECT_CODE : VERDICT_CODES[c.verdict];
  return { code, severity: severity[verdictSeverity(c.verdict)], values };
}

function regionOfHint(hint: RegionHint | undefined): Region | null {
  if (hint === 'key-belongs-to-cn') return 'cn';
  if (hint === 'key-belongs-to-ai') return 'ai';
  return null;
}
