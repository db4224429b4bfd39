// live-probe: one real request, exactly as Claude Code would send it, classified into a verdict with a remedy.
// Budget: at most one POST per run, never retried (Tier0 allows 3 a minute), plus the follow-up GETs of issue 4.
import { classifyFailure, classifyResponse, type Classification } from '../src/classify';
import { defineCheck, skipped } from '../src/core/define-check';
import type { Context } from '../src/core/types';
import { connectionFor, tlsSettings } from '../src/network/connection';
import { networkSettings, type NetworkSettings } from '../src/network/effective-settings';
import { countingClient, planFollowUps, runFollowUps } from '../src/network/follow-ups';
import { displayUrl, messagesRequest, messagesUrl } from '../src/network/messages-request';
import { officialRegionOf } from '../src/network/moonshot-hosts';
import { probeFinding, type ProbeFacts } from '../src/network/probe-finding';
import { hintFromKey, hintFromRegion } from '../src/network/region-hint';

/** What Claude Code sends when no model is configured (FACTS.md). */
export const CLAUDE_CODE_DEFAULT_MODEL = 'claude-opus-4-8';

export const liveProbe = defineCheck({
  id: 'live-probe',
  title: 'Live request to the endpoint',
  category: 'network',
  run: async (ctx) => {
    if (ctx.options.offline) return skipped('skip.offline');
    const settings = await networkSettings(ctx);
    const baseUrl = settings.baseUrl?.value;
    // A missing or broken URL or credential is the configuration checks' finding; the probe has nothing to send.
    if (!baseUrl) return skipped('live-probe.skip-no-base-url');
    if (!isHttpUrl(messagesUrl(baseUrl))) return skipped('live-probe.skip-bad-url', { value: displayUrl(baseUrl) });
    const apiKey = settings.apiKey?.value;
    const authToken = settings.authToken?.value;
    const key = apiKey ?? authToken;
    if (!key) return skipped('live-probe.skip-no-credential');
    return probe(ctx, settings, baseUrl, { apiKey, authToken, key });
  },
});

async function probe(ctx: Context, settings: NetworkSettings, baseUrl: string, creds: { apiKey?: string; authToken?: string; key: string }) {
  const url = messagesUrl(baseUrl);
  const tls = await tlsSettings(ctx, settings);
  const { decision, options } = connectionFor(ctx, settings, tls, url);
  if (decision.kind === 'invalid') return skipped('live-probe.skip-bad-proxy', { variable: decision.variable });

  const model = ctx.options.model ?? settings.model?.value ?? CLAUDE_CODE_DEFAULT_MODEL;
  const modelSource = ctx.options.model ? 'option' : settings.model ? 'ANTHROPIC_MODEL' : 'claude-code-default';
  const http = countingClient(ctx.http);
  const outcome = await http.request(messagesRequest(baseUrl, creds, model, options));
  const classification: Classification = outcome.ok
    ? classifyResponse({ ...outcome.response, requestUrl: url, nowMs: ctx.clock.now() })
    : classifyFailure(outcome.failure.kind, { code: outcome.failure.code, message: outcome.failure.message });

  const region = officialRegionOf(url);
  const keyHint = classification.verdict === 'auth' ? hintFromKey(creds.key, url) : undefined;
  const plan = planFollowUps(classification, region);
  // The key's prefix already says whose key it is: asking the other region would only spend a request.
  if (keyHint) plan.otherRegionBalance = false;
  const facts = region
    ? await runFollowUps(http, plan, region, creds.key, (u) => connectionFor(ctx, settings, tls, u).options)
    : {};

  const probeFacts: ProbeFacts = {
    url: displayUrl(url),
    host: new URL(url).host,
    model,
    modelSource,
    latencyMs: outcome.ok ? outcome.response.latencyMs : outcome.failure.latencyMs,
    timeoutMs: ctx.options.timeoutMs,
    proxy: decision.kind === 'proxy' ? decision.proxy.display : null,
    proxyVariable: decision.kind === 'proxy' ? decision.variable : null,
    region,
    keyVariables: [creds.apiKey ? 'ANTHROPIC_API_KEY' : null, creds.authToken ? 'ANTHROPIC_AUTH_TOKEN' : null].filter((v): v is string => v !== null),
    ...(facts.balance ? { balance: facts.balance } : {}),
    ...(facts.models ? { models: facts.models } : {}),
    ...(facts.keyRegion ? { regionHint: hintFromRegion(facts.keyRegion) } : keyHint ? { regionHint: keyHint } : {}),
  };
  return {
    findings: [probeFinding(classification, probeFacts)],
    data: {
      verdict: classification.verdict,
      url: probeFacts.url,
      model,
      httpStatus: classification.httpStatus,
      errorType: classification.errorType,
      latencyMs: probeFacts.latencyMs,
      requests: http.count(),
      ...(classification.limit ? { limit: classification.limit } : {}),
      ...(classification.retryAfterSeconds !== undefined ? { retryAfterSeconds: classification.retryAfterSeconds } : {}),
      ...(classification.redirectHost !== undefined ? { redirectHost: classification.redirectHost } : {}),
      ...(facts.balance ? { balance: facts.balance } : {}),
      ...(probeFacts.regionHint ? { regionHint: probeFacts.regionHint } : {}),
      ...(facts.models ? { models: facts.models } : {}),
    },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}
