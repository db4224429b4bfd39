import { claudeCliCheck } from '../../checks/claude-cli';
import { runRow, type Row } from '../support/check-table';
import type { FakeContextOptions } from '../support/fake-context';
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
import { expectWellRendered, renderAll } from '../support/render-findings';
import type { VersionProblem } from '../../src/facts/spawn-version';
import { warning } from '../../src/core/define-check';

const PKG = '/usr/local/lib/node_modules/@anthropic-ai/claude-code';
const WIN_PKG = `${WIN_NPM_PREFIX}\\node_modules\\@anthropic-ai\\claude-code`;

/** Node plus an npm claude on PATH, and whatever ~/.claude.json holds. */
const npmSetup = (claudeJson?: string, env: Record<string, string> = {}): FakeContextOptions => ({
  env: { PATH: '/usr/local/bin', ...env },
  files: { ...posixNode(), ...posixNpmClaude(), ...(claudeJson === undefined ? {} : { '/home/user/.claude.json': claudeJson }) },
});
const nativeSetup = (claudeJson: string): FakeContextOptions => ({
  env: { PATH: '/home/user/.local/bin:/usr/local/bin' },
  files: { ...posixNode(), ...posixNativeClaude(), '/home/user/.claude.json': claudeJson },
});


const ok = (values?: Record<string, unknown>): [string, string, Record<string, unknown>?] => ['claude.ok', 'info', values];

