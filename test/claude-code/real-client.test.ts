// The real Claude Code (test/support/claude-code-version.json) is the judge. For each case of issue 13 it runs
// once normally against a loopback endpoint, and once through the doctor's capture; the request the doctor
// observed, and the one it models, must match what the endpoint received from the normal run.
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { whatClaudeCodeSends, type ClientRequest } from '../../src/claude-code';
import { clientContext } from '../support/client-context';
import { claudeOnPath, CLAUDE_CODE_VERSION, runClaudeOnce } from '../support/claude-code';
import { tempDir } from '../support/cli';
import { startAnthropicEndpoint, type AnthropicEndpoint, type RecordedRequest } from '../support/servers/anthropic-endpoint';
import { streamedReply } from '../support/servers/streamed-reply';

jest.setTimeout(60_000);

let endpoint: AnthropicEndpoint;
beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
  endpoint.answer(streamedReply);
});
afterAll(() => endpoint.close());

interface Case {
  name: string;
  env: Record<string, string>;
  settings?: Record<string, unknown>;
  model: string;
  auth: string[];
}

const KEY = 'sk-realclient-0123456789abcdef';
const CASES: Case[] = [
  {
    name: "Moonshot's guide: DEFAULT_OPUS/SONNET/HAIKU and SUBAGENT slots, no ANTHROPIC_MODEL",
    env: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3', CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3' },
    model: 'kimi-k3',
    auth: ['x-api-key'],
  },
  { name: 'kimi-k3[1m]', env: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-k3[1m]' }, model: 'kimi-k3', auth: ['x-api-key'] },
  { name: 'an alias through its slot', env: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'sonnet', ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k2.6' }, model: 'kimi-k2.6', auth: ['x-api-key'] },
  { name: 'the settings "model" key', env: { ANTHROPIC_AUTH_TOKEN: KEY }, settings: { model: 'kimi-k3' }, model: 'kimi-k3', auth: ['authorization'] },
  { name: 'apiKeyHelper', env: {}, settings: { apiKeyHelper: `echo ${KEY}` }, model: `claude-opus-5-5`, auth: ['authorization', 'x-api-key'] },
  { name: 'no model at all', env: { ANTHROPIC_API_KEY: KEY }, model: 'claude-opus-5-5', auth: ['x-api-key'] },
];

function machine(c: Case) {
  const root = tempDir('kc-real-');
  const home = path.join(root, 'home');
  const project = path.join(root, 'project');
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ hasCompletedOnboarding: true }));
  if (c.settings) writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify(c.settings));
  const bin = claudeOnPath(path.join(root, 'bin'));
  const env = { PATH: `${bin}:/usr/bin:/bin`, HOME: home, ANTHROPIC_BASE_URL: `${endpoint.origin}/anthropic`, ...c.env };
  return { home, project, env };
}

/** What the endpoint receives when the user runs claude -p as usual. */
async function normalRun(m: ReturnType<typeof machine>): Promise<RecordedRequest> {
  endpoint.requests.length = 0;
  await runClaudeOnce({ cwd: m.project, env: m.env });
  const messages = endpoint.requests.filter((r) => r.method === 'POST' && r.path.includes('/v1/messages'));
  expect(messages.length).toBeGreaterThanOrEqual(1);
  return messages[0];
}

async function doctorSees(m: ReturnType<typeof machine>, clientCapture: boolean): Promise<ClientRequest> {
  const ctx = clientContext({ env: m.env, homeDir: m.home, cwd: m.project, options: { offline: false, clientCapture, timeoutMs: 5000 } });
  const outcome = await whatClaudeCodeSends(ctx);
  if (!outcome.ok) throw new Error(`no request: ${outcome.reason}`);
  return outcome.request;
}

const withoutToolBetas = (list: string) => list.split(',').filter((b) => !b.startsWith('advanced-tool-use-')).join(',');
const authOf = (headers: Record<string, string | string[] | undefined>) => (['authorization', 'x-api-key'] as const).filter((h) => headers[h] !== undefined);

describe(`Claude Code ${CLAUDE_CODE_VERSION}: observed and modelled requests equal what the endpoint receives`, () => {
  test.each(CASES)('$name', async (c) => {
    const m = machine(c);
    const real = await normalRun(m);
    const realModel = JSON.parse(real.body).model;
    expect(realModel).toBe(c.model);
    expect(authOf(real.headers)).toEqual(c.auth);

    const observed = await doctorSees(m, true);
    expect(observed.source).toBe('observed');
    expect(observed.model).toBe(realModel);
    expect(new URL(observed.url).pathname + new URL(observed.url).search).toBe(real.path);
    expect(observed.authHeaders).toEqual(authOf(real.headers));
    for (const h of ['user-agent', 'anthropic-version', 'x-app', 'authorization', 'x-api-key']) expect(observed.headers[h]).toEqual(real.headers[h]);
    // The capture runs without tools, so only the tool beta is missing from what it observed.
    expect(observed.headers['anthropic-beta']).toBe(withoutToolBetas(String(real.headers['anthropic-beta'])));
    expect(observed.claudeVersion).toBe(CLAUDE_CODE_VERSION);

    const modelled = await doctorSees(m, false);
    expect(modelled.source).toBe('modelled');
    expect(modelled.model).toBe(realModel);
    expect(modelled.url).toBe(observed.url);
    expect(modelled.authHeaders).toEqual(observed.authHeaders);
    expect(modelled.headers['anthropic-beta']).toBe(real.headers['anthropic-beta']);
    // The probe replays a session's User-Agent; claude -p says sdk-cli, everything else is the same.
    expect(modelled.userAgent).toBe(String(real.headers['user-agent']).replace('sdk-cli', 'cli'));
  });
});
