// An HTTP answer from the messages endpoint → Classification.
import { classifyApiError } from './classify-api-error';
import { isObject, parseJson, readErrorBody } from './error-body';
import { parseRetryAfter } from './rate-limit';
import type { Classification } from './verdict';

export interface ResponseInput {
  status: number;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: string;
  /** The body was cut at the read limit, so it cannot be a complete JSON answer. */
  truncated?: boolean;
  /** The URL that was asked, to resolve a relative Location. */
  requestUrl?: string;
  /** For a retry-after given as a date. */
  nowMs?: number;
}

export function classifyResponse(input: ResponseInput): Classification {
  const { status, headers, body } = input;
  if (status >= 300 && status < 400) {
    return { verdict: 'bad-response', httpStatus: status, errorType: null, message: null, redirectHost: redirectHostOf(headers.location, input.requestUrl) };
  }
  const json = input.truncated ? undefined : parseJson(body);
  const error = readErrorBody(json);
  if (status >= 200 && status < 300) {
    if (isAnthropicMessage(json) || isStreamedMessage(headers, body)) {
      return { verdict: 'ok', httpStatus: status, errorType: null, message: null };
    }
    // A gateway that wraps an error in a 200 still tells us what went wrong.
    if (error) return withRetryAfter(classifyApiError({ status: null, errorType: error.type, message: error.message }), input);
    return { verdict: 'bad-response', httpStatus: status, errorType: null, message: null };
  }
  const classified = classifyApiError({ status, errorType: error?.type, message: error?.message ?? null });
  return withRetryAfter({ ...classified, httpStatus: status }, input);
}

function withRetryAfter(c: Classification, input: ResponseInput): Classification {
  if (c.verdict !== 'rate-limited' && c.verdict !== 'overloaded') return c;
  const fromHeader = parseRetryAfter(input.headers['retry-after'], input.nowMs);
  return fromHeader === undefined ? c : { ...c, retryAfterSeconds: fromHeader };
}

function isAnthropicMessage(json: unknown): boolean {
  return isObject(json) && json.type === 'message' && Array.isArray(json.content);
}

function isStreamedMessage(headers: Readonly<Record<string, string>>, body: string): boolean {
  return (headers['content-type'] ?? '').includes('text/event-stream') && /^event:\s*message_start\b/m.test(body);
}

/** The host of a Location header; '(none)' when the 3xx named no target. */
export function redirectHostOf(location: string | undefined, requestUrl: string | undefined): string {
  if (!location) return '(none)';
  try {
    return new URL(location, requestUrl).host;
  } catch {
    return location.slice(0, 200);
  }
}
