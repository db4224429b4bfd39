import { resolveConfig } from '../../src/config/resolve';
import { fakeContext } from '../support/fake-context';

const HOME = '/home/user';
const CWD = '/work/project';
const settings = (env: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ env, ...extra });

describe('resolveConfig: precedence and sources', () => {
  const files = {
    '/etc/claude-code/managed-settings.json': settings({ A: 'managed' }),
    [`${CWD}/.claude/settings.local.json`]: settings({ A: 'local', B: 'local' }),
    [`${CWD}/.claude/settings.json`]: settings({ A: 'project', B: 'project', C: 'project' }),
    [`${HOME}/.claude/settings.json`]: settings({ A: 'user', B: 'user', C: 'user', D: 'user' }),
  };
  const env = { A: 'shell', B: 'shell', C: 'shell', D: 'shell', E: 'shell' };

  it.each([
    ['A', 'managed', { kind: 'settings', scope: 'managed', path: '/etc/claude-code/managed-settings.json' }],
    ['B', 'local', { kind: 'settings', scope: 'project-local', path: `${CWD}/.claude/settings.local.json` }],
    ['C', 'project', { kind: 'settings', scope: 'project', path: `${CWD}/.claude/settings.json` }],
    ['D', 'user', { kind: 'settings', scope: 'user', path: `${HOME}/.claude/settings.json` }],
    ['E', 'shell', { kind: 'process-env' }],
  ])('%s comes from %s', async (name, value, source) => {
    const config = await resolveConfig(fakeContext({ env, files }));
    expect(config.get(name)).toMatchObject({ name, value, source });
  });

  it('lists every lower layer that sets a different value as shadowed, highest first', async () => {
    const config = await resolveConfig(fakeContext({ env, files }));
    expect(config.get('A')!.shadowed.map((s) => s.value)).toEqual(['local', 'project', 'user', 'shell']);
    expect(config.get('E')!.shadowed).toEqual([]);
  });

  it('does not call an equal value shadowed', async () => {
    const config = await resolveConfig(fakeContext({ env: { X: 'same' }, files: { [`${HOME}/.claude/settings.json`]: settings({ X: 'same' }) } }));
    expect(config.get('X')).toMatchObject({ value: 'same', source: { kind: 'settings', scope: 'user' }, shadowed: [] });
  });

  it('returns undefined for a name nothing sets', async () => {
    expect((await resolveConfig(fakeContext({ files }))).get('NOPE')).toBeUndefined();
  });

  it('records settings files in precedence order with their state', async () => {
    const config = await resolveConfig(fakeContext({ files: { [`${CWD}/.claude/settings.json`]: '{"env": {"A": "1",}}' } }));
    expect(config.settingsFiles.map((f) => [f.scope, f.state])).toEqual([
      ['managed', 'missing'],
      ['project-local', 'missing'],
      ['project', 'invalid'],
      ['user', 'missing'],
    ]);
    expect(config.settingsFiles[2].problem).toMatchObject({ line: 1, column: 19, cause: 'trailing-comma' });
  });

  it('turns numbers and booleans into strings and drops objects, as Claude Code does', async () => {
    const config = await resolveConfig(fakeContext({ files: { [`${HOME}/.claude/settings.json`]: settings({ N: 1, T: true, O: { a: 1 }, Z: null }) } }));
    expect([config.get('N')?.value, config.get('T')?.value, config.get('O'), config.get('Z')]).toEqual(['1', 'true', undefined, undefined]);
  });

  it('reads apiKeyHelper and model from the highest layer that has them', async () => {
    const config = await resolveConfig(
      fakeContext({
        files: {
          [`${CWD}/.claude/settings.json`]: settings({}, { model: 'kimi-k2.6' }),
          [`${HOME}/.claude/settings.json`]: settings({}, { model: 'claude-sonnet-4', apiKeyHelper: '~/bin/kimi-key' }),
        },
      }),
    );
    expect(config.settingsModel).toEqual({ value: 'kimi-k2.6', source: { kind: 'settings', scope: 'project', path: `${CWD}/.claude/settings.json` } });
    expect(config.apiKeyHelper?.value).toBe('~/bin/kimi-key');
  });

  it('marks a settings path that is a directory, or binary, as unreadable', async () => {
    const config = await resolveConfig(
      fakeContext({ files: { [`${HOME}/.claude/settings.json`]: { kind: 'directory' }, [`${CWD}/.claude/settings.json`]: new Uint8Array([1, 0, 2, 0xff]) } }),
    );
    expect(config.settingsFiles.find((f) => f.scope === 'user')).toMatchObject({ state: 'unreadable' });
    expect(config.settingsFiles.find((f) => f.scope === 'project')).toMatchObject({ state: 'unreadable', detail: 'binary' });
  });

  it('counts the project file once when run from the home directory', async () => {
    const config = await resolveConfig(fakeContext({ cwd: HOME }));
    expect(config.settingsFiles.map((f) => f.scope)).toEqual(['managed', 'project-local', 'user']);
  });

  it('is computed once per run', async () => {
    const ctx = fakeContext();
    expect(await resolveConfig(ctx)).toBe(await resolveConfig(ctx));
  });
});

