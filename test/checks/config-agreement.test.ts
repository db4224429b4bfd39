import { configAgreementCheck, urlDifference } from '../../checks/config-agreement';
import type { FakeContextOptions } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const HOME = '/home/user';
const CN = 'https://api.moonshot.cn/anthropic';
const AI = 'https://api.moonshot.ai/anthropic';
const KEY = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';
const claudeJson = (customApiUrl?: string) => JSON.stringify({ hasCompletedOnboarding: true, ...(customApiUrl ? { customApiUrl } : {}) });
const run = (opts: FakeContextOptions) => runCheck(configAgreementCheck, opts);

describe('config-agreement', () => {
  it.each<[string, FakeContextOptions, Array<[string, string]>]>([
    ['everything agrees', { env: { ANTHROPIC_BASE_URL: CN }, files: { [`${HOME}/.zshrc`]: `export ANTHROPIC_BASE_URL=${CN}` } }, [['config.agreement-ok', 'info']]],
    ["customApiUrl only (the guide's mistake)", { files: { [`${HOME}/.claude.json`]: claudeJson(`${CN}/`) } }, [['config.custom-api-url-only', 'error']]],
    ['customApiUrl in another region', { env: { ANTHROPIC_BASE_URL: AI }, files: { [`${HOME}/.claude.json`]: claudeJson(`${CN}/`) } }, [['config.custom-api-url-differs', 'warning']]],
    ['customApiUrl equal up to a trailing slash', { env: { ANTHROPIC_BASE_URL: CN }, files: { [`${HOME}/.claude.json`]: claudeJson(`${CN}/`) } }, [['config.custom-api-url-unused', 'info']]],
    [
      'a settings file overrides the shell',
      { env: { ANTHROPIC_BASE_URL: CN }, files: { [`${HOME}/.claude/settings.json`]: JSON.stringify({ env: { ANTHROPIC_BASE_URL: AI } }) } },
      [['config.settings-overrides-shell', 'warning']],
    ],
    [
      'project settings override user settings',
      {
        files: {
          '/work/project/.claude/settings.json': JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-k2.6' } }),
          [`${HOME}/.claude/settings.json`]: JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-k2-0711-preview' } }),
        },
      },
      [['config.settings-overrides-settings', 'info']],
    ],
    ['CLAUDE_CONFIG_DIR with a literal ~', { env: { ANTHROPIC_BASE_URL: CN, CLAUDE_CONFIG_DIR: '~/cfg' } }, [['config.config-dir-literal-tilde', 'warning']]],
    ['CLAUDE_CONFIG_DIR relative', { env: { ANTHROPIC_BASE_URL: CN, CLAUDE_CONFIG_DIR: 'cfg' } }, [['config.config-dir-relative', 'warning']]],
    ['CLAUDE_CONFIG_DIR absolute', { env: { ANTHROPIC_BASE_URL: CN, CLAUDE_CONFIG_DIR: `${HOME}/cfg` } }, [['config.agreement-ok', 'info']]],
    ['a BOM in user settings is read, as Claude Code does', { files: { [`${HOME}/.claude/settings.json`]: '\ufeff' + JSON.stringify({ env: { ANTHROPIC_BASE_URL: CN } }) } }, [['config.agreement-ok', 'info']]],
    ['ANTHROPIC_* only in .env', { files: { '/work/project/.env': `ANTHROPIC_BASE_URL=${CN}\nANTHROPIC_AUTH_TOKEN=${KEY}\nOTHER=1` } }, [['config.dotenv-ignored', 'warning']]],
    ['.env repeating what is set anyway', { env: { ANTHROPIC_BASE_URL: CN }, files: { '/work/project/.env': `ANTHROPIC_BASE_URL=${CN}` } }, [['config.agreement-ok', 'info']]],
    [
      'a start-up file edited after the terminal opened',
      { env: { ANTHROPIC_BASE_URL: CN }, files: { [`${HOME}/.zshrc`]: `export ANTHROPIC_BASE_URL=${AI}` } },
      [['config.startup-differs', 'warning']],
    ],
    [
      'a start-up file set, terminal unset',
      { env: {}, files: { [`${HOME}/.bashrc`]: `export ANTHROPIC_AUTH_TOKEN="${KEY}"` } },
      [['config.startup-differs', 'warning']],
    ],
    [
      "the guide's commented CN/AI pair",
      { env: { ANTHROPIC_BASE_URL: `${CN}/` }, files: { [`${HOME}/.zshrc`]: `export ANTHROPIC_BASE_URL="${CN}/"\n# export ANTHROPIC_BASE_URL="${AI}/"` } },
      [['config.startup-commented', 'info']],
    ],
    [
      'conflicting lines across start-up files',
      { env: { ANTHROPIC_BASE_URL: AI }, files: { [`${HOME}/.bashrc`]: `export ANTHROPIC_BASE_URL=${CN}`, [`${HOME}/.bash_profile`]: `export ANTHROPIC_BASE_URL=${AI}` } },
      [
        ['config.startup-conflict', 'warning'],
        ['config.startup-differs', 'warning'],
      ],
    ],
    ['a dynamic value is not compared', { env: {}, files: { [`${HOME}/.zshrc`]: 'export ANTHROPIC_AUTH_TOKEN="$(pass show kimi)"' } }, [['config.agreement-ok', 'info']]],
    [
      'a fish universal variable differs',
      { env: { ANTHROPIC_MODEL: 'kimi-k2.6' }, files: { [`${HOME}/.config/fish/config.fish`]: 'set -gx ANTHROPIC_MODEL kimi-k2-0905-preview' } },
      [['config.startup-differs', 'warning']],
    ],
    ['an invalid settings file', { files: { [`${HOME}/.claude/settings.json`]: '{"env": {"A": "1"}\n"model": "x"}' } }, [['config.settings-invalid', 'error']]],
    ['a settings path that is a directory', { files: { [`${HOME}/.claude/settings.json`]: { kind: 'directory' } } }, [['config.settings-unreadable', 'warning']]],
  ])('%s', async (_name, opts, expected) => {
    const r = await run(opts);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual(expected);
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]/);
  });

  it('compares the registry with this terminal on Windows: setx needs a new window', async () => {
    const r = await run({
      platform: 'win32',
      env: { ANTHROPIC_BASE_URL: CN },
      processes: { 'reg query HKCU\\Environment': { stdout: `HKEY_CURRENT_USER\\Environment\r\n    ANTHROPIC_BASE_URL    REG_SZ    ${AI}/\r\n    Path    REG_SZ    C:\\x\r\n` } },
    });
    expect(r.findings.map((f) => [f.code, f.values?.registryValue, f.values?.terminalValue])).toEqual([['config.registry-differs', `${AI}/`, CN]]);
    expect(render(r.findings[0], 'zh', 'cmd')).toContain('setx 只对新开的窗口生效');
  });

  it('compares start-up files with the real terminal, not with --env-file values', async () => {
    const r = await run({ env: { ANTHROPIC_BASE_URL: AI }, processEnv: { ANTHROPIC_BASE_URL: CN }, files: { [`${HOME}/.zshrc`]: `export ANTHROPIC_BASE_URL=${CN}` } });
    expect(r.codes).toEqual(['config.agreement-ok']);
  });

  it('redacts secrets in shadowing findings and data', async () => {
    const other = 'sk-' + 'Z'.repeat(44) + 'ABCD';
    const r = await run({ env: { ANTHROPIC_AUTH_TOKEN: KEY }, files: { [`${HOME}/.claude/settings.json`]: JSON.stringify({ env: { ANTHROPIC_AUTH_TOKEN: other } }) } });
    expect(r.findings[0]).toMatchObject({ code: 'config.settings-overrides-shell', values: { winnerValue: 'sk-…ABCD', loserValue: 'sk-…5uV8' } });
    expect(r.data).toMatchObject({ shadowed: [{ name: 'ANTHROPIC_AUTH_TOKEN', value: 'sk-…5uV8', source: { kind: 'process-env' } }] });
    expect(JSON.stringify({ f: r.findings, d: r.data })).not.toContain(KEY);
  });

  it('reports baseUrl and customApiUrl in data, and tells the truth about customApiUrl', async () => {
    const r = await run({ files: { [`${HOME}/.claude.json`]: claudeJson(`${AI}/`) } });
    expect(r.data).toMatchObject({ baseUrl: null, customApiUrl: `${AI}/`, shadowed: [] });
    expect(r.findings[0].values).toMatchObject({ suggestedUrl: AI });
    const en = render(r.findings[0]);
    expect(en).toContain('Claude Code actually ignores it');
    expect(en).toContain(`export ANTHROPIC_BASE_URL=${AI}`);
    expect(render(r.findings[0], 'zh')).toContain('实际上 Claude Code 根本不读它');
  });

  it('tells which way two URLs differ', () => {
    expect(urlDifference(`${CN}/`, CN)).toBeNull();
    expect(urlDifference(CN, AI)).toBe('region');
    expect(urlDifference(CN, 'https://llm.example.com/anthropic')).toBe('host');
    expect(urlDifference(CN, `${CN}/v1`)).toBe('path');
  });
});

describe('config-agreement: CLAUDE_CONFIG_DIR wording', () => {
  it('names the folder Claude Code uses and the one that was meant, in both languages', async () => {
    const r = await run({ env: { CLAUDE_CONFIG_DIR: '~/cfg' } });
    const f = r.findings.find((x) => x.code === 'config.config-dir-literal-tilde')!;
    expect(f.values).toMatchObject({ value: '~/cfg', dir: '/work/project/~/cfg', meant: `${HOME}/cfg` });
    expect(render(f)).toContain('/work/project/~/cfg');
    expect(render(f)).toContain(`CLAUDE_CONFIG_DIR=${HOME}/cfg`);
    expect(render(f, 'zh')).toContain('/work/project/~/cfg');
  });
});
