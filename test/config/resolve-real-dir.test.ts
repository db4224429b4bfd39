// The resolver over layouts written to a real temporary directory.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { resolveConfig } from '../../src/config/resolve';
import { claudeJsonCheck } from '../../checks/claude-json';
import { configAgreementCheck } from '../../checks/config-agreement';
import { dirContext, writeTree } from '../support/dir-context';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kimi-claude-resolve-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const KEY = 'sk-' + 'r'.repeat(44) + 'LAST';

it("resolves the guide's setup: shell values, settings override, .env ignored, commented alternatives", async () => {
  writeTree(root, {
    'home/.zshrc': [
      'export ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"',
      `export ANTHROPIC_API_KEY="${KEY}"`,
      '# export ANTHROPIC_BASE_URL="https://api.moonshot.ai/anthropic/"',
    ].join('\n'),
    'home/.claude.json': JSON.stringify({ hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic/' }),
    'home/.claude/settings.json': JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-k2.6' } }),
    'project/.claude/settings.local.json': JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic' } }),
    'project/.env': 'ANTHROPIC_SMALL_FAST_MODEL=kimi-k2.6\n',
  });
  const ctx = dirContext(root, { env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/', ANTHROPIC_API_KEY: KEY } });
  const config = await resolveConfig(ctx);

  expect(config.get('ANTHROPIC_BASE_URL')).toEqual({
    name: 'ANTHROPIC_BASE_URL',
    value: 'https://api.moonshot.ai/anthropic',
    source: { kind: 'settings', scope: 'project-local', path: path.join(root, 'project/.claude/settings.local.json') },
    shadowed: [{ value: 'https://api.moonshot.cn/anthropic/', source: { kind: 'process-env' } }],
  });
  expect(config.get('ANTHROPIC_MODEL')?.source).toEqual({ kind: 'settings', scope: 'user', path: path.join(root, 'home/.claude/settings.json') });
  expect(config.get('ANTHROPIC_SMALL_FAST_MODEL')).toBeUndefined();
  expect(config.startupAssignments.filter((a) => a.commented).map((a) => a.value)).toEqual(['https://api.moonshot.ai/anthropic/']);
  expect(ctx.secretsSeen).toContain(KEY);

  const agreement = await configAgreementCheck.run(ctx);
  expect(agreement.findings.map((f) => f.code).sort()).toEqual(['config.custom-api-url-differs', 'config.dotenv-ignored', 'config.settings-overrides-shell', 'config.startup-commented']);
});

it('sees file modes, empty directories and symlink loops as they are on disk', async () => {
  writeTree(root, {
    'home/.claude.json': { content: JSON.stringify({ hasCompletedOnboarding: true, primaryApiKey: 'sk-ant-api03-' + 'p'.repeat(30) }), mode: 0o644 },
  });
  fs.mkdirSync(path.join(root, 'project/.claude/settings.json'), { recursive: true });
  fs.symlinkSync('b', path.join(root, 'home/.bashrc'));
  fs.symlinkSync('.bashrc', path.join(root, 'home/b'));

  const ctx = dirContext(root);
  const config = await resolveConfig(ctx);
  expect(config.settingsFiles.find((f) => f.scope === 'project')?.state).toBe('unreadable');
  expect(config.startupFiles.find((f) => f.path.endsWith('.bashrc'))?.state).toBe('unreadable');

  const outcome = await claudeJsonCheck.run(ctx);
  expect(outcome.findings.map((f) => f.code)).toEqual(['claude-json.primary-api-key', 'claude-json.readable-by-others']);
});

it('follows CLAUDE_CONFIG_DIR to a symlinked directory', async () => {
  writeTree(root, { 'real-config/settings.json': JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-for-coding' } }), 'real-config/.claude.json': '{"hasCompletedOnboarding": true}' });
  fs.mkdirSync(path.join(root, 'home'));
  fs.symlinkSync(path.join(root, 'real-config'), path.join(root, 'home/cfg'));
  const config = await resolveConfig(dirContext(root, { env: { CLAUDE_CONFIG_DIR: path.join(root, 'home/cfg') } }));
  expect(config.get('ANTHROPIC_MODEL')?.value).toBe('kimi-for-coding');
  expect(config.claudeJson.state).toBe('ok');
});
