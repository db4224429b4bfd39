// One reader per kind of line Claude Code (or the shell) prints. A reader pulls the facts out of the text;
// every HTTP or connection verdict is then decided by the classifier, exactly as live-probe decides it.
import { isClaudeModel } from '../claude-code/model-slots';
import { classifyApiError, classifyConnectionError, classifyResponse, parseJson, readErrorBody, type Classification } from '../classify';
import type { LineKind, Reading } from './reading';
import type { Confidence, ExplainVerdict } from './verdicts';

/** Facts found anywhere in the paste that help read a single line (a status printed by curl above a JSON body). */
export interface PasteContext {
  httpStatus?: number;
}

type Reader = (line: string, ctx: PasteContext) => Reading | null;

const reading = (
  kind: LineKind,
  matched: string,
  verdict: ExplainVerdict,
  confidence: Confidence,
  extra: { classification?: Classification; alternatives?: ExplainVerdict[]; values?: Record<string, unknown> } = {},
): Reading => ({ kind, matched, verdict, confidence, alternatives: extra.alternatives ?? [], values: extra.values ?? {}, ...(extra.classification ? { classification: extra.classification } : {}) });

const fromClassifier = (kind: LineKind, line: string, c: Classification, confidence: Confidence, values: Record<string, unknown> = {}, alternatives: ExplainVerdict[] = []) =>
  reading(kind, line, c.verdict, confidence, { classification: c, values, alternatives });

const SUFFIX = '/v1/messages?beta=true';

const invalidUrl: Reader = (line) => {
  // Newer releases (2.1.332, seen 2026-11-29) print only "API Error: Invalid URL", without the value.
  if (/API Error:\s*Invalid URL\s*$/i.test(line)) {
    return reading('invalid-url', line, 'invalid-url', 'high', { values: { baseUrl: null, problems: [], suggestedUrl: null } });
  }
  const m = /API Error:\s*(.*?)\s*cannot be parsed as a URL/i.exec(line);
  if (!m) return null;
  // Claude Code wraps the value in one pair of quotes; anything left is the user's.
  let shown = m[1].replace(/^"(.*)"$/, '$1');
  if (shown.endsWith(SUFFIX)) shown = shown.slice(0, -SUFFIX.length);
  const problems = [
    /["'“”‘’]/.test(shown) ? 'quotes' : null,
    /[\u3000-\u303f\uff00-\uffef]/.test(shown) ? 'full-width' : null,
    /\s/.test(shown) ? 'spaces' : null,
  ].filter((p): p is string => p !== null);
  return reading('invalid-url', line, 'invalid-url', 'high', { values: { baseUrl: shown, problems, suggestedUrl: repairUrl(shown) } });
};

/** The URL with the usual damage undone: quotes, full-width punctuation, spaces. */
function repairUrl(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s"'“”‘’]/g, '');
}

const notLoggedIn: Reader = (line) => {
  if (/Not logged in\s*\S{0,2}\s*Please run \/login/i.test(line)) return reading('not-logged-in', line, 'not-logged-in', 'high');
  // After the user answered No to "Do you want to use this API key?" the wording drops "Please".
  if (/Not logged in\s*\S{0,2}\s*Run \/login/i.test(line)) return reading('key-rejected-at-prompt', line, 'not-logged-in', 'high');
  return null;
};

const onboarding: Reader = (line) =>
  /Unable to connect to Anthropic services/i.test(line) ? reading('onboarding', line, 'onboarding', 'high') : null;

const authConflict: Reader = (line) =>
  /Auth conflict|Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY/i.test(line) ? reading('auth-conflict', line, 'auth-conflict', 'high') : null;

const outputLimit: Reader = (line) => {
  const m = /exceeded the (\d+) output token maximum/i.exec(line);
  return m ? reading('output-token-limit', line, 'output-token-limit', 'high', { values: { maxTokens: Number(m[1]) } }) : null;
};

const CLAUDE = `claude(?:\\.exe|\\.cmd)?`;
const SHELL_ERRORS: ReadonlyArray<[RegExp, 'posix' | 'cmd' | 'powershell']> = [
  [new RegExp(`command not found:\\s*${CLAUDE}\\b|\\b${CLAUDE}\\s*[:：]\\s*(?:command not found|not found|未找到命令|找不到命令)|${CLAUDE}: No such file or directory`, 'i'), 'posix'],
  [new RegExp(`'${CLAUDE}' is not recognized as an internal or external command|'${CLAUDE}' 不是内部或外部命令`, 'i'), 'cmd'],
  [new RegExp(`The term '${CLAUDE}' is not recognized|无法将[“"']${CLAUDE}[”"']项识别为`, 'i'), 'powershell'],
];

const commandNotFound: Reader = (line) => {
  const hit = SHELL_ERRORS.find(([pattern]) => pattern.test(line));
  return hit ? reading('command-not-found', line, 'command-not-found', 'high', { values: { shellFamily: hit[1] } }) : null;
};

// Claude Code prints this for every 404: a missing model, a wrong path and a doubled /v1 alike.
const model404: Reader = (line) => {
  const m = /There.s an issue with the selected model \(([^)]*)\)/i.exec(line);
  if (!m) return null;
  const model = m[1].trim();
  const c = classifyApiError({ status: 404, message: `model ${model} not found` });
  return fromClassifier('model-404', line, c, 'medium', { model, claudeDefaultModel: isClaudeModel(model) }, ['endpoint-not-found']);
};