const rows: Row[] = [
  [
    'npm global on PATH',
    npmSetup(),
    [ok({ path: '/usr/local/bin/claude', version: '2.1.332', installMethod: 'npm-global' })],
    { path: '/usr/local/bin/claude', version: '2.1.332', installMethod: 'npm-global', all: ['/usr/local/bin/claude'] },
  ],
  [
    'native on PATH',
    { env: { PATH: '/home/user/.local/bin:/usr/bin' }, files: posixNativeClaude() },
    [ok({ path: '/home/user/.local/bin/claude', version: '2.1.197', installMethod: 'native' })],
    { installMethod: 'native', all: ['/home/user/.local/bin/claude'] },
  ],
  [
    'not installed anywhere',
    { env: { PATH: '/usr/local/bin' }, files: posixNode() },
    [['claude.not-found', 'error']],
    { path: null, version: null, installMethod: null, all: [] },
  ],
  [
    'native installed, ~/.local/bin not on PATH',
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNativeClaude() } },
    [['claude.local-bin-not-on-path', 'error', { path: '/home/user/.local/bin/claude', dir: '/home/user/.local/bin' }]],
    { path: null, all: [] },
  ],
  [
    "npm installed into a prefix whose bin is not on PATH",
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), '/home/user/.npmrc': 'prefix=/home/user/.npm-global', ...posixNpmClaude('/home/user/.npm-global') } },
    [['claude.npm-bin-not-on-path', 'error', { path: '/home/user/.npm-global/bin/claude', dir: '/home/user/.npm-global/bin' }]],
  ],
  [
    'both off PATH: the native one is named',
    {
      env: { PATH: '/usr/local/bin' },
      files: { ...posixNode(), '/home/user/.npmrc': 'prefix=/home/user/.npm-global', ...posixNpmClaude('/home/user/.npm-global'), ...posixNativeClaude() },
    },
    [['claude.local-bin-not-on-path', 'error']],
  ],
  [
    'npm install whose native binary is missing',
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { wrapper: true }) } },
    [['claude.native-binary-missing', 'error', { path: '/usr/local/bin/claude', packageDir: PKG, installScript: `${PKG}/install.cjs` }]],
    { version: '2.1.332', installMethod: 'npm-global' },
  ],
  [
    'a claude whose version cannot be told',
    {
      env: { PATH: '/opt/bin' },
      files: { '/opt/bin/claude': { kind: 'file', content: '#!/bin/sh', executable: true } },
      processes: { '/opt/bin/claude --version': { exitCode: 127, stderr: 'exec: node: not found' } },
    },
    [ok({ version: null, installMethod: 'other' }), ['claude.version-unknown', 'warning', { path: '/opt/bin/claude', reason: { kind: 'bad-exit', exitCode: 127, output: 'exec: node: not found' } }]],
    { version: null, installMethod: 'other' },
  ],
  [
    'a native copy shadows an npm copy of another version',
    { env: { PATH: '/home/user/.local/bin:/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude(), ...posixNativeClaude() } },
    [
      ok({ installMethod: 'native' }),
      [
        'claude.shadowed',
        'warning',
        {
          count: 2,
          first: { path: '/home/user/.local/bin/claude', version: '2.1.197' },
          others: [{ path: '/usr/local/bin/claude', version: '2.1.332' }],
          nativeLauncher: '/home/user/.local/bin/claude',
          nativeVersions: '/home/user/.local/share/claude',
        },
      ],
    ],
    { all: ['/home/user/.local/bin/claude', '/usr/local/bin/claude'] },
  ],
  [
    'two copies of the same version do not warn',
    { env: { PATH: '/home/user/.local/bin:/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { version: '2.1.197' }), ...posixNativeClaude() } },
    [ok()],
    { all: ['/home/user/.local/bin/claude', '/usr/local/bin/claude'] },
  ],
  [
    'recorded native, running npm',
    npmSetup('{"installMethod":"native","numStartups":3}'),
    [ok(), ['claude.install-method-mismatch', 'warning', { recorded: 'native', actual: 'npm-global', expected: 'global', file: '/home/user/.claude.json' }]],
  ],
  [
    'recorded global, running native',
    nativeSetup('{"installMethod":"global"}'),
    [ok(), ['claude.install-method-mismatch', 'warning', { recorded: 'global', actual: 'native', expected: 'native' }]],
  ],
  [
    'recorded local, running native',
    nativeSetup('{"installMethod":"local"}'),
    [ok(), ['claude.install-method-mismatch', 'warning', { recorded: 'local' }]],
  ],
  ['recorded npm, running npm', npmSetup('{"installMethod":"npm"}'), [ok()]],
  ['recorded npm-global, running npm', npmSetup('{"installMethod":"npm-global"}'), [ok()]],
  ['recorded local, running npm: not clearly wrong', npmSetup('{"installMethod":"local"}'), [ok()]],
  ['recorded unknown', npmSetup('{"installMethod":"unknown"}'), [ok()]],
  ['recorded something new', npmSetup('{"installMethod":"brew"}'), [ok()]],
  [
    'a Homebrew-style install is not compared with the record',
    {
      env: { PATH: '/opt/homebrew/bin' },
      files: { '/opt/homebrew/bin/claude': { kind: 'file', content: '', executable: true }, '/home/user/.claude.json': '{"installMethod":"native"}' },
      processes: { '/opt/homebrew/bin/claude --version': { stdout: '2.1.197 (Claude Code)' } },
    },
    [ok({ installMethod: 'other' })],
  ],
  [
    'CLAUDE_CONFIG_DIR moves .claude.json',
    {
      ...npmSetup('{"installMethod":"npm"}', { CLAUDE_CONFIG_DIR: '/cfg' }),
      files: { ...posixNode(), ...posixNpmClaude(), '/home/user/.claude.json': '{"installMethod":"npm"}', '/cfg/.claude.json': '{"installMethod":"native"}' },
    },
    [ok(), ['claude.install-method-mismatch', 'warning', { file: '/cfg/.claude.json' }]],
  ],
  [
    'a large .claude.json (project history) is still read whole',
    npmSetup(JSON.stringify({ projects: { '/w': { history: 'x'.repeat(2 * 1024 * 1024) } }, installMethod: 'native' })),
    [ok(), ['claude.install-method-mismatch', 'warning']],
  ],
  ['.claude.json is garbage', npmSetup('{"installMethod": "native",'), [ok()]],
  ['.claude.json is an array', npmSetup('["native"]'), [ok()]],
  ['installMethod is not a string', npmSetup('{"installMethod": {"kind":"native"}}'), [ok()]],
  ['.claude.json has a BOM', npmSetup('\uFEFF{"installMethod":"native"}'), [ok(), ['claude.install-method-mismatch', 'warning']]],
  ['.claude.json is unreadable', { ...npmSetup(), files: { ...npmSetup().files, '/home/user/.claude.json': { kind: 'unreadable' } } }, [ok()]],
  ['.claude.json is a FIFO', { ...npmSetup(), files: { ...npmSetup().files, '/home/user/.claude.json': { kind: 'fifo' } } }, [ok()]],
  ['.claude.json is a directory', { ...npmSetup(), files: { ...npmSetup().files, '/home/user/.claude.json/x': 'y' } }, [ok()]],
  ['.claude.json is a symlink loop', { ...npmSetup(), files: { ...npmSetup().files, '/home/user/.claude.json': { kind: 'loop' } } }, [ok()]],
  [
    'Windows: an unknown .cmd claude is read, never run',
    { platform: 'win32', env: winEnv('C:\\tools'), files: { 'C:\\tools\\claude.cmd': '@echo off\r\nsomething-else %*\r\n' } },
    [ok({ installMethod: 'other', version: null }), ['claude.version-unknown', 'warning', { reason: { kind: 'script-shim' } }]],
  ],
  [
    'Windows: npm shims on Path',
    { platform: 'win32', env: winEnv(`${WIN_NODE_DIR};${WIN_NPM_PREFIX}`), files: { ...winNode(), ...winNpmClaude() } },
    [ok({ path: `${WIN_NPM_PREFIX}\\claude.cmd`, version: '2.1.332', installMethod: 'npm-global' })],
    { all: [`${WIN_NPM_PREFIX}\\claude.cmd`] },
  ],
  [
    'Windows: npm shims, native binary missing',
    { platform: 'win32', env: winEnv(`${WIN_NODE_DIR};${WIN_NPM_PREFIX}`), files: { ...winNode(), ...winNpmClaude(WIN_NPM_PREFIX, { wrapper: true }) } },
    [['claude.native-binary-missing', 'error', { packageDir: WIN_PKG, installScript: `${WIN_PKG}\\install.cjs` }]],
  ],
  [
    'Windows: %APPDATA%\\npm not on Path',
    { platform: 'win32', env: winEnv(WIN_NODE_DIR), files: { ...winNode(), ...winNpmClaude() } },
    [['claude.npm-bin-not-on-path', 'error', { path: `${WIN_NPM_PREFIX}\\claude.cmd`, dir: WIN_NPM_PREFIX }]],
  ],
  [
    'Windows: native claude.exe, ~\\.local\\bin not on Path',
    { platform: 'win32', env: winEnv(WIN_NODE_DIR), files: { ...winNode(), ...winNativeClaude() } },
    [['claude.local-bin-not-on-path', 'error', { dir: `${WIN_HOME}\\.local\\bin` }]],
  ],
  [
    'Windows: native first, npm behind it, record says npm',
    {
      platform: 'win32',
      env: winEnv(`${WIN_HOME}\\.local\\bin;${WIN_NODE_DIR};${WIN_NPM_PREFIX}`),
      files: { ...winNode(), ...winNpmClaude(), ...winNativeClaude(), [`${WIN_HOME}\\.claude.json`]: '{"installMethod":"npm-global"}' },
      processes: { [`${WIN_HOME}\\.local\\bin\\claude.exe --version`]: { stdout: '2.1.197 (Claude Code)\r\n' } },
    },
    [
      ok({ installMethod: 'native', version: '2.1.197' }),
      ['claude.shadowed', 'warning', { count: 2, others: [{ path: `${WIN_NPM_PREFIX}\\claude.cmd`, version: '2.1.332' }] }],
      ['claude.install-method-mismatch', 'warning', { recorded: 'npm-global', actual: 'native', file: `${WIN_HOME}\\.claude.json` }],
    ],
  ],
];

describe('claude-cli check', () => {
  it('is registered as an install check', () => {
    expect(claudeCliCheck).toMatchObject({ id: 'claude-cli', category: 'install', title: 'Claude Code CLI' });
  });

  // A rest parameter: jest would read a 4th named parameter as a done callback for 3-element rows.
  it.each(rows)('%s', async (...row: Row) => {
    const { ctx } = await runRow(claudeCliCheck, row);
    // `claude doctor` waits for a key press: only --version may ever run.
    for (const p of ctx.processLog) expect(p.args).toEqual(['--version']);
  });
});

describe('version problems are worded in both languages', () => {
  const problems: VersionProblem[] = [
    { kind: 'timeout', seconds: 3 },
    { kind: 'spawn-failed', error: 'EACCES' },
    { kind: 'bad-exit', exitCode: 1, output: 'Segmentation fault' },
    { kind: 'bad-exit', exitCode: null, output: '' },
    { kind: 'script-shim' },
    { kind: 'broken-link' },
    { kind: 'binary-missing' },
  ];

  it('gives each kind its own sentence, with its details', () => {
    const findings = problems.map((reason) => warning('claude.version-unknown', { path: '/opt/bin/claude', reason }));
    expectWellRendered(findings, 'linux', '/home/user');
    const messages = renderAll(findings, 'linux', '/home/user').filter((t) => t.includes('/opt/bin/claude'));
    // 2 languages x 2 shells x 7 problems, all different within one language and shell.
    expect(new Set(messages).size).toBe(problems.length * 2);
    expect(messages.some((m) => m.includes('EACCES') && m.includes('无法启动'))).toBe(true);
    expect(messages.some((m) => m.includes('Segmentation fault') && m.includes('exited with code 1'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/unknown reason|原因未知/);
  });
});
