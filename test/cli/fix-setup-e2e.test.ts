// `doctor --fix` and `setup` through the built binary, on real temporary homes, against a loopback endpoint.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli, runCliAsync } from '../support/cli';
import { machine, npmClaude } from '../support/machine';
import { reportValidator } from '../support/schema';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';

const KEY = 'sk-FixSetupE2eKeyAbCdEfGhIjKlMnOpQrStUv42';

function brokenHome() {
  const t = machine();
  const claudeJson = `{\n  "installMethod": "npm",\n  "numStartups": 3,\n  "projects": { "/work": { "allowedTools": [] } }\n}\n`;
  const settings = `{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic/v1",\n    "ANTHROPIC_API_KEY": "${KEY}"\n  },\n  "permissions": { "allow": ["Bash(ls:*)"] }\n}\n`;
  mkdirSync(path.join(t.home, '.claude'), { recursive: true });
  writeFileSync(path.join(t.home, '.claude.json'), claudeJson, { mode: 0o640 });
  writeFileSync(path.join(t.home, '.claude', 'settings.json'), settings, { mode: 0o600 });
  return { ...t, claudeJson, settings };
}

const ids = ['--only', 'claude-json,base-url,api-key'];

describe('doctor --fix', () => {
  test('without a terminal and without --yes it only previews: no file changes', () => {
    const t = brokenHome();
    const r = runCli(['doctor', '--offline', '--fix', ...ids], { env: t.env });
    expect(r.stdout).toContain('Preview only');
    expect(r.stdout).toContain('-    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic/v1",');
    expect(r.stdout).not.toContain(KEY);
    expect(readFileSync(path.join(t.home, '.claude.json'), 'utf8')).toBe(t.claudeJson);
    expect(readFileSync(path.join(t.home, '.claude', 'settings.json'), 'utf8')).toBe(t.settings);
    expect(readdirSync(t.home).filter((f) => f.includes('backup'))).toEqual([]);
  });

  test('--dry-run changes nothing even with --yes', () => {
    const t = brokenHome();
    runCli(['doctor', '--offline', '--fix', '--dry-run', '--yes', ...ids], { env: t.env });
    expect(readFileSync(path.join(t.home, '.claude', 'settings.json'), 'utf8')).toBe(t.settings);
  });

  test('--yes repairs, keeps backups, modes and every other field, and reports before and after', () => {
    const t = brokenHome();
    const r = runCli(['doctor', '--offline', '--fix', '--yes', '--json', ...ids], { env: t.env });
    const report = JSON.parse(r.stdout);
    expect(reportValidator()(report)).toBe(true);
    expect(report.fix).toMatchObject({ dryRun: false, applied: true });
    expect(report.fix.before.checks).toEqual(
      expect.arrayContaining([{ id: 'base-url', status: 'fail' }, { id: 'claude-json', status: 'warn' }]),
    );
    const status = (id: string) => report.checks.find((c: { id: string }) => c.id === id).status;
    expect(status('base-url')).toBe('pass');
    expect(status('claude-json')).toBe('pass');
    expect(r.stdout).not.toContain(KEY);

    const settings = JSON.parse(readFileSync(path.join(t.home, '.claude', 'settings.json'), 'utf8'));
    expect(settings).toEqual({
      env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_API_KEY: KEY, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
      permissions: { allow: ['Bash(ls:*)'] },
    });
    const claudeJson = JSON.parse(readFileSync(path.join(t.home, '.claude.json'), 'utf8'));
    expect(claudeJson).toEqual({ installMethod: 'npm', numStartups: 3, projects: { '/work': { allowedTools: [] } }, hasCompletedOnboarding: true });
    expect(statSync(path.join(t.home, '.claude.json')).mode & 0o777).toBe(0o640);
    expect(statSync(path.join(t.home, '.claude', 'settings.json')).mode & 0o777).toBe(0o600);
    const backups = readdirSync(path.join(t.home, '.claude')).filter((f) => f.startsWith('settings.json.kimi-claude-backup-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(t.home, '.claude', backups[0]), 'utf8')).toBe(t.settings);
  });

  test('the human report shows the repairs and the before → after lines', () => {
    const t = brokenHome();
    const r = runCli(['doctor', '--offline', '--fix', '--yes', ...ids], { env: t.env });
    expect(r.stdout).toContain('Repairs');
    expect(r.stdout).toMatch(/Endpoint \(ANTHROPIC_BASE_URL\): fail → pass/);
    expect(r.stdout).not.toContain(KEY);
  });

  // Claude Code takes CLAUDE_CONFIG_DIR literally, from the working directory (test/claude-code/real-client-files.test.ts):
  // with "~/cfg" it reads <cwd>/~/cfg, so that is the file --fix must write, and $HOME/cfg stays untouched.
  test('with CLAUDE_CONFIG_DIR=~/cfg, --fix writes the file Claude Code reads, and the doctor warns about the ~', () => {
    const t = machine();
    const project = path.join(t.home, 'project');
    const literal = path.join(project, '~', 'cfg');
    const meant = path.join(t.home, 'cfg');
    for (const dir of [literal, meant]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, '.claude.json'), '{ "numStartups": 1 }\n');
    }
    const env = { ...t.env, CLAUDE_CONFIG_DIR: '~/cfg' };
    const r = runCli(['doctor', '--offline', '--fix', '--yes', '--json', '--only', 'claude-json'], { env, cwd: project });
    const report = JSON.parse(r.stdout);
    expect(report.fix.before.checks).toEqual([{ id: 'claude-json', status: 'warn' }]);
    expect(report.checks[0].status).toBe('pass');
    expect(JSON.parse(readFileSync(path.join(literal, '.claude.json'), 'utf8'))).toEqual({ numStartups: 1, hasCompletedOnboarding: true });
    expect(readFileSync(path.join(meant, '.claude.json'), 'utf8')).toBe('{ "numStartups": 1 }\n');
    const agreement = JSON.parse(runCli(['doctor', '--offline', '--json', '--only', 'config-agreement'], { env, cwd: project }).stdout);
    expect(agreement.checks[0].findings.map((f: { code: string }) => f.code)).toContain('config.config-dir-literal-tilde');
  });

  test('JSON that does not parse is never rewritten', () => {
    const t = brokenHome();
    const broken = '{ "installMethod": "npm", }';
    writeFileSync(path.join(t.home, '.claude.json'), broken);
    runCli(['doctor', '--offline', '--fix', '--yes', ...ids], { env: t.env });
    expect(readFileSync(path.join(t.home, '.claude.json'), 'utf8')).toBe(broken);
  });
});