describe('resolveConfig: CLAUDE_CONFIG_DIR', () => {
  it('moves the user settings and .claude.json', async () => {
    const config = await resolveConfig(
      fakeContext({
        env: { CLAUDE_CONFIG_DIR: `${HOME}/alt` },
        files: {
          [`${HOME}/alt/settings.json`]: settings({ ANTHROPIC_MODEL: 'kimi-k2.6' }),
          [`${HOME}/alt/.claude.json`]: '{"hasCompletedOnboarding": true}',
          [`${HOME}/.claude/settings.json`]: settings({ ANTHROPIC_MODEL: 'ignored' }),
        },
      }),
    );
    expect(config.configDir).toBe(`${HOME}/alt`);
    expect(config.get('ANTHROPIC_MODEL')).toMatchObject({ value: 'kimi-k2.6', source: { path: `${HOME}/alt/settings.json` } });
    expect(config.claudeJson).toMatchObject({ path: `${HOME}/alt/.claude.json`, state: 'ok' });
  });

  // Claude Code 2.1.332 takes the value literally (measured on loopback, 2026-12-04): "~" is a folder name,
  // a relative path starts at the working directory, and spaces are kept.
  it.each([
    ['~/alt', '/work/project/~/alt'],
    ['alt', '/work/project/alt'],
    [' alt', '/work/project/ alt'],
    ['../alt', '/work/alt'],
  ])('takes %j as Claude Code does: %s', async (value, dir) => {
    const config = await resolveConfig(
      fakeContext({
        cwd: '/work/project',
        env: { CLAUDE_CONFIG_DIR: value },
        files: { [`${dir}/settings.json`]: settings({ ANTHROPIC_MODEL: 'kimi-k2.6' }), [`${HOME}/alt/settings.json`]: settings({ ANTHROPIC_MODEL: 'not read' }) },
      }),
    );
    expect(config.configDir).toBe(dir);
    expect(config.get('ANTHROPIC_MODEL')).toMatchObject({ value: 'kimi-k2.6', source: { path: `${dir}/settings.json` } });
  });

  // Measured the same way: a settings file or .claude.json that starts with a UTF-8 BOM is read and used.
  it('reads settings and .claude.json that start with a BOM, as Claude Code does', async () => {
    const config = await resolveConfig(
      fakeContext({
        files: {
          [`${HOME}/.claude/settings.json`]: '\ufeff' + settings({ ANTHROPIC_MODEL: 'kimi-k2.6' }),
          [`${HOME}/.claude.json`]: '\ufeff{"hasCompletedOnboarding": true}',
        },
      }),
    );
    expect(config.get('ANTHROPIC_MODEL')).toMatchObject({ value: 'kimi-k2.6', source: { path: `${HOME}/.claude/settings.json` } });
    expect(config.claudeJson).toMatchObject({ state: 'ok' });
  });
});

