// The one POST the live probe sends: Claude Code's request (src/claude-code/) replayed with a body shrunk to a
// single output token: same URL, same headers, same model; no system prompt, no tools, no streaming.
import type { ClientRequest } from '../claude-code';
import type { HttpRequest } from '../core/types';
import { withoutCredentials } from './proxy-url';

export { messagesUrl } from '../claude-code';

/** The URL as data may show it: no user name or password. */
export function displayUrl(url: string): string {
  return withoutCredentials(url);
}

export function messagesRequestBody(model: string): string {
  return JSON.stringify({ model, max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] });
}

export function replayRequest(
  request: Pick<ClientRequest, 'url' | 'headers' | 'model'>,
  connection: Pick<HttpRequest, 'proxyUrl' | 'extraCaPem' | 'rejectUnauthorized' | 'timeoutMs' | 'signal'>,
  model: string = request.model,
): HttpRequest {
  return {
    method: 'POST',
    url: request.url,
    headers: { ...request.headers, 'content-type': 'application/json' },
    body: messagesRequestBody(model),
    ...connection,
  };
}
