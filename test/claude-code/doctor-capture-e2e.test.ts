// The built doctor with the real Claude Code on PATH: the capture learns what Claude Code sends, changes nothing of
// the user's, runs none of their hooks or MCP servers, and so passes a Kimi-Code-like endpoint that admits only
// coding agents by User-Agent, as Claude Code itself does.
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { claudeOnPath } from '../support/claude-code';
import { tempDir } from '../support/cli';
import { spawnCli } from '../support/spawn-cli';
import { startAnthropicEndpoint, type AnthropicEndpoint, type RecordedRequest, type Answer } from '../support/servers/anthropic-endpoint';
import { streamedReply } from '../support/servers/streamed-reply';

jest.setTimeout(90_000);

const KEY = 'sk-kimi-e2ecapture0123456789abcdef';
const GATE = JSON.stringify({ error: { message: 'Kimi For Coding is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.', type: 'access_terminated_error' } });

let endpoint: AnthropicEndpoint;
beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
  // Like api.kimi.com/coding: a coding agent's User-Agent or a 403.
  endpoint.answer((req: RecordedRequest): Answer => (/^claude-cli\//.test(String(req.headers['user-agent'] ?? '')) ? streamedReply(req) : { status: 403, body: GATE }));
});
afterAll(() => endpoint.close());
beforeEach(() => (endpoint.requests.length = 0));

/** A user set up by Kimi Code's guide, with a SessionStart hook and an MCP server that leave a mark when they run. */
function userMachine() {
  const root = tempDir('kc-e2e-capture-');
  const home = path.join(root, 'home');
  const project = path.join(root, 'project');
  const marks = path.join(root, 'marks');
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  mkdirSync(path.join(project, '.claude'), { recursive: true });
  mkdirSync(marks);
  writeFileSync(
    path.join(home, '.claude', 'settings.json'),
    JSON.stringify({
      env: { ANTHROPIC_BASE_URL: `${endpoint.origin}/coding/`, ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-for-coding', ENABLE_TOOL_SEARCH: 'false' },
      hooks: { SessionStart: [{ matcher: '', hooks: [{ type: 'command', command: `touch ${path.join(marks, 'hook')}` }] }] },
    }),
  );
  writeFileSync(
    path.join(home, '.claude.json'),
    JSON.stringify({ hasCompletedOnboarding: true, mcpServers: { marker: { type: 'stdio', command: 'sh', args: ['-c', `touch ${path.join(marks, 'mcp')}; sleep 3`] } } }),
  );
  writeFileSync(path.join(project, '.claude', 'settings.local.json'), JSON.stringify({ env: { ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-for-coding' } }));
  const bin = claudeOnPath(path.join(root, 'bin'));
  return { root, home, project, marks, env: { HOME: home, PATH: `${bin}:/usr/bin:/bin` } };
}

/** Every file under dir: its bytes and mode. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = lstatSync(full);
      // The doctor's own V8 code cache is its only write, and it is not a file of Claude Code's.
      if (path.relative(dir, full) === path.join('.cache', 'kimi-claude')) continue;
      if (st.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${st.mode.toString(8)} ${st.isFile() ? createHash('sha256').update(readFileSync(full)).digest('hex') : 'special'}`;
    }
  };
  walk(dir);
  return out;
}

test('control: run normally, Claude Code runs the hook and the MCP server and writes to ~/.claude.json', async () => {
  const m = userMachine();
  const before = snapshot(m.home);
  await new Promise<void>((resolve) => {
    const child = spawn('claude', ['-p', 'ok'], { cwd: m.project, env: { ...m.env, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' }, stdio: 'ignore' });
    child.on('close', () => resolve());
  });
  expect(existsSync(path.join(m.marks, 'hook'))).toBe(true);
  expect(existsSync(path.join(m.marks, 'mcp'))).toBe(true);
  expect(snapshot(m.home)).not.toEqual(before);
});

test('the doctor observes Claude Code, passes the User-Agent gate, and changes nothing of the user\'s', async () => {
  const m = userMachine();
  const home = snapshot(m.home);
  const project = snapshot(m.project);
  const run = await spawnCli(['doctor', '--only', 'live-probe', '--format', 'json', '--timeout', '5000'], { env: m.env, cwd: m.project, timeoutMs: 60_000 });
  const probe = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'live-probe');
  expect(probe.data).toMatchObject({ verdict: 'ok', model: 'kimi-for-coding', request: { source: 'observed', authHeaders: ['x-api-key'], claudeVersion: '2.1.332', path: '/coding/v1/messages?beta=true' } });
  expect(probe.data.request.userAgent).toMatch(/^claude-cli\/2\.1\.332 /);
  expect(run.status).toBe(0);
  // The capture and the probe: both reached the endpoint with Claude Code's User-Agent; the capture server got the rest.
  expect(endpoint.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /coding/v1/messages?beta=true']);
  expect(snapshot(m.home)).toEqual(home);
  expect(snapshot(m.project)).toEqual(project);
  expect(existsSync(path.join(m.marks, 'hook'))).toBe(false);
  expect(existsSync(path.join(m.marks, 'mcp'))).toBe(false);
  expect(run.stdout + run.stderr).not.toContain(KEY.slice(8, 24));
});

test('--no-client-capture: the modelled request carries Claude Code\'s User-Agent too, and the client is never run', async () => {
  const m = userMachine();
  const run = await spawnCli(['doctor', '--only', 'live-probe', '--format', 'json', '--no-client-capture'], { env: m.env, cwd: m.project, timeoutMs: 60_000 });
  const probe = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'live-probe');
  expect(probe.data).toMatchObject({ verdict: 'ok', request: { source: 'modelled', capture: { status: 'disabled' }, userAgent: 'claude-cli/2.1.332 (external, cli)' } });
  expect(endpoint.requests).toHaveLength(1);
});

test('a User-Agent overridden in ANTHROPIC_CUSTOM_HEADERS (Claude Code sends it) meets the gate: its own verdict, not a bad key', async () => {
  const m = userMachine();
  writeFileSync(path.join(m.home, '.claude', 'settings.json'), JSON.stringify({ env: { ANTHROPIC_BASE_URL: `${endpoint.origin}/coding/`, ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-for-coding', ANTHROPIC_CUSTOM_HEADERS: 'User-Agent: my-tool/1.0' } }));
  const run = await spawnCli(['doctor', '--only', 'live-probe', '--format', 'json'], { env: m.env, cwd: m.project, timeoutMs: 60_000 });
  const probe = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'live-probe');
  expect(probe.data.request).toMatchObject({ source: 'observed', userAgent: 'my-tool/1.0' });
  expect(probe.data.verdict).toBe('client-not-allowed');
  expect(run.status).toBe(1);
});