describe('resolveConfig: managed settings per platform', () => {
  it.each([
    ['linux', '/etc/claude-code/managed-settings.json'],
    ['darwin', '/Library/Application Support/ClaudeCode/managed-settings.json'],
    ['win32', 'C:\\ProgramData\\ClaudeCode\\managed-settings.json'],
  ])('%s → %s', async (platform, path) => {
    const config = await resolveConfig(fakeContext({ platform, processes: { reg: { exitCode: 1 } } }));
    expect(config.settingsFiles[0]).toMatchObject({ scope: 'managed', path });
  });
});

describe('resolveConfig: ~/.claude.json', () => {
  it('reads onboarding, customApiUrl, key answers and primaryApiKey, and registers key material as secrets', async () => {
    const ctx = fakeContext({
      files: {
        [`${HOME}/.claude.json`]: JSON.stringify({
          hasCompletedOnboarding: true,
          customApiUrl: 'https://api.moonshot.cn/anthropic/',
          customApiKeyResponses: { rejected: ['abcdefghijklmnopqrst'], approved: [] },
          primaryApiKey: 'sk-ant-api03-secretsecretsecret',
        }),
      },
    });
    const config = await resolveConfig(ctx);
    expect(config.claudeJson).toMatchObject({
      state: 'ok',
      content: { hasCompletedOnboarding: true, customApiUrl: 'https://api.moonshot.cn/anthropic/', rejectedKeySuffixes: ['abcdefghijklmnopqrst'] },
    });
    expect(ctx.secretsSeen).toEqual(expect.arrayContaining(['abcdefghijklmnopqrst', 'sk-ant-api03-secretsecretsecret']));
  });

  it.each([
    ['missing', undefined, 'missing'],
    ['a directory', { kind: 'directory' as const }, 'not-a-file'],
    ['a FIFO', { kind: 'fifo' as const }, 'not-a-file'],
    ['unreadable', { kind: 'unreadable' as const }, 'unreadable'],
    ['a symlink loop', { kind: 'loop' as const }, 'unreadable'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, ...Buffer.from('{}', 'utf16le')]), 'not-text'],
    ['invalid JSON', '{"a": 1,}', 'invalid'],
    ['an array', '[]', 'not-object'],
  ])('%s → %s', async (_name, entry, state) => {
    const config = await resolveConfig(fakeContext({ files: entry === undefined ? {} : { [`${HOME}/.claude.json`]: entry } }));
    expect(config.claudeJson.state).toBe(state);
  });
});

