// live-probe: one real request, exactly as Claude Code would send it, classified into a verdict with a remedy.
// Budget: at most one POST per run, never retried (Tier0 allows 3 a minute), plus the follow-up GETs of issue 4.
import { CAPTURE_TIMEOUT_MS, isClaudeModel, requestData, whatClaudeCodeSends, type ClientRequest } from '../src/claude-code';
import { classifyFailure, classifyResponse, type Classification } from '../src/classify';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';
import { defineCheck, info, skipped, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { connectionFor, tlsSettings } from '../src/network/connection';
import { networkSettings, type NetworkSettings } from '../src/network/effective-settings';
import { countingClient, planFollowUps, runFollowUps } from '../src/network/follow-ups';
import { displayUrl, replayRequest } from '../src/network/messages-request';
import { isKimiCodeUrl, officialRegionOf } from '../src/network/moonshot-hosts';
import { probeFinding, type ProbeFacts } from '../src/network/probe-finding';
import { hintFromKey, hintFromRegion } from '../src/network/region-hint';

export const liveProbe = defineCheck({
  id: 'live-probe',
  title: 'Live request to the endpoint',
  category: 'network',
  // The probe's own requests, plus one run of the installed Claude Code to learn what it sends.
  budgetMs: (o) => 3 * o.timeoutMs + 2000 + (o.clientCapture === false ? 0 : CAPTURE_TIMEOUT_MS),
  run: async (ctx) => {
    if (ctx.options.offline) return skipped('skip.offline');
    const outcome = await whatClaudeCodeSends(ctx);
    // A missing or broken URL or credential is the configuration checks' finding; the probe has nothing to send.
    if (!outcome.ok) {
      if (outcome.reason === 'no-base-url') return unknownUntilValid(await resolveConfig(ctx), ['ANTHROPIC_BASE_URL']) ?? skipped('live-probe.skip-no-base-url');
      if (outcome.reason === 'bad-url') return skipped('live-probe.skip-bad-url', { value: displayUrl(outcome.value) });
      return skipped('live-probe.skip-no-credential', undefined, { capture: outcome.capture });
    }
    return probe(ctx, await networkSettings(ctx), outcome.request);
  },
});

async function probe(ctx: Context, settings: NetworkSettings, request: ClientRequest) {
  const url = request.url;
  const tls = await tlsSettings(ctx, settings);
  const { decision, options } = connectionFor(ctx, settings, tls, url);
  if (decision.kind === 'invalid') return skipped('live-probe.skip-bad-proxy', { variable: decision.variable });

  const model = request.model;
  const modelSource = ctx.options.model ? 'option' : request.models.main.setBy === 'default' ? 'claude-code-default' : 'ANTHROPIC_MODEL';
  const http = countingClient(ctx.http);
  const outcome = await http.request(replayRequest(request, options));
  const classification: Classification = outcome.ok
    ? classifyResponse({ ...outcome.response, requestUrl: url, nowMs: ctx.clock.now() })
    : classifyFailure(outcome.failure.kind, { code: outcome.failure.code, message: outcome.failure.message });
  const key = request.headers['x-api-key'] ?? (request.headers.authorization ?? '').replace(/^\s*bearer\s+/i, '');

  const region = officialRegionOf(url);
  const keyHint = classification.verdict === 'auth' ? hintFromKey(key, url) : undefined;
  const plan = planFollowUps(classification, region);
  // The key's prefix already says whose key it is: asking the other region would only spend a request.
  if (keyHint) plan.otherRegionBalance = false;
  const facts = region
    ? await runFollowUps(http, plan, region, key, (u) => connectionFor(ctx, settings, tls, u).options)
    : {};

  const probeFacts: ProbeFacts = {
    url: displayUrl(withoutQuery(url)),
    host: new URL(url).host,
    model,
    modelSource,
    latencyMs: outcome.ok ? outcome.response.latencyMs : outcome.failure.latencyMs,
    timeoutMs: ctx.options.timeoutMs,
    proxy: decision.kind === 'proxy' ? decision.proxy.display : null,
    proxyVariable: decision.kind === 'proxy' ? decision.variable : null,
    region,
    keyVariables: request.credentialSources,
    ...(facts.balance ? { balance: facts.balance } : {}),
    ...(facts.models ? { models: facts.models } : {}),
    ...(facts.keyRegion ? { regionHint: hintFromRegion(facts.keyRegion) } : keyHint ? { regionHint: keyHint } : {}),
  };
  return {
    findings: [probeFinding(classification, probeFacts), ...requestFindings(request, region !== null || isKimiCodeUrl(url))],
    data: {
      verdict: classification.verdict,
      url: probeFacts.url,
      model,
      httpStatus: classification.httpStatus,
      errorType: classification.errorType,
      latencyMs: probeFacts.latencyMs,
      requests: http.count(),
      request: requestData(request),
      ...(classification.limit ? { limit: classification.limit } : {}),
      ...(classification.retryAfterSeconds !== undefined ? { retryAfterSeconds: classification.retryAfterSeconds } : {}),
      ...(classification.redirectHost !== undefined ? { redirectHost: classification.redirectHost } : {}),
      ...(facts.balance ? { balance: facts.balance } : {}),
      ...(probeFacts.regionHint ? { regionHint: probeFacts.regionHint } : {}),
      ...(facts.models ? { models: facts.models } : {}),
    },
  };
}

/** How the doctor knows what Claude Code sends, and the further requests that will fail on a Kimi host. */
function requestFindings(request: ClientRequest, kimiHost: boolean): Finding[] {
  const facts = { version: request.claudeVersion, model: request.model, userAgent: request.userAgent, authHeaders: request.authHeaders, capture: request.capture.status };
  const findings = [info(request.source === 'observed' ? 'claude-code.request-observed' : 'claude-code.request-modelled', facts)];
  const claudeModels = [...new Set(request.others.map((o) => o.model).filter((m): m is string => m !== null && isClaudeModel(m)))];
  if (kimiHost && claudeModels.length) findings.push(warning('claude-code.other-request-claude-model', { models: claudeModels, count: request.others.length }));
  return findings;
}

function withoutQuery(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
