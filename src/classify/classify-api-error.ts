// The one decision table: status, error.type and message together → verdict.
// live-probe feeds it a parsed response; explain feeds it what it read from Claude Code's error line,
// where any of the three may be missing.
import { CLIENT_NOT_ALLOWED_TEXT, kimiQuota } from './kimi-answers';
import { parseRateLimit, retryAfterFromMessage } from './rate-limit';
import type { Classification, Verdict } from './verdict';

export interface ApiErrorParts {
  status?: number | null;
  errorType?: string | null;
  message?: string | null;
}

// Billing shows up as 402, or as 403/429 carrying a quota type or a balance message, so these win over the status.
const BILLING_TYPES = new Set(['exceeded_current_quota_error', 'insufficient_quota', 'billing_error', 'payment_required']);
const BILLING_TEXT =
  /exceeded[_ ]current[_ ]quota|insufficient[_ ]balance|insufficient[_ ]quota|please recharge|check your plan and billing|suspended due to|account\b.{0,60}\bis not active|余额不足|欠费|请充值/i;

const RATE_LIMIT_TYPES = new Set(['rate_limit_reached_error', 'rate_limit_error', 'rate_limit_exceeded']);
const RATE_LIMIT_TEXT = /\bmax (?:organization )?(?:RPM|TPM|TPD|concurrency)\b|\b(?:RPM|TPM|TPD)\b.{0,20}rate limit|rate limit (?:reached|exceeded)|too many requests/i;

const OVERLOAD_TYPES = new Set(['engine_overloaded_error', 'overloaded_error']);
const OVERLOAD_TEXT = /\boverloaded\b/i;

const AUTH_TYPES = new Set([
  'invalid_authentication_error',
  'incorrect_api_key_error',
  'authentication_error',
  'permission_error',
  // Moonshot's 403 permission_denied_error stays auth (the request is refused for this key), but its wording names
  // an IP allowlist or an API not opened for the account instead of a bad key (i18n keys on errorType).
  'permission_denied_error',
]);
// "The API Key appears to be invalid or may have expired": Kimi Code's 401 (its error reference, seen 2026-12-03).
const AUTH_TEXT = /invalid authentication|incorrect api key|invalid api key|invalid x-api-key|unauthori[sz]ed|api key appears to be invalid/i;

const MODEL_TEXT = /\bmodel\b/i;
const MODEL_MISSING_TEXT = /model\b.{0,80}\b(?:not found|does not exist|not exist|not available|no access)|not found the model/i;

export function classifyApiError(parts: ApiErrorParts): Classification {
  const status = parts.status ?? null;
  const errorType = parts.errorType ?? null;
  const message = parts.message ?? null;
  const base = { httpStatus: status, errorType, message };
  const type = (errorType ?? '').toLowerCase();
  const text = message ?? '';
  if (CLIENT_NOT_ALLOWED_TEXT.test(text)) return { verdict: 'client-not-allowed', ...base };
  // A used-up membership quota wins over the status: Kimi Code sends it as 403 (and 429), never meaning a bad key.
  const quota = kimiQuota(text);
  if (quota) return { verdict: 'billing', ...base, limit: quota };
  const verdict = decide(status, type, text);
  if (verdict === 'rate-limited') {
    const limit = parseRateLimit(message);
    const retryAfterSeconds = retryAfterFromMessage(message);
    return { verdict, ...base, ...(limit ? { limit } : {}), ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
  }
  return { verdict, ...base };
}

function decide(status: number | null, type: string, text: string): Verdict {
  if (BILLING_TYPES.has(type) || BILLING_TEXT.test(text) || status === 402) return 'billing';
  if (RATE_LIMIT_TEXT.test(text)) return 'rate-limited';
  // The message before the generic type: Kimi Code sends 429 rate_limit_error "The engine is currently overloaded"
  // (shared/FACTS.md, 2026-12-03), and Claude Code prints only the message, so both readers must say overloaded.
  if (OVERLOAD_TYPES.has(type) || status === 529 || OVERLOAD_TEXT.test(text)) return 'overloaded';
  if (RATE_LIMIT_TYPES.has(type)) return 'rate-limited';
  if (AUTH_TYPES.has(type) || status === 401 || status === 403 || AUTH_TEXT.test(text)) return 'auth';
  if (status === 404 || type === 'resource_not_found_error' || type === 'not_found_error') {
    return MODEL_TEXT.test(text) ? 'model-not-found' : 'endpoint-not-found';
  }
  if (MODEL_MISSING_TEXT.test(text)) return 'model-not-found';
  if (status === 429) return 'rate-limited';
  if (status === 405) return 'endpoint-not-found';
  if (status !== null && status >= 500) return 'server-error';
  if (type === 'server_error' || type === 'api_error') return 'server-error';
  if (status !== null && status >= 400) return 'bad-request';
  if (type === 'invalid_request_error') return 'bad-request';
  return 'bad-response';
}