describe('resolveConfig: .env, start-up files and the registry', () => {
  it('reads a project .env without applying it, and registers its secrets', async () => {
    const ctx = fakeContext({ files: { [`${CWD}/.env`]: 'ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic\nANTHROPIC_AUTH_TOKEN="sk-envfile-secret-0123456789"\n' } });
    const config = await resolveConfig(ctx);
    expect(config.dotEnv).toMatchObject({ state: 'ok', vars: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' } });
    expect(config.get('ANTHROPIC_BASE_URL')).toBeUndefined();
    expect(ctx.secretsSeen).toContain('sk-envfile-secret-0123456789');
  });

  it('collects assignments from bash, zsh, fish and PowerShell files', async () => {
    const ctx = fakeContext({
      files: {
        [`${HOME}/.bashrc`]: 'export ANTHROPIC_MODEL=kimi-k2.6',
        [`${HOME}/.zshrc`]: 'export ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"\n# export ANTHROPIC_BASE_URL="https://api.moonshot.ai/anthropic/"',
        [`${HOME}/.config/fish/config.fish`]: 'set -gx ANTHROPIC_AUTH_TOKEN sk-fish-token-0123456789abcdef',
        [`${HOME}/.config/powershell/Microsoft.PowerShell_profile.ps1`]: '$env:ANTHROPIC_SMALL_FAST_MODEL="kimi-k2.6"',
      },
    });
    const config = await resolveConfig(ctx);
    expect(config.startupAssignments.map((a) => [a.path.replace(HOME, '~'), a.line, a.name, a.commented])).toEqual([
      ['~/.bashrc', 1, 'ANTHROPIC_MODEL', false],
      ['~/.zshrc', 1, 'ANTHROPIC_BASE_URL', false],
      ['~/.zshrc', 2, 'ANTHROPIC_BASE_URL', true],
      ['~/.config/fish/config.fish', 1, 'ANTHROPIC_AUTH_TOKEN', false],
      ['~/.config/powershell/Microsoft.PowerShell_profile.ps1', 1, 'ANTHROPIC_SMALL_FAST_MODEL', false],
    ]);
    expect(ctx.secretsSeen).toContain('sk-fish-token-0123456789abcdef');
  });

  it('reads the Windows PowerShell profile even when it is UTF-16, and the registry', async () => {
    const home = 'C:\\Users\\user';
    const ctx = fakeContext({
      platform: 'win32',
      files: {
        [`${home}\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1`]: new Uint8Array([
          0xff,
          0xfe,
          ...Buffer.from('$env:ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"\r\n', 'utf16le'),
        ]),
      },
      processes: { 'reg query HKCU\\Environment': { stdout: '\r\nHKEY_CURRENT_USER\\Environment\r\n    ANTHROPIC_API_KEY    REG_SZ    sk-registry-key-0123456789abc\r\n' } },
    });
    const config = await resolveConfig(ctx);
    expect(config.startupAssignments).toEqual([expect.objectContaining({ name: 'ANTHROPIC_BASE_URL', shell: 'powershell', line: 1 })]);
    expect(config.registry).toEqual({ ANTHROPIC_API_KEY: 'sk-registry-key-0123456789abc' });
    expect(ctx.secretsSeen).toContain('sk-registry-key-0123456789abc');
    expect(ctx.processLog).toEqual([{ command: 'reg', args: ['query', 'HKCU\\Environment'] }]);
  });

  it('does not run reg outside Windows', async () => {
    const ctx = fakeContext();
    expect((await resolveConfig(ctx)).registry).toBeNull();
    expect(ctx.processLog).toEqual([]);
  });

  it('looks names up case-insensitively on Windows', async () => {
    const config = await resolveConfig(fakeContext({ platform: 'win32', env: { Anthropic_Base_Url: 'https://api.moonshot.cn/anthropic' }, processes: { reg: { exitCode: 1 } } }));
    expect(config.get('ANTHROPIC_BASE_URL')?.value).toBe('https://api.moonshot.cn/anthropic');
  });

  it('registers every credential-looking value from the environment and settings', async () => {
    const ctx = fakeContext({
      env: { ANTHROPIC_API_KEY: ' "sk-shell-key-0123456789" ', HTTPS_PROXY: 'http://u:p@proxy:8080', ANTHROPIC_MODEL: 'kimi-k2.6' },
      files: { [`${HOME}/.claude/settings.json`]: settings({ ANTHROPIC_AUTH_TOKEN: 'sk-settings-token-0123456789' }) },
    });
    await resolveConfig(ctx);
    expect(ctx.secretsSeen).toEqual(expect.arrayContaining([' "sk-shell-key-0123456789" ', 'sk-shell-key-0123456789', 'sk-settings-token-0123456789']));
    expect(ctx.secretsSeen).not.toContain('kimi-k2.6');
  });
});

describe('resolveConfig: secrets embedded in other values', () => {
  it('registers a password in the base URL and a key literal in apiKeyHelper', async () => {
    const ctx = fakeContext({
      env: { ANTHROPIC_BASE_URL: 'https://me:gw-pass-123@gateway.example/anthropic' },
      files: { [`${HOME}/.claude/settings.json`]: JSON.stringify({ apiKeyHelper: 'echo sk-helper-literal-0123456789' }) },
    });
    await resolveConfig(ctx);
    expect(ctx.secretsSeen).toEqual(expect.arrayContaining(['gw-pass-123', 'sk-helper-literal-0123456789']));
  });
});
