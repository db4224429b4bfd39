// The classifier's public API: live-probe and explain both decide through these functions only.
export { VERDICTS, isRateLimit, isVerdict, verdictSeverity } from './verdict';
export type { Classification, Limit, QuotaLimit, QuotaWindow, RateLimit, RateLimitKind, Verdict } from './verdict';
export { kimiQuota } from './kimi-answers';
export { classifyApiError } from './classify-api-error';
export type { ApiErrorParts } from './classify-api-error';
export { classifyResponse, redirectHostOf } from './classify-response';
export type { ResponseInput } from './classify-response';
export { classifyFailure } from './classify-failure';
export { classifyConnectionError } from './connection-error';
export { parseRateLimit, parseRetryAfter, retryAfterFromMessage } from './rate-limit';
export { parseJson, readErrorBody } from './error-body';
export type { ErrorBody } from './error-body';
