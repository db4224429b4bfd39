// Which settings files the real Claude Code reads, and does the doctor read the same ones? Each case writes a
// different key into every candidate file; the key the loopback endpoint receives names the file Claude Code used,
// and the doctor's resolver must pick that same file (issue 10: BOM and CLAUDE_CONFIG_DIR).
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { resolveConfig } from '../../src/config/resolve';
import { clientContext } from '../support/client-context';
import { claudeOnPath, runClaudeOnce } from '../support/claude-code';
import { tempDir } from '../support/cli';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { streamedReply } from '../support/servers/streamed-reply';

jest.setTimeout(60_000);

let endpoint: AnthropicEndpoint;
beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
  endpoint.answer(streamedReply);
});
afterAll(() => endpoint.close());

interface World {
  home: string;
  project: string;
  env: Record<string, string>;
}

interface Case {
  name: string;
  configDir?: string;
  /** Files to write, relative to the root (home/… or project/…); each gets its own key. */
  files: Record<string, { bom?: boolean }>;
  /** The file whose key Claude Code must send. */
  read: string;
}

const CASES: Case[] = [
  { name: 'user settings.json with a UTF-8 BOM', files: { 'home/.claude/settings.json': { bom: true } }, read: 'home/.claude/settings.json' },
  { name: 'project settings.local.json with a UTF-8 BOM', files: { 'project/.claude/settings.local.json': { bom: true } }, read: 'project/.claude/settings.local.json' },
  {
    name: 'CLAUDE_CONFIG_DIR="~/cfg": "~" is a folder under the working directory',
    configDir: '~/cfg',
    files: { 'home/cfg/settings.json': {}, 'project/~/cfg/settings.json': {} },
    read: 'project/~/cfg/settings.json',
  },
  {
    name: 'CLAUDE_CONFIG_DIR="cfg": relative to the working directory, not to HOME',
    configDir: 'cfg',
    files: { 'home/cfg/settings.json': {}, 'project/cfg/settings.json': {} },
    read: 'project/cfg/settings.json',
  },
];

const keyFor = (file: string) => `sk-files-${file.replace(/[^a-z0-9]/gi, '-')}-0123456789`;

function world(c: Case): World {
  const root = tempDir('kc-real-files-');
  const home = path.join(root, 'home');
  const project = path.join(root, 'project');
  mkdirSync(home, { recursive: true });
  mkdirSync(project, { recursive: true });
  for (const [file, { bom }] of Object.entries(c.files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, (bom ? '\ufeff' : '') + JSON.stringify({ env: { ANTHROPIC_API_KEY: keyFor(file) } }, null, 2));
  }
  const bin = claudeOnPath(path.join(root, 'bin'));
  const env: Record<string, string> = { PATH: `${bin}:/usr/bin:/bin`, HOME: home, ANTHROPIC_BASE_URL: `${endpoint.origin}/anthropic` };
  if (c.configDir !== undefined) env.CLAUDE_CONFIG_DIR = c.configDir;
  return { home, project, env };
}

async function keyClaudeCodeSends(w: World): Promise<string | undefined> {
  endpoint.requests.length = 0;
  await runClaudeOnce({ cwd: w.project, env: w.env });
  const post = endpoint.requests.find((r) => r.method === 'POST' && r.path.includes('/v1/messages'));
  return post?.headers['x-api-key'] as string | undefined;
}

test.each(CASES)('$name', async (c) => {
  const w = world(c);
  expect(await keyClaudeCodeSends(w)).toBe(keyFor(c.read));
  const config = await resolveConfig(clientContext({ env: w.env, homeDir: w.home, cwd: w.project }));
  const key = config.get('ANTHROPIC_API_KEY');
  expect(key?.value).toBe(keyFor(c.read));
  expect(key?.source).toMatchObject({ kind: 'settings', path: path.join(path.dirname(w.home), c.read) });
});
