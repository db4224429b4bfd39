// One question, one room: given this machine's configuration, what will Claude Code send, and where?
// Checks, the probe, explain, setup and --fix ask here and keep no copy of the rules.
//   releases.ts         version-keyed facts (default model, aliases, betas), measured on the real binary
//   model-slots.ts      which slot names the model, through aliases and [1m]
//   credentials.ts      which credential headers go out (keys, token, apiKeyHelper)
//   modelled-request.ts the request from those rules (offline, or when the client cannot be asked)
//   observed-request.ts the request the installed client really sends, captured on loopback
import { resolveConfig } from '../config/resolve';
import { registerSecret } from '../config/secrets';
import type { EffectiveConfig } from '../config/types';
import type { Context } from '../core/types';
import { locateClaude } from '../facts/claude-install';
import type { CaptureReport, ClientRequest, ClientRequestOutcome } from './client-request';
import { credentialPlan, credentialSources, type CredentialValues } from './credentials';
import { parseCustomHeaders } from './custom-headers';
import { resolveModels, type ModelPlan } from './model-slots';
import { authHeaderNames, messagesUrl, modelledRequest } from './modelled-request';
import { observeRequest, type Observation } from './observed-request';
import { releaseFor, type ClaudeCodeRelease } from './releases';
import { asClaudeCodeReads } from './values';

export type { ClientRequest, ClientRequestOutcome, CaptureReport } from './client-request';
export { requestData } from './client-request';
export { resolveModels, isClaudeModel, MODEL_SLOTS, type ModelPlan, type ResolvedModel, type ModelSource, type SlotValue } from './model-slots';
export { releaseFor, userAgentFor, CURRENT_RELEASE, type ClaudeCodeRelease } from './releases';
export { messagesUrl } from './modelled-request';
export { asClaudeCodeReads, isTruthyFlag, THIRD_PARTY_PROVIDER_VARS } from './values';
export { CAPTURE_TIMEOUT_MS } from './observed-request';

/** The installed Claude Code's version and the facts that describe it (the newest measured release when unknown). */
export async function installedRelease(ctx: Context): Promise<{ version: string | null; release: ClaudeCodeRelease; path: string | null; runnable: boolean }> {
  const install = await locateClaude(ctx);
  const first = install.copies[0];
  const version = first?.version ?? null;
  return { version, release: releaseFor(version), path: first?.path ?? null, runnable: Boolean(first && version && !first.nativeBinaryMissing) };
}

/** The model each role will ask for, by the hand-written rules of the installed release (no process is run). */
export async function modelPlan(ctx: Context): Promise<ModelPlan> {
  const [config, installed] = await Promise.all([resolveConfig(ctx), installedRelease(ctx)]);
  return resolveModels(config, installed.release, ctx.options.model);
}

/** A value as Claude Code reads it from the effective configuration (trimmed where it trims). */
export function claudeCodeValue(config: EffectiveConfig, name: string): string | undefined {
  return asClaudeCodeReads(name, config.get(name)?.value);
}

/** The messages request, observed from the installed client when it can be run, modelled otherwise. Once per run. */
export function whatClaudeCodeSends(ctx: Context): Promise<ClientRequestOutcome> {
  return ctx.memo('claude-code:request', () => decide(ctx));
}

async function decide(ctx: Context): Promise<ClientRequestOutcome> {
  const [config, installed] = await Promise.all([resolveConfig(ctx), installedRelease(ctx)]);
  const baseUrl = claudeCodeValue(config, 'ANTHROPIC_BASE_URL');
  if (!baseUrl) return { ok: false, reason: 'no-base-url' };
  const url = httpUrl(messagesUrl(baseUrl));
  if (!url) return { ok: false, reason: 'bad-url', value: baseUrl };
  const models = resolveModels(config, installed.release, ctx.options.model);

  let capture: CaptureReport;
  let observation: Observation | undefined;
  if (ctx.options.offline) capture = { status: 'offline' };
  else if (ctx.options.clientCapture === false) capture = { status: 'disabled' };
  else if (!installed.runnable || !installed.path) capture = { status: 'not-installed' };
  else {
    observation = await observeRequest(ctx, { claudePath: installed.path, version: installed.version, baseUrl: new URL(baseUrl), cliModel: ctx.options.model });
    capture = observation.report;
  }
  if (observation?.main) return { ok: true, request: observed(baseUrl, installed.version, models, observation, config) };

  const credentials = await credentialPlan(ctx, credentialValues(config));
  if (!credentials) return { ok: false, reason: 'no-credential', capture };
  const custom = parseCustomHeaders(config.get('ANTHROPIC_CUSTOM_HEADERS')?.value);
  for (const secret of custom.secrets) registerSecret(ctx.secrets, secret);
  return { ok: true, request: modelledRequest({ baseUrl, version: installed.version, release: installed.release, models, credentials, customHeaders: custom.headers, capture }) };
}

function observed(baseUrl: string, version: string | null, models: ModelPlan, o: Observation, config: EffectiveConfig): ClientRequest {
  const main = o.main!;
  const headers = main.headers;
  return {
    source: 'observed',
    claudeVersion: version,
    // Same origin as the user's base URL, the path and query exactly as the client built them.
    url: `${new URL(baseUrl).origin}${main.path}`,
    model: main.model ?? models.main.sent,
    headers,
    authHeaders: authHeaderNames(headers),
    credentialSources: credentialSources(credentialValues(config)),
    userAgent: headers['user-agent'] ?? null,
    others: o.others,
    capture: o.report,
    models,
  };
}

function credentialValues(config: EffectiveConfig): CredentialValues {
  return { apiKey: claudeCodeValue(config, 'ANTHROPIC_API_KEY'), authToken: claudeCodeValue(config, 'ANTHROPIC_AUTH_TOKEN'), apiKeyHelper: config.apiKeyHelper };
}

function httpUrl(value: string): URL | null {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' ? u : null;
  } catch {
    return null;
  }
}
