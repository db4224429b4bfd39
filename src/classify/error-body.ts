// Reads Moonshot's and Anthropic's error bodies, which come in two shapes:
//   {"error":{"type","message"}}   and   {"type":"error","error":{"type","message"}}

/**
 * error.type is a short identifier ("invalid_request_error"); a longer one is an echo, not a type, and is cut.
 * A cut echo of a key is still masked: the redactor masks any 8 characters of a known secret (src/core/redact.ts).
 */
export const MAX_TYPE_LENGTH = 64;

export interface ErrorBody {
  type: string | null;
  message: string | null;
}

/** The parsed JSON value, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** error.type and error.message from either body shape; null when the body carries no error object. */
export function readErrorBody(json: unknown): ErrorBody | null {
  if (!isObject(json)) return null;
  const inner = json.error;
  if (isObject(inner)) {
    return { type: capped(stringOrNull(inner.type) ?? stringOrNull(inner.code)), message: stringOrNull(inner.message) };
  }
  // Some gateways flatten it: {"message": "...", "type": "..."}; a successful message also has a type, so require a message.
  if (typeof json.message === 'string' && json.type !== 'message') {
    return { type: capped(stringOrNull(json.type) ?? stringOrNull(json.code)), message: json.message };
  }
  return null;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capped(type: string | null): string | null {
  return type !== null && type.length > MAX_TYPE_LENGTH ? `${type.slice(0, MAX_TYPE_LENGTH)}…` : type;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
