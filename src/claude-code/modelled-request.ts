// The request Claude Code would send, from the hand-written rules (releases.ts, model-slots.ts, credentials.ts).
// Used for every --offline run and whenever the installed client cannot be asked.
import type { CaptureReport, ClientRequest } from './client-request';
import type { CredentialPlan } from './credentials';
import { betasFor, type ModelPlan } from './model-slots';
import { userAgentFor, type ClaudeCodeRelease } from './releases';

/** Claude Code's rule: drop one trailing slash, append /v1/messages (so …/v1 becomes …/v1/v1/messages). */
export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}/v1/messages`;
}

export const MESSAGES_QUERY = '?beta=true';

export function modelledRequest(input: {
  baseUrl: string;
  version: string | null;
  release: ClaudeCodeRelease;
  models: ModelPlan;
  credentials: CredentialPlan;
  customHeaders?: Record<string, string>;
  capture: CaptureReport;
}): ClientRequest {
  const { models, credentials, release } = input;
  const custom = input.customHeaders ?? {};
  const userAgent = custom['user-agent'] ?? userAgentFor(input.version, 'cli');
  return {
    source: 'modelled',
    claudeVersion: input.version,
    url: `${messagesUrl(input.baseUrl)}${MESSAGES_QUERY}`,
    model: models.main.sent,
    headers: {
      ...credentials.headers,
      'user-agent': userAgent,
      'anthropic-version': '2023-06-01',
      'anthropic-beta': betasFor(models.main, release).join(','),
      'x-app': 'cli',
      ...custom,
    },
    authHeaders: authHeaderNames(credentials.headers),
    credentialSources: credentials.sources,
    userAgent,
    others: [],
    capture: input.capture,
    models,
  };
}

export function authHeaderNames(headers: Record<string, string | undefined>): Array<'authorization' | 'x-api-key'> {
  return (['authorization', 'x-api-key'] as const).filter((h) => headers[h] !== undefined);
}
