// Every line of FACTS.md's "what the user sees" table, in -p and interactive form, plus the extra lines.
import { diagnose } from '../../src/explain';
import type { ExplainVerdict } from '../../src/explain';
import type { RateLimit } from '../../src/classify';

interface Row {
  text: string;
  verdict: ExplainVerdict;
  limit?: RateLimit;
}

const SERVER_TAIL = '. This is a server-side issue, usually temporary — try again in a moment. If it persists, check your inference gateway (api.moonshot.cn).';

const P_MODE: readonly Row[] = [
  { text: 'API Error: ""https://api.moonshot.cn/anthropic"/v1/messages?beta=true" cannot be parsed as a URL.', verdict: 'invalid-url' },
  { text: 'API Error: "https：//api.moonshot.cn/anthropic/v1/messages?beta=true" cannot be parsed as a URL.', verdict: 'invalid-url' },
  { text: 'API Error: 400 Invalid request: max_tokens must be a positive integer', verdict: 'bad-request' },
  { text: 'Failed to authenticate. API Error: 401 Invalid Authentication', verdict: 'auth' },
  { text: 'Invalid API key · Fix external API key', verdict: 'auth' },
  { text: 'API Error: 402 Your subscription is suspended, please check your plan and billing details', verdict: 'billing' },
  { text: 'Failed to authenticate. API Error: 403 Your account org-3f2a1b is not active, organization org-3f2a1b exceeded current quota', verdict: 'billing' },
  { text: 'Failed to authenticate. API Error: 403 Forbidden', verdict: 'auth' },
  {
    text: "There's an issue with the selected model (kimi-k2-0711-preview). It may not exist or you may not have access to it. Run --model to pick a different model.",
    verdict: 'model-not-found',
  },
  { text: 'API Error: Request rejected (429) · Your account org-3f2a1b is suspended due to insufficient balance, please recharge your account', verdict: 'billing' },
  { text: 'API Error: Request rejected (429) · exceeded_current_quota_error', verdict: 'billing' },
  {
    text: 'API Error: Request rejected (429) · Your account org-3f2a1b request reached organization max RPM: 3, please try again after 1 seconds',
    verdict: 'rate-limited',
    limit: { kind: 'rpm', value: 3 },
  },
  {
    text: 'API Error: Request rejected (429) · Your account org-3f2a1b request reached organization max TPM: 500000, please try again after 12 seconds',
    verdict: 'rate-limited',
    limit: { kind: 'tpm', value: 500000 },
  },
  {
    text: 'API Error: Request rejected (429) · Your account org-3f2a1b request reached organization TPD rate limit, current: 1500213, limit: 1500000',
    verdict: 'rate-limited',
    limit: { kind: 'tpd', value: 1500000, current: 1500213 },
  },
  {
    text: 'API Error: Request rejected (429) · Your account org-3f2a1b request reached max organization concurrency: 1, please try again after 1 seconds',
    verdict: 'rate-limited',
    limit: { kind: 'concurrency', value: 1 },
  },
  { text: 'API Error: Request rejected (429) · The engine is currently overloaded, please try again later', verdict: 'overloaded' },
  { text: `API Error: 500 Internal server error${SERVER_TAIL}`, verdict: 'server-error' },
  { text: `API Error: 503 Service Unavailable${SERVER_TAIL}`, verdict: 'server-error' },
  { text: 'API Error: 529 Overloaded. This is a server-side issue…', verdict: 'overloaded' },
  { text: 'API Error: Failed to parse JSON', verdict: 'bad-response' },
  { text: 'API Error: API returned an empty or malformed response (HTTP 200) — check for a proxy or gateway intercepting the request', verdict: 'bad-response' },
  { text: 'API Error: Unable to connect to API (ConnectionRefused)', verdict: 'connection-refused' },
  { text: 'API Error: Unable to connect to API (FailedToOpenSocket)', verdict: 'dns' },
  { text: 'Request timed out', verdict: 'timeout' },
  { text: 'API Error: Unable to connect to API: Self-signed certificate detected. Check your proxy or corporate SSL certificates', verdict: 'tls' },
  { text: 'API Error: Unable to connect to API (UNKNOWN_CERTIFICATE_VERIFICATION_ERROR)', verdict: 'tls' },
  { text: "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.", verdict: 'output-token-limit' },
];

