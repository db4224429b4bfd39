// live-probe and explain decide through the same classifier: the answer live-probe gets and the line Claude Code
// prints for that same answer give the same verdict and the same rate-limit numbers.
import { liveProbe } from '../../checks/live-probe';
import { parseJson, readErrorBody } from '../../src/classify';
import type { HttpErrorKind } from '../../src/core/types';
import { diagnose } from '../../src/explain';
import { RECORDED_ANSWERS, type RecordedAnswer } from '../fixtures/moonshot-answers';
import { fakeContext } from '../support/fake-context';
import { runCheck } from '../support/real-network-context';

const env = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: 'sk-agree-0123456789abcdef', ANTHROPIC_MODEL: 'kimi-k2-turbo-preview' };

/** What Claude Code 2.1.197 prints in -p mode for this answer (FACTS.md, "what the user sees"). */
function claudeCodeLine(answer: RecordedAnswer): string {
  const message = readErrorBody(parseJson(answer.body))?.message ?? 'Service Unavailable';
  const { status } = answer;
  if (status === 200) return parseJson(answer.body) === undefined && answer.body !== '' ? 'API Error: Failed to parse JSON' : 'API Error: API returned an empty or malformed response (HTTP 200)';
  if (status === 401 || status === 403) return `Failed to authenticate. API Error: ${status} ${message}`;
  if (status === 404) return "There's an issue with the selected model (kimi-k2-turbo-preview). It may not exist or you may not have access to it.";
  if (status === 429) return `API Error: Request rejected (429) · ${message}`;
  if (status >= 500) return `API Error: ${status} ${message}. This is a server-side issue, usually temporary — try again in a moment.`;
  return `API Error: ${status} ${message}`;
}

async function probe(answer: RecordedAnswer) {
  const ctx = fakeContext({
    env,
    options: { timeoutMs: 5000 },
    http: () => ({ ok: true, response: { status: answer.status, headers: answer.headers ?? {}, body: answer.body, truncated: false, latencyMs: 3 } }),
  });
  return (await runCheck(liveProbe, ctx)).data as { verdict: string; limit?: unknown; retryAfterSeconds?: number };
}

const answers = RECORDED_ANSWERS.filter((a) => a.expected.verdict !== 'ok');

describe('the same answer, read by live-probe and by explain', () => {
  test.each(answers.filter((a) => a.status !== 404).map((a) => [a.name, a] as const))('%s', async (_name, answer) => {
    const probed = await probe(answer);
    const explained = diagnose(claudeCodeLine(answer)).diagnosis;
    expect(explained?.verdict).toBe(probed.verdict);
    expect(explained?.classification?.limit).toEqual(probed.limit);
    // A retry-after header never reaches the screen; without one, both read the wait from the message.
    if (!answer.headers?.['retry-after']) expect(explained?.classification?.retryAfterSeconds).toEqual(probed.retryAfterSeconds);
  });

  // Claude Code prints one line for every 404, so explain gives the model and names the path as the alternative.
  test.each(answers.filter((a) => a.status === 404).map((a) => [a.name, a] as const))('%s: the 404 line covers both', async (_name, answer) => {
    const probed = await probe(answer);
    const explained = diagnose(claudeCodeLine(answer)).diagnosis;
    expect([explained?.verdict, ...(explained?.alternatives ?? [])]).toContain(probed.verdict);
  });
});

describe('the same connection failure, read by live-probe and by explain', () => {
  test.each([
    ['timeout', 'Request timed out'],
    ['dns', 'API Error: Unable to connect to API (FailedToOpenSocket)'],
    ['connection-refused', 'API Error: Unable to connect to API (ConnectionRefused)'],
    ['tls', 'API Error: Unable to connect to API: Self-signed certificate detected. Check your proxy or corporate SSL certificates'],
  ] as Array<[HttpErrorKind, string]>)('%s', async (kind, line) => {
    const ctx = fakeContext({ env, options: { timeoutMs: 5000 }, http: () => ({ ok: false, failure: { kind, message: 'failed', latencyMs: 1 } }) });
    const probed = (await runCheck(liveProbe, ctx)).data as { verdict: string };
    expect(diagnose(line).diagnosis?.verdict).toBe(probed.verdict);
  });
});