describe('setup', () => {
  let endpoint: AnthropicEndpoint;
  beforeAll(async () => {
    endpoint = await startAnthropicEndpoint();
    endpoint.answer({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'msg_1', type: 'message', role: 'assistant', model: 'kimi-k2.6',
        content: [{ type: 'text', text: 'o' }], stop_reason: 'max_tokens', usage: { input_tokens: 3, output_tokens: 1 },
      }),
    });
  });
  afterAll(() => endpoint.close());

  test('key on standard input, then the doctor runs against the endpoint: no check fails', async () => {
    const t = machine();
    npmClaude(t, { version: '2.1.197', engines: '>=18.0.0' });
    const r = await runCliAsync(['setup', '--region', 'cn', '--base-url', endpoint.baseUrl], { env: t.env, input: `${KEY}\n` });
    expect(r.stderr).not.toContain(KEY);
    expect(r.stdout).not.toContain(KEY);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kimi-claude doctor report');
    expect(r.stdout).not.toMatch(/^\s+✗/m);

    const settings = JSON.parse(readFileSync(path.join(t.home, '.claude', 'settings.json'), 'utf8'));
    expect(settings.env).toMatchObject({
      ANTHROPIC_BASE_URL: endpoint.baseUrl,
      ANTHROPIC_AUTH_TOKEN: KEY,
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    });
    expect(JSON.parse(readFileSync(path.join(t.home, '.claude.json'), 'utf8')).hasCompletedOnboarding).toBe(true);
    const posts = endpoint.requests.filter((q) => q.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts[posts.length - 1].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  test('--print writes nothing and never asks for the key', () => {
    const t = machine();
    const r = runCli(['setup', '--region', 'ai', '--print', '--shell', 'powershell'], { env: t.env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("$env:ANTHROPIC_BASE_URL = 'https://api.moonshot.ai/anthropic'");
    expect(() => statSync(path.join(t.home, '.claude', 'settings.json'))).toThrow();
  });

  test('without --region and without a terminal it is a usage error', () => {
    const t = machine();
    const r = runCli(['setup'], { env: t.env, input: KEY });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--region');
  });
});
