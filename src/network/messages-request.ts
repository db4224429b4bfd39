// The one POST the live probe sends: what Claude Code would send, shrunk to a single output token.
import type { HttpRequest } from '../core/types';
import { withoutCredentials } from './proxy-url';

/** Claude Code's rule: drop one trailing slash, append /v1/messages (so …/v1 becomes …/v1/v1/messages). */
export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}/v1/messages`;
}

/** The URL as data may show it: no user name or password. */
export function displayUrl(url: string): string {
  return withoutCredentials(url);
}

export interface Credentials {
  apiKey?: string;
  authToken?: string;
}

/** x-api-key for ANTHROPIC_API_KEY, Authorization: Bearer for ANTHROPIC_AUTH_TOKEN; both when both are set. */
export function credentialHeaders(credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = {};
  if (credentials.apiKey) headers['x-api-key'] = credentials.apiKey;
  if (credentials.authToken) headers.authorization = `Bearer ${credentials.authToken}`;
  return headers;
}

export function messagesRequestBody(model: string): string {
  return JSON.stringify({ model, max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] });
}

export function messagesRequest(
  baseUrl: string,
  credentials: Credentials,
  model: string,
  connection: Pick<HttpRequest, 'proxyUrl' | 'extraCaPem' | 'rejectUnauthorized' | 'timeoutMs' | 'signal'>,
): HttpRequest {
  return {
    method: 'POST',
    url: messagesUrl(baseUrl),
    headers: {
      ...credentialHeaders(credentials),
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: messagesRequestBody(model),
    ...connection,
  };
}
