// The hand-written rules, on the cases measured against the real Claude Code (real-client.test.ts checks that the
// installed binary still agrees with them).
import { whatClaudeCodeSends } from '../../src/claude-code';
import type { ClientRequest } from '../../src/claude-code';
import { fakeContext, type FakeContextOptions } from '../support/fake-context';

const BASE = 'https://api.moonshot.cn/anthropic';
const KEY = 'sk-modelled-0123456789abcdef';
const GUIDE_SLOTS = { ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3', CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3' };

async function modelled(env: Record<string, string>, opts: Partial<FakeContextOptions> = {}): Promise<ClientRequest> {
  const ctx = fakeContext({ env: { ANTHROPIC_BASE_URL: BASE, ...env }, options: { offline: true }, ...opts });
  const outcome = await whatClaudeCodeSends(ctx);
  if (!outcome.ok) throw new Error(`no request: ${outcome.reason}`);
  return outcome.request;
}

const betas = (r: ClientRequest) => r.headers['anthropic-beta'].split(',');

test.each([
  ['Moonshot guide slots, no ANTHROPIC_MODEL: the default alias opus[1m] goes through the opus slot', GUIDE_SLOTS, 'kimi-k3', true],
  ['kimi-k3[1m]: [1m] is stripped and the 1M beta added', { ANTHROPIC_MODEL: 'kimi-k3[1m]' }, 'kimi-k3', true],
  ['an alias resolves through its slot', { ANTHROPIC_MODEL: 'sonnet', ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k2.6' }, 'kimi-k2.6', false],
  ['an alias without its slot is Claude Code\'s own model', { ANTHROPIC_MODEL: 'haiku' }, 'claude-haiku-5-5', false],
  ['opusplan is sonnet outside plan mode', { ANTHROPIC_MODEL: 'opusplan', ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3' }, 'kimi-k3', false],
  ['nothing at all: the installed release\'s default', {}, 'claude-opus-5-5', false],
  ['the sonnet slot alone does not change the main model', { ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3' }, 'claude-opus-5-5', false],
])('%s', async (_name, env, model, oneMillion) => {
  const r = await modelled({ ANTHROPIC_API_KEY: KEY, ...env });
  expect(r).toMatchObject({ source: 'modelled', model, url: `${BASE}/v1/messages?beta=true`, authHeaders: ['x-api-key'] });
  expect(betas(r).includes('context-1m-2025-08-07')).toBe(oneMillion);
  expect(r.headers).toMatchObject({ 'user-agent': 'claude-cli/2.1.332 (external, cli)', 'anthropic-version': '2023-06-01', 'x-app': 'cli', 'x-api-key': KEY });
});

test('the settings "model" key is honoured, and ANTHROPIC_MODEL beats it', async () => {
  const files = { '/home/user/.claude/settings.json': JSON.stringify({ model: 'kimi-k3' }) };
  expect((await modelled({ ANTHROPIC_API_KEY: KEY }, { files })).model).toBe('kimi-k3');
  expect((await modelled({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-k2.6' }, { files })).model).toBe('kimi-k2.6');
});

test('settings env beats the shell for the model', async () => {
  const files = { '/home/user/.claude/settings.json': JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-from-settings' } }) };
  expect((await modelled({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-from-shell' }, { files })).model).toBe('kimi-from-settings');
});

test('apiKeyHelper: run through a shell, its output in both headers, and registered as a secret', async () => {
  const files = { '/home/user/.claude/settings.json': JSON.stringify({ apiKeyHelper: 'vault-kimi-key --field key' }) };
  const ctx = fakeContext({
    env: { ANTHROPIC_BASE_URL: BASE },
    options: { offline: true },
    files,
    processes: { '/bin/sh -c vault-kimi-key --field key': { exitCode: 0, stdout: 'sk-from-helper-0123456789\n' } },
  });
  const outcome = await whatClaudeCodeSends(ctx);
  expect(outcome.ok && outcome.request.headers).toMatchObject({ authorization: 'Bearer sk-from-helper-0123456789', 'x-api-key': 'sk-from-helper-0123456789' });
  expect(outcome.ok && outcome.request.credentialSources).toEqual(['apiKeyHelper']);
  expect(ctx.secretsSeen).toContain('sk-from-helper-0123456789');
});

test('ANTHROPIC_AUTH_TOKEN wins over apiKeyHelper, which is then not run; with a key as well, both headers go', async () => {
  const files = { '/home/user/.claude/settings.json': JSON.stringify({ apiKeyHelper: 'never-run' }) };
  const ctx = fakeContext({ env: { ANTHROPIC_BASE_URL: BASE, ANTHROPIC_AUTH_TOKEN: 'tok-0123456789', ANTHROPIC_API_KEY: KEY }, options: { offline: true }, files });
  const outcome = await whatClaudeCodeSends(ctx);
  expect(outcome.ok && outcome.request.headers).toMatchObject({ authorization: 'Bearer tok-0123456789', 'x-api-key': KEY });
  expect(ctx.processLog).toEqual([]);
});

test('no credential and no helper: nothing to send', async () => {
  const outcome = await whatClaudeCodeSends(fakeContext({ env: { ANTHROPIC_BASE_URL: BASE }, options: { offline: true } }));
  expect(outcome).toMatchObject({ ok: false, reason: 'no-credential', capture: { status: 'offline' } });
});

test('the installed version picks the facts: 2.1.197 defaults to claude-opus-4-8', async () => {
  const r = await modelled(
    { ANTHROPIC_API_KEY: KEY, PATH: '/opt/cc/bin' },
    { files: { '/opt/cc/bin/claude': { kind: 'symlink', target: '/home/user/.local/share/claude/versions/2.1.197' }, '/home/user/.local/share/claude/versions/2.1.197': { kind: 'file', content: 'bin', executable: true } } },
  );
  expect(r).toMatchObject({ model: 'claude-opus-4-8', claudeVersion: '2.1.197' });
  expect(r.headers['user-agent']).toBe('claude-cli/2.1.197 (external, cli)');
});

test('offline, the capture is never asked', async () => {
  const ctx = fakeContext({ env: { ANTHROPIC_BASE_URL: BASE, ANTHROPIC_API_KEY: KEY }, options: { offline: true } });
  await whatClaudeCodeSends(ctx);
  expect(ctx.captureLog).toEqual([]);
});

test('ANTHROPIC_CUSTOM_HEADERS go out over Claude Code\'s own headers, a User-Agent included; secret-looking values are registered', async () => {
  const ctx = fakeContext({
    env: { ANTHROPIC_BASE_URL: BASE, ANTHROPIC_API_KEY: KEY, ANTHROPIC_CUSTOM_HEADERS: 'User-Agent: my-tool/1.0\nX-Portkey-Api-Key: pk-secret-0123456789\nnot a header' },
    options: { offline: true },
  });
  const outcome = await whatClaudeCodeSends(ctx);
  expect(outcome.ok && outcome.request).toMatchObject({ userAgent: 'my-tool/1.0', headers: { 'user-agent': 'my-tool/1.0', 'x-portkey-api-key': 'pk-secret-0123456789' } });
  expect(ctx.secretsSeen).toContain('pk-secret-0123456789');
  expect(ctx.secretsSeen).not.toContain('my-tool/1.0');
});

test('fable is an alias too, through ANTHROPIC_DEFAULT_FABLE_MODEL (seen on 2.1.197 and 2.1.332)', async () => {
  expect((await modelled({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'fable', ANTHROPIC_DEFAULT_FABLE_MODEL: 'kimi-k3' })).model).toBe('kimi-k3');
  expect((await modelled({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'fable' })).model).toBe('claude-fable-5-2');
});
