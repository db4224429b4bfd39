// The configuration checks through the built binary: a temporary HOME and project directory, JSON and human output.
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { makeHome, runCli, tempDir } from '../support/cli';
import { reportValidator } from '../support/schema';

const KEY = 'sk-ConfigE2eKeyAbCdEfGhIjKlMnOpQrStUvWx77';
const CONFIG_IDS = 'claude-json,config-agreement,base-url,api-key,model';

function setup(files: Record<string, string>, env: Record<string, string> = {}) {
  const { home, path: binPath } = makeHome();
  const project = tempDir('kc-project-');
  for (const [name, content] of Object.entries(files)) {
    const file = name.startsWith('~/') ? path.join(home, name.slice(2)) : path.join(project, name);
    mkdirSync(path.dirname(file), { recursive: true });
    // Files that hold a key are private, as setup writes them; the doctor warns otherwise.
    writeFileSync(file, content, { mode: 0o600 });
  }
  return { home, project, env: { HOME: home, PATH: binPath, LANG: 'en_US.UTF-8', SHELL: '/bin/bash', ...env } };
}

function run(m: ReturnType<typeof setup>, ...extra: string[]) {
  const r = runCli(['doctor', '--offline', '--json', '--only', CONFIG_IDS, ...extra], { env: m.env, cwd: m.project });
  const report = JSON.parse(r.stdout);
  expect(reportValidator()(report)).toBe(true);
  expect(r.stdout + r.stderr).not.toContain(KEY);
  const check = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
  const codes = (id: string) => check(id).findings.map((f: { code: string }) => f.code);
  return { r, report, check, codes };
}

const goodClaudeJson = JSON.stringify({ hasCompletedOnboarding: true });

describe('configuration checks end to end', () => {
  test('a working setup from settings.json passes every configuration check', () => {
    const m = setup({
      '~/.claude.json': goodClaudeJson,
      '~/.claude/settings.json': JSON.stringify({
        env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2.6', ANTHROPIC_SMALL_FAST_MODEL: 'kimi-k2.6' },
      }),
    });
    const { report, check } = run(m);
    expect(report.checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect(check('base-url').data).toMatchObject({ value: 'https://api.moonshot.cn/anthropic', region: 'cn' });
    expect(check('api-key').data).toMatchObject({ kind: 'moonshot', redacted: 'sk-…Wx77' });
  });

  test("a project's settings.local.json beats the shell, and the doctor names both", () => {
    const m = setup(
      {
        '~/.claude.json': goodClaudeJson,
        '.claude/settings.local.json': JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic' } }),
      },
      { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2.6' },
    );
    const { check, codes } = run(m);
    expect(codes('config-agreement')).toContain('config.settings-overrides-shell');
    expect(check('base-url').data.source).toMatchObject({ kind: 'settings', scope: 'project-local' });
    expect(check('base-url').data.region).toBe('ai');
    const human = runCli(['doctor', '--offline', '--only', 'config-agreement'], { env: m.env, cwd: m.project }).stdout;
    expect(human).toContain('.claude/settings.local.json');
    expect(human).toContain('https://api.moonshot.cn/anthropic');
  });

  test('ANTHROPIC_* only in a project .env: Claude Code does not read it', () => {
    const m = setup({ '~/.claude.json': goodClaudeJson, '.env': `ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic\nANTHROPIC_AUTH_TOKEN=${KEY}\n` });
    const { codes, check } = run(m);
    expect(codes('config-agreement')).toContain('config.dotenv-ignored');
    expect(codes('base-url')).toEqual(['base-url.unset']);
    expect(check('api-key').status).toBe('fail');
  });

  test('invalid ~/.claude.json: the line, the column and the likely cause, never a stack trace', () => {
    const m = setup(
      { '~/.claude.json': '{\n  "hasCompletedOnboarding": true,\n  "customApiUrl": "https://api.moonshot.cn/anthropic/",\n}\n' },
      { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2.6' },
    );
    const { codes, check } = run(m);
    expect(codes('claude-json')).toEqual(['claude-json.invalid-json']);
    const message: string = check('claude-json').findings[0].message;
    expect(message).toMatch(/line 4, column 1/);
    expect(message).toContain('a comma after the last item');
    const human = runCli(['doctor', '--offline', '--only', 'claude-json', '--lang', 'zh'], { env: m.env, cwd: m.project });
    expect(human.stdout).toContain('第 4 行');
    expect(human.stdout + human.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  test("the guide's setup: rejected key suffix, API key leaking to Anthropic, the guide's retired model", () => {
    const m = setup(
      {
        '~/.claude.json': JSON.stringify({ installMethod: 'npm', hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic/', customApiKeyResponses: { rejected: [KEY.slice(-20)], approved: [] } }),
        '~/.zshrc': `export ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"\nexport ANTHROPIC_API_KEY="${KEY}"\n`,
      },
      { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/', ANTHROPIC_API_KEY: KEY, ANTHROPIC_MODEL: 'kimi-k2-0711-preview', SHELL: '/bin/zsh' },
    );
    const { codes, r } = run(m);
    expect(codes('claude-json')).toContain('claude-json.key-rejected');
    expect(codes('api-key')).toContain('api-key.sent-to-anthropic');
    expect(codes('model')).toContain('model.retired');
    expect(r.stdout).not.toContain(KEY.slice(-20));
    expect(r.status).toBe(1);
  });

  test('a malformed settings file is a finding about that file', () => {
    const m = setup(
      { '~/.claude.json': goodClaudeJson, '.claude/settings.json': '{ "env": { "ANTHROPIC_MODEL": "kimi-k2.6", } ' },
      { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2.6' },
    );
    const { codes } = run(m);
    expect(codes('config-agreement')).toContain('config.settings-invalid');
  });
});
