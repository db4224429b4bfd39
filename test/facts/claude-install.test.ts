import { locateClaude } from '../../src/facts/claude-install';
import { fakeContext, type FakeContextOptions } from '../support/fake-context';
import {
  posixNativeClaude,
  posixNode,
  posixNpmClaude,
  WIN_HOME,
  WIN_NODE_DIR,
  WIN_NPM_PREFIX,
  winEnv,
  winNativeClaude,
  winNode,
  winNpmClaude,
} from '../support/install-trees';

const PKG = '/usr/local/lib/node_modules/@anthropic-ai/claude-code';
const WIN_PKG = `${WIN_NPM_PREFIX}\\node_modules\\@anthropic-ai\\claude-code`;

describe('locateClaude: the copy on PATH', () => {
  type Row = [string, FakeContextOptions, Record<string, unknown>];
  const rows: Row[] = [
    [
      'npm global (current): version and engines from package.json, through the bin symlink',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude() } },
      {
        path: '/usr/local/bin/claude',
        realPath: `${PKG}/bin/claude.exe`,
        installMethod: 'npm-global',
        version: '2.1.332',
        versionSource: 'package.json',
        packageDir: PKG,
        enginesNode: '>=22.0.0',
        nativeBinaryMissing: false,
      },
    ],
    [
      'npm global (old cli.js release)',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { version: '2.1.197', engines: '>=18.0.0', legacyCli: true }) } },
      { realPath: `${PKG}/cli.js`, version: '2.1.197', enginesNode: '>=18.0.0', nativeBinaryMissing: false },
    ],
    [
      'npm global whose native binary never arrived (--ignore-scripts)',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { wrapper: true }) } },
      { installMethod: 'npm-global', version: '2.1.332', nativeBinaryMissing: true },
    ],
    [
      'a big bin/claude.exe that merely mentions the marker is not the wrapper',
      {
        env: { PATH: '/usr/local/bin' },
        files: {
          ...posixNode(),
          ...posixNpmClaude(),
          [`${PKG}/bin/claude.exe`]: { kind: 'file', content: 'claude native binary not installed' + 'x'.repeat(5000), executable: true },
        },
      },
      { nativeBinaryMissing: false },
    ],
    [
      'npm package.json without engines, garbage version: falls back to spawning',
      {
        env: { PATH: '/usr/local/bin' },
        files: { ...posixNode(), ...posixNpmClaude(), [`${PKG}/package.json`]: '{"name":"@anthropic-ai/claude-code","version":"latest"}' },
        processes: { '/usr/local/bin/claude --version': { stdout: '2.1.300 (Claude Code)\n' } },
      },
      { installMethod: 'npm-global', version: '2.1.300', versionSource: 'spawn', enginesNode: null },
    ],
    [
      'native install: version from the versions directory, no spawn',
      { env: { PATH: '/home/user/.local/bin:/usr/bin' }, files: posixNativeClaude() },
      { path: '/home/user/.local/bin/claude', installMethod: 'native', version: '2.1.197', versionSource: 'native-path', packageDir: null, enginesNode: null },
    ],
    [
      'a plain file in ~/.local/bin counts as native; version from --version',
      {
        env: { PATH: '/home/user/.local/bin' },
        files: { '/home/user/.local/bin/claude': { kind: 'file', content: 'ELF', executable: true } },
        processes: { '/home/user/.local/bin/claude --version': { stdout: '2.1.197 (Claude Code)\n' } },
      },
      { installMethod: 'native', version: '2.1.197', versionSource: 'spawn' },
    ],
    [
      'something else (Homebrew cask, a wrapper script): other, version by spawn',
      {
        env: { PATH: '/opt/homebrew/bin' },
        files: { '/opt/homebrew/bin/claude': { kind: 'file', content: '#!/bin/sh', executable: true } },
        processes: { '/opt/homebrew/bin/claude --version': { stdout: '2.1.250 (Claude Code)' } },
      },
      { installMethod: 'other', version: '2.1.250', versionSource: 'spawn' },
    ],
    [
      'a version that hangs',
      {
        env: { PATH: '/opt/bin' },
        files: { '/opt/bin/claude': { kind: 'file', content: '#!/bin/sh', executable: true } },
        processes: { '/opt/bin/claude --version': { timedOut: true, exitCode: null } },
      },
      { installMethod: 'other', version: null, versionError: { kind: 'timeout', seconds: 3 } },
    ],
    [
      'Windows npm shims: package found from claude.cmd',
      { platform: 'win32', env: winEnv(`${WIN_NODE_DIR};${WIN_NPM_PREFIX}`), files: { ...winNode(), ...winNpmClaude() } },
      { path: `${WIN_NPM_PREFIX}\\claude.cmd`, installMethod: 'npm-global', version: '2.1.332', packageDir: WIN_PKG, enginesNode: '>=22.0.0' },
    ],
    [
      'Windows: only claude.ps1 (PATHEXT without .CMD) still names the package',
      {
        platform: 'win32',
        env: winEnv(WIN_NPM_PREFIX, { PATHEXT: '.EXE' }),
        files: (() => {
          const t = winNpmClaude(WIN_NPM_PREFIX, { wrapper: true });
          delete t[`${WIN_NPM_PREFIX}\\claude.cmd`];
          return t;
        })(),
      },
      { path: `${WIN_NPM_PREFIX}\\claude.ps1`, installMethod: 'npm-global', packageDir: WIN_PKG, nativeBinaryMissing: true },
    ],
    [
      'Windows native: ~\\.local\\bin\\claude.exe, version by spawn',
      {
        platform: 'win32',
        env: winEnv(`${WIN_HOME}\\.local\\bin`),
        files: winNativeClaude(),
        processes: { [`${WIN_HOME}\\.local\\bin\\claude.exe --version`]: { stdout: '2.1.197 (Claude Code)\r\n' } },
      },
      { installMethod: 'native', version: '2.1.197', versionSource: 'spawn' },
    ],
    [
      'Windows: an unknown .cmd is read, never run',
      { platform: 'win32', env: winEnv('C:\\tools'), files: { 'C:\\tools\\claude.cmd': '@echo off\r\nsomething-else %*\r\n' } },
      { installMethod: 'other', version: null, versionError: { kind: 'script-shim' } },
    ],
  ];

  it.each(rows)('%s', async (_name, options, expected) => {
    const ctx = fakeContext(options);
    const install = await locateClaude(ctx);
    expect(install.copies).toHaveLength(1);
    expect(install.copies[0]).toMatchObject(expected);
    // `claude doctor` hangs without a TTY: only --version may ever be spawned.
    for (const p of ctx.processLog) expect(p.args).toEqual(['--version']);
  });

  it('never spawns when package.json or the native path already tell the version', async () => {
    const ctx = fakeContext({ env: { PATH: '/home/user/.local/bin:/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude(), ...posixNativeClaude() } });
    await locateClaude(ctx);
    expect(ctx.processLog).toEqual([]);
  });

  it('does not spawn a wrapper whose native binary is missing', async () => {
    const ctx = fakeContext({
      env: { PATH: '/usr/local/bin' },
      files: { ...posixNode(), ...posixNpmClaude('/usr/local', { wrapper: true }), [`${PKG}/package.json`]: '' },
    });
    const [copy] = (await locateClaude(ctx)).copies;
    expect(copy).toMatchObject({ version: null, nativeBinaryMissing: true, versionError: { kind: 'binary-missing' } });
    expect(ctx.processLog).toEqual([]);
  });

  it('skips a dangling symlink, as the shell does', async () => {
    const ctx = fakeContext({
      env: { PATH: '/usr/local/bin:/opt/bin' },
      files: { '/usr/local/bin/claude': { kind: 'symlink', target: '/nowhere/claude' }, '/opt/bin/claude': { kind: 'file', content: '', executable: true } },
      processes: { '/opt/bin/claude --version': { stdout: '2.1.1 (Claude Code)' } },
    });
    // A dangling link is not executable, so the shell skips it and runs the next one.
    expect((await locateClaude(ctx)).copies.map((c) => c.path)).toEqual(['/opt/bin/claude']);
  });
});

describe('locateClaude: several copies and copies off PATH', () => {
  it('lists copies in PATH order, one per directory', async () => {
    const ctx = fakeContext({
      env: { PATH: '/home/user/.local/bin:/usr/local/bin' },
      files: { ...posixNode(), ...posixNpmClaude(), ...posixNativeClaude() },
    });
    const install = await locateClaude(ctx);
    expect(install.copies.map((c) => [c.path, c.installMethod, c.version])).toEqual([
      ['/home/user/.local/bin/claude', 'native', '2.1.197'],
      ['/usr/local/bin/claude', 'npm-global', '2.1.332'],
    ]);
    expect(install.offPath).toEqual({ native: null, npm: null });
  });

  it('collapses claude.cmd and claude.ps1 in one Windows directory', async () => {
    const ctx = fakeContext({ platform: 'win32', env: winEnv(WIN_NPM_PREFIX), files: winNpmClaude() });
    expect((await locateClaude(ctx)).copies.map((c) => c.path)).toEqual([`${WIN_NPM_PREFIX}\\claude.cmd`]);
  });

  it.each<[string, FakeContextOptions, unknown]>([
    [
      'native launcher outside PATH',
      { env: { PATH: '/usr/bin' }, files: posixNativeClaude() },
      { native: { path: '/home/user/.local/bin/claude', dir: '/home/user/.local/bin' }, npm: null },
    ],
    [
      "npm's global bin outside PATH (prefix in ~/.npmrc)",
      {
        env: { PATH: '/usr/local/bin' },
        files: { ...posixNode(), '/home/user/.npmrc': 'prefix=~/.npm-global', ...posixNpmClaude('/home/user/.npm-global') },
      },
      { native: null, npm: { path: '/home/user/.npm-global/bin/claude', dir: '/home/user/.npm-global/bin' } },
    ],
    [
      'Windows: %APPDATA%\\npm missing from Path',
      { platform: 'win32', env: winEnv(WIN_NODE_DIR), files: { ...winNode(), ...winNpmClaude() } },
      { native: null, npm: { path: `${WIN_NPM_PREFIX}\\claude.cmd`, dir: WIN_NPM_PREFIX } },
    ],
    [
      'Windows: native claude.exe with ~\\.local\\bin missing from Path',
      { platform: 'win32', env: winEnv(WIN_NODE_DIR), files: { ...winNode(), ...winNativeClaude() } },
      { native: { path: `${WIN_HOME}\\.local\\bin\\claude.exe`, dir: `${WIN_HOME}\\.local\\bin` }, npm: null },
    ],
    ['nothing installed anywhere', { env: { PATH: '/usr/local/bin' }, files: posixNode() }, { native: null, npm: null }],
  ])('%s', async (_name, options, expected) => {
    const install = await locateClaude(fakeContext(options));
    expect(install.copies).toEqual([]);
    expect(install.offPath).toEqual(expected);
  });

  it('is computed once per run', async () => {
    const ctx = fakeContext({ env: { PATH: '/opt/bin' }, files: { '/opt/bin/claude': { kind: 'file', content: '', executable: true } } });
    await Promise.all([locateClaude(ctx), locateClaude(ctx)]);
    expect(ctx.processLog).toHaveLength(1);
  });
});
