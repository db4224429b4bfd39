// Issue 11, item 4: shell advice starts from what the start-up files already hold. A bad export in ~/.bashrc is
// changed where it is (file and line named), not shadowed by a second export; nothing is suggested against a file
// that does not exist. End to end on the built binary (`node scripts/build.js` first), human, zh and JSON; the
// suggested command is then run with bash on the temporary home.
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../support/cli';

const KEY = 'sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL';
const BAD = 'https://api.moonshot.cn/anthropic/v1';
const GOOD = 'https://api.moonshot.cn/anthropic';
const BASHRC = ['# my settings', 'alias ll="ls -l"', `export ANTHROPIC_BASE_URL=${BAD}`, 'export EDITOR=vim', ''].join('\n');

type Check = { id: string; findings: Array<{ code: string; message: string; remediation: string | null }> };

function doctor(home: string, args: string[], env: Record<string, string>) {
  return runCli(['doctor', '--offline', '--shell', 'bash', ...args], { env: { HOME: home, PATH: '/usr/bin:/bin', SHELL: '/bin/bash', LANG: 'en_US.UTF-8', ...env } });
}

describe('the bad export is already in ~/.bashrc (line 3)', () => {
  const home = tempDir('kc-shell-');
  writeFileSync(path.join(home, '.bashrc'), BASHRC);
  const env = { ANTHROPIC_BASE_URL: BAD, ANTHROPIC_AUTH_TOKEN: KEY };

  test.each([
    ['en', 'line 3 of ~/.bashrc'],
    ['zh', '~/.bashrc 第 3 行'],
  ])('%s: names the file and line, changes it in place, appends nothing', (lang, where) => {
    const r = doctor(home, ['--only', 'base-url', '--format', 'json', '--lang', lang], env);
    const [check] = JSON.parse(r.stdout).checks as Check[];
    const f = check.findings.find((x) => x.code === 'base-url.wrong-path')!;
    expect(f.remediation).toContain(where);
    expect(f.remediation).toContain(`sed -i.bak -e '3s|.*|export ANTHROPIC_BASE_URL=${GOOD}|' ~/.bashrc`);
    expect(f.remediation).not.toContain('>> ~/.bashrc');
  });

  test('the suggested command, run as shown, leaves one export with the right value and the rest intact', () => {
    const r = doctor(home, ['--only', 'base-url'], env);
    const sed = r.stdout.split('\n').map((l) => l.trim()).find((l) => l.startsWith('sed -i.bak'))!;
    const copy = tempDir('kc-shell-run-');
    writeFileSync(path.join(copy, '.bashrc'), BASHRC);
    const ran = spawnSync('bash', ['-c', sed], { env: { HOME: copy, PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(ran.status).toBe(0);
    const after = readFileSync(path.join(copy, '.bashrc'), 'utf8');
    expect(after).toBe(BASHRC.replace(`export ANTHROPIC_BASE_URL=${BAD}`, `export ANTHROPIC_BASE_URL=${GOOD}`));
    expect(readFileSync(path.join(copy, '.bashrc.bak'), 'utf8')).toBe(BASHRC);
  });
});

describe('no ~/.bashrc at all', () => {
  const home = tempDir('kc-shell-none-');
  const env = { ANTHROPIC_BASE_URL: GOOD, ANTHROPIC_API_KEY: KEY, ANTHROPIC_AUTH_TOKEN: KEY };

  test.each(['en', 'zh'])('%s: no sed against a file that does not exist', (lang) => {
    const r = doctor(home, ['--format', 'json', '--lang', lang, '--skip', 'node', '--skip', 'claude-cli'], env);
    const text = (JSON.parse(r.stdout).checks as Check[]).flatMap((c) => c.findings.map((f) => f.remediation ?? '')).join('\n');
    // Both credentials are set: the advice is to unset ANTHROPIC_API_KEY.
    expect(text).toContain('unset ANTHROPIC_API_KEY');
    expect(text).not.toContain('sed -i.bak');
  });

  test('human: says there is no line to delete', () => {
    const r = doctor(home, ['--skip', 'node', '--skip', 'claude-cli'], env);
    expect(r.stdout).toContain('None of your shell start-up files sets it');
    expect(r.stdout).not.toContain('sed -i.bak');
  });
});