// Anthropic's own 401 body: the request may have gone to api.anthropic.com rather than to Moonshot.
const anthropic401: Reader = (line) =>
  /Invalid API key\s*\S{0,2}\s*(?:Fix external API key|Please run \/login)/i.test(line)
    ? fromClassifier('anthropic-401', line, classifyApiError({ status: 401, message: 'Invalid API key' }), 'high', { anthropicBody: true })
    : null;

const ENGINE_OVERLOADED = /engine is currently overloaded/i;

const rejected429: Reader = (line) => {
  const m = /Request rejected \((\d{3})\)\s*\S{0,2}\s*(.*)$/i.exec(line);
  if (!m) return null;
  const parts = messageParts(m[2]);
  const c = classifyApiError({ status: Number(m[1]), ...parts });
  // Without a message, a 429 may be a rate limit, an empty balance or an overload.
  const vague = !parts.message && !parts.errorType;
  // Kimi Code also tells a client it does not recognise that "the engine is currently overloaded" (shared/FACTS.md, 2026-12-03).
  const alternatives: ExplainVerdict[] = vague ? ['billing', 'overloaded'] : c.verdict === 'overloaded' && ENGINE_OVERLOADED.test(m[2]) ? ['client-not-allowed'] : [];
  return fromClassifier('request-rejected-429', line, c, vague ? 'medium' : 'high', {}, alternatives);
};

const apiErrorStatus: Reader = (line) => {
  const m = /API Error:?\s*\(?(\d{3})\b\s*(.*)$/i.exec(line);
  if (!m) return null;
  const status = Number(m[1]);
  let rest = m[2];
  const gateway = /inference gateway \(([^)]+)\)/i.exec(rest)?.[1];
  rest = rest.replace(/\.?\s*This is a server-side issue.*$/i, '');
  const c = classifyApiError({ status, ...messageParts(rest) });
  const vagueAuth = (status === 401 || status === 403) && c.verdict === 'auth' && !rest.trim();
  return fromClassifier('api-error-status', line, c, vagueAuth ? 'medium' : 'high', gateway ? { host: gateway } : {}, status === 403 && c.verdict === 'auth' ? ['billing'] : []);
};

/** A message as shown, which may be a raw JSON error body. */
function messageParts(text: string): { message: string | null; errorType?: string | null } {
  const trimmed = text.trim().replace(/^[·•:\-]\s*/, '').replace(/^(\{.*\})\)$/, '$1');
  const body = trimmed.startsWith('{') ? readErrorBody(parseJson(trimmed)) : null;
  if (body) return { message: body.message, errorType: body.type };
  return { message: trimmed || null };
}

const malformed: Reader = (line) => {
  if (/Failed to parse JSON/i.test(line)) {
    return fromClassifier('unparseable-json', line, classifyResponse({ status: 200, headers: {}, body: '<not json>' }), 'high');
  }
  const m = /(?:empty or malformed|malformed) response \(HTTP (\d{3})\)/i.exec(line);
  if (!m) return null;
  return fromClassifier('malformed-200', line, classifyResponse({ status: Number(m[1]), headers: {}, body: '' }), 'high');
};

// Claude Code's own connection wording is certain; an errno code in someone else's output is a good hint.
const connectionFailure: Reader = (line) => {
  const c = classifyConnectionError(line);
  if (!c) return null;
  const claudeCodeWording = /Unable to connect to API|Request timed out/i.test(line);
  const alternatives: ExplainVerdict[] = c.verdict === 'connection-refused' ? ['proxy'] : c.verdict === 'tls' ? ['proxy'] : [];
  return fromClassifier('connection-failure', line, c, claudeCodeWording ? 'high' : 'medium', {}, alternatives);
};

// A raw error body, e.g. from curl: {"error":{"type":"rate_limit_reached_error","message":"…"}}.
const errorBody: Reader = (line, ctx) => {
  const start = line.indexOf('{');
  const end = line.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  const body = readErrorBody(parseJson(line.slice(start, end + 1)));
  if (!body) return null;
  const c = classifyApiError({ status: ctx.httpStatus ?? null, errorType: body.type, message: body.message });
  return c.verdict === 'bad-response' ? null : fromClassifier('error-body', line, c, 'medium');
};

// Last resort: the classifier's text rules on the bare line (a copied message without its status).
const freeText: Reader = (line) => {
  const c = classifyApiError({ message: line });
  return c.verdict === 'bad-response' ? null : fromClassifier('free-text', line, c, 'low');
};

/** In order: the more specific wording first ("Unable to connect to Anthropic services" before "Unable to connect"). */
export const LINE_READERS: readonly Reader[] = [
  invalidUrl,
  notLoggedIn,
  onboarding,
  authConflict,
  outputLimit,
  commandNotFound,
  model404,
  anthropic401,
  rejected429,
  malformed,
  apiErrorStatus,
  connectionFailure,
  errorBody,
  freeText,
];

export function readLine(line: string, ctx: PasteContext): Reading | null {
  for (const read of LINE_READERS) {
    const r = read(line, ctx);
    if (r) return r;
  }
  return null;
}