const BEFORE_ANY_REQUEST: readonly Row[] = [
  { text: 'Not logged in · Please run /login', verdict: 'not-logged-in' },
  { text: 'Not logged in · Run /login', verdict: 'not-logged-in' },
  { text: 'Unable to connect to Anthropic services', verdict: 'onboarding' },
  { text: 'Auth conflict: Both a token (ANTHROPIC_AUTH_TOKEN) and an API key (ANTHROPIC_API_KEY) are set.', verdict: 'auth-conflict' },
  { text: 'Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set', verdict: 'auth-conflict' },
  { text: 'bash: claude: command not found', verdict: 'command-not-found' },
  { text: 'zsh: command not found: claude', verdict: 'command-not-found' },
  { text: "'claude' is not recognized as an internal or external command,\r\noperable program or batch file.", verdict: 'command-not-found' },
  { text: "claude : The term 'claude' is not recognized as the name of a cmdlet, function, script file, or operable program.", verdict: 'command-not-found' },
  { text: "'claude' 不是内部或外部命令，也不是可运行的程序\r\n或批处理文件。", verdict: 'command-not-found' },
  { text: 'claude：未找到命令', verdict: 'command-not-found' },
];

// Interactive mode: a 401/403 ends with "Please run /login · …", retries show above the final line.
const INTERACTIVE: readonly Row[] = [
  { text: 'Please run /login · API Error: 401 Invalid Authentication', verdict: 'auth' },
  { text: 'Please run /login · API Error: 403 Your account org-1 is not active, organization org-1 exceeded current quota', verdict: 'billing' },
  ...P_MODE.filter((r) => !r.text.startsWith('Failed to authenticate')).map((r) => ({
    ...r,
    text: `> hello\n  ⎿  API error · Retrying in 6s · attempt 5/10\n  ⎿  ${r.text}`,
  })),
];

describe.each([
  ['-p mode', P_MODE],
  ['before any request', BEFORE_ANY_REQUEST],
  ['interactive mode', INTERACTIVE],
])('%s', (_name, rows) => {
  test.each(rows.map((r) => [r.text.replace(/\s+/g, ' ').slice(0, 100), r] as const))('%s', (_label, row) => {
    const { diagnosis } = diagnose(row.text);
    expect(diagnosis?.verdict).toBe(row.verdict);
    if (row.limit) expect(diagnosis?.classification?.limit).toEqual(row.limit);
  });
});

describe('what the line cannot say on its own', () => {
  test('the 404 model line also names the wrong path (a doubled /v1) as a cause', () => {
    const { diagnosis } = diagnose("There's an issue with the selected model (claude-opus-4-8). It may not exist or you may not have access to it.");
    expect(diagnosis).toMatchObject({ verdict: 'model-not-found', confidence: 'medium', alternatives: ['endpoint-not-found'], values: { model: 'claude-opus-4-8', claudeDefaultModel: true } });
    expect(diagnosis?.behaviour).toEqual({ kind: 'retried-once-without-streaming' });
  });

  test('a 429 without a message could be any of the three 429 causes', () => {
    const { diagnosis } = diagnose('API Error: Request rejected (429)');
    expect(diagnosis).toMatchObject({ verdict: 'rate-limited', confidence: 'medium', alternatives: ['billing', 'overloaded'] });
  });

  test('the invalid URL names the damage: quotes, full-width characters', () => {
    expect(diagnose('API Error: ""https://api.moonshot.cn/anthropic"/v1/messages?beta=true" cannot be parsed as a URL.').diagnosis?.values).toMatchObject({
      problems: ['quotes'],
      suggestedUrl: 'https://api.moonshot.cn/anthropic',
    });
    expect(diagnose('API Error: "https：//api.moonshot.cn/anthropic/v1/messages?beta=true" cannot be parsed as a URL.').diagnosis?.values).toMatchObject({
      problems: ['full-width'],
      suggestedUrl: 'https://api.moonshot.cn/anthropic',
    });
  });

  test('"Run /login" without "Please" is the key declined at the prompt', () => {
    expect(diagnose('Not logged in · Run /login').diagnosis?.kind).toBe('key-rejected-at-prompt');
    expect(diagnose('Not logged in · Please run /login').diagnosis?.kind).toBe('not-logged-in');
  });

  test.each([
    ['Failed to authenticate. API Error: 401 Invalid Authentication', 'retried'],
    ['API Error: Request rejected (429) · max RPM: 3', 'retried'],
    ['API Error: Unable to connect to API (ConnectionRefused)', 'retried'],
    ['Request timed out', 'retried'],
    ['API Error: 402 suspended', 'answered-once'],
    ['Failed to authenticate. API Error: 403 Forbidden', 'answered-once'],
    ['Not logged in · Please run /login', 'no-request'],
    ['zsh: command not found: claude', 'not-started'],
  ])('what Claude Code did before "%s": %s', (text, kind) => {
    expect(diagnose(text).diagnosis?.behaviour.kind).toBe(kind);
  });

  test('retried 10 times is about 3 minutes', () => {
    expect(diagnose('API Error: 500 boom').diagnosis?.behaviour).toEqual({ kind: 'retried', retries: 10, waitSeconds: 169, fromScreen: false });
  });
});
