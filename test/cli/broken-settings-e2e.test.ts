// Issue 11, item 3: with a settings file Claude Code cannot read, the checks whose variables may be in it say
// "unknown until <file> is valid" and point at that one fix, instead of "not set → export it again" and
// "no key → run setup". End to end on the built binary (`node scripts/build.js` first), human, zh and JSON.
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../support/cli';

// Line 6, column 3: the comma after the last item.
const BROKEN = [
  '{',
  '  "env": {',
  '    "ANTHROPIC_BASE_URL": "https://api.moonshot.cn/anthropic",',
  '    "ANTHROPIC_AUTH_TOKEN": "sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL",',
  '    "ANTHROPIC_MODEL": "kimi-k3",',
  '  }',
  '}',
  '',
].join('\n');
const DEPENDENT = ['base-url', 'api-key', 'model', 'provider', 'proxy'];

function brokenHome(): string {
  const home = tempDir('kc-broken-');
  mkdirSync(path.join(home, '.claude'));
  writeFileSync(path.join(home, '.claude', 'settings.json'), BROKEN);
  return home;
}

const doctor = (home: string, args: string[], env: Record<string, string> = {}) =>
  runCli(['doctor', '--offline', '--shell', 'bash', '--skip', 'node', '--skip', 'claude-cli', ...args], {
    env: { HOME: home, PATH: '/usr/bin:/bin', SHELL: '/bin/bash', LANG: 'en_US.UTF-8', ...env },
  });

type Check = { id: string; status: string; findings: Array<{ code: string; message: string; remediation: string | null }> };

describe.each(['en', 'zh'])('a settings.json with a trailing comma (%s)', (lang) => {
  const home = brokenHome();
  const r = doctor(home, ['--format', 'json', '--lang', lang]);
  const checks = JSON.parse(r.stdout).checks as Check[];
  const byId = (id: string) => checks.find((c) => c.id === id)!;

  test.each(DEPENDENT)('%s: unknown until the file is valid, pointing at line 6, column 3', (id) => {
    const c = byId(id);
    expect(c.status).toBe('skip');
    expect(c.findings.map((f) => f.code)).toEqual(['config.unknown-until-valid']);
    expect(c.findings[0].message).toContain('~/.claude/settings.json');
    expect(c.findings[0].remediation).toMatch(lang === 'en' ? /line 6, column 3/ : /第 6 行第 3 列/);
  });

  test('one fix: the file, at line 6, column 3; no advice to set the variables again or to run setup', () => {
    const f = byId('config-agreement').findings.find((x) => x.code === 'config.settings-invalid')!;
    expect(f.message).toMatch(/6.*3/);
    const all = checks.flatMap((c) => c.findings.map((f) => `${f.message}\n${f.remediation ?? ''}`)).join('\n');
    expect(all).not.toMatch(/export ANTHROPIC_BASE_URL|export ANTHROPIC_AUTH_TOKEN|kimi-claude setup/);
  });
});

test('human output: one ✗ (the file), the dependent checks are unknown, not failed', () => {
  const r = doctor(brokenHome(), ['--lang', 'en']);
  expect(r.stdout).toContain('Unknown until ~/.claude/settings.json is valid');
  expect(r.stdout).not.toContain('ANTHROPIC_BASE_URL is not set');
  expect(r.stdout).not.toContain('Neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set');
  // A value set somewhere readable is still judged: the shell has ANTHROPIC_BASE_URL, with the wrong path.
  const shell = doctor(brokenHome(), ['--format', 'json', '--only', 'base-url', '--only', 'api-key'], { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/v1' });
  const [baseUrl, apiKey] = JSON.parse(shell.stdout).checks as Check[];
  expect(baseUrl.findings.map((f) => f.code)).toEqual(['base-url.wrong-path']);
  expect(apiKey.findings.map((f) => f.code)).toEqual(['config.unknown-until-valid']);
});
