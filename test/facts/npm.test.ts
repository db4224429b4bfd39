import { locateNpm } from '../../src/facts/npm';
import { prefixInNpmrc } from '../../src/facts/npmrc';
import { fakeContext, type FakeContextOptions } from '../support/fake-context';
import { posixNode, winNode, WIN_APPDATA, WIN_NODE_DIR, WIN_NPM_PREFIX, winEnv } from '../support/install-trees';

describe('prefixInNpmrc', () => {
  it.each([
    ['prefix=/opt/npm\n', '/opt/npm'],
    ['  prefix = "/path with space"  \r\n', '/path with space'],
    ['prefix=/a ; comment\nprefix=/b\n', '/b'],
    ['; prefix=/commented\nregistry=https://r\n', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(prefixInNpmrc(text)).toBe(expected);
  });
});

describe('locateNpm', () => {
  type Row = [string, FakeContextOptions, Record<string, unknown>];
  const rows: Row[] = [
    [
      'POSIX: version from package.json through the bin symlink, default prefix above node',
      { env: { PATH: '/usr/local/bin' }, files: posixNode() },
      { path: '/usr/local/bin/npm', version: '10.9.2', versionSource: 'package.json', prefix: '/usr/local', prefixSource: 'default', globalBin: '/usr/local/bin', globalModules: '/usr/local/lib/node_modules', globalBinOnPath: true },
    ],
    [
      'NPM_CONFIG_PREFIX wins over ~/.npmrc',
      { env: { PATH: '/usr/local/bin', NPM_CONFIG_PREFIX: '~/.npm-global' }, files: { ...posixNode(), '/home/user/.npmrc': 'prefix=/opt/x\n' } },
      { prefix: '/home/user/.npm-global', prefixSource: 'env', globalBin: '/home/user/.npm-global/bin', globalBinOnPath: false },
    ],
    [
      'lower-case npm_config_prefix',
      { env: { PATH: '/usr/local/bin', npm_config_prefix: '/srv/npm' }, files: posixNode() },
      { prefix: '/srv/npm', prefixSource: 'env' },
    ],
    [
      'prefix= in ~/.npmrc, with ${HOME} expanded',
      { env: { PATH: '/usr/local/bin:/home/user/.npm-global/bin', HOME: '/home/user' }, files: { ...posixNode(), '/home/user/.npmrc': 'prefix=${HOME}/.npm-global\n' } },
      { prefix: '/home/user/.npm-global', prefixSource: 'user-npmrc', globalBinOnPath: true },
    ],
    [
      'an unreadable ~/.npmrc falls through to the default',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), '/home/user/.npmrc': { kind: 'unreadable' } } },
      { prefix: '/usr/local', prefixSource: 'default' },
    ],
    [
      'the global npmrc under the node prefix',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), '/usr/local/etc/npmrc': 'prefix=/opt/global\n' } },
      { prefix: '/opt/global', prefixSource: 'global-npmrc' },
    ],
    [
      "Homebrew: npm's builtin npmrc sets the prefix while node's realpath is in the Cellar",
      {
        env: { PATH: '/opt/homebrew/bin' },
        files: {
          '/opt/homebrew/bin/node': { kind: 'symlink', target: '../Cellar/node/24.1.0/bin/node' },
          '/opt/homebrew/bin/npm': { kind: 'symlink', target: '../lib/node_modules/npm/bin/npm-cli.js' },
          ...posixNode('/opt/homebrew/Cellar/node/24.1.0', null),
          '/opt/homebrew/lib/node_modules/npm/bin/npm-cli.js': { kind: 'file', content: '', executable: true },
          '/opt/homebrew/lib/node_modules/npm/package.json': '{"name":"npm","version":"11.3.0"}',
          '/opt/homebrew/lib/node_modules/npm/npmrc': 'prefix = /opt/homebrew\n',
        },
      },
      { version: '11.3.0', packageDir: '/opt/homebrew/lib/node_modules/npm', prefix: '/opt/homebrew', prefixSource: 'builtin-npmrc', globalBinOnPath: true },
    ],
    [
      'npm without node: prefix from where npm lives',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), '/usr/local/bin/node': 'gone' } },
      { prefix: '/usr/local', prefixSource: 'default' },
    ],
    [
      'a garbage package.json: spawn npm --version',
      {
        env: { PATH: '/usr/local/bin' },
        files: { ...posixNode(), '/usr/local/lib/node_modules/npm/package.json': '{oops' },
        processes: { '/usr/local/bin/npm --version': { stdout: '10.8.1\n' } },
      },
      { version: '10.8.1', versionSource: 'spawn' },
    ],
    [
      'no package.json and the spawn fails',
      { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), '/usr/local/lib/node_modules/npm/package.json': { kind: 'fifo' } } },
      { version: null, versionSource: null, versionError: { kind: 'spawn-failed', error: 'ENOENT' } },
    ],
    [
      'no npm on PATH',
      { env: { PATH: '/usr/local/bin' }, files: posixNode('/usr/local', null) },
      { path: null, version: null, prefix: '/usr/local', globalBin: '/usr/local/bin' },
    ],
    [
      'Windows: npm.cmd beside node_modules\\npm, prefix from the builtin npmrc',
      { platform: 'win32', env: winEnv(`${WIN_NODE_DIR};${WIN_NPM_PREFIX}`), files: winNode() },
      {
        path: `${WIN_NODE_DIR}\\npm.cmd`,
        version: '10.9.2',
        versionSource: 'package.json',
        prefix: WIN_NPM_PREFIX,
        prefixSource: 'builtin-npmrc',
        globalBin: WIN_NPM_PREFIX,
        globalModules: `${WIN_NPM_PREFIX}\\node_modules`,
        globalBinOnPath: true,
      },
    ],
    [
      'Windows without a builtin npmrc: %APPDATA%\\npm, not on PATH',
      {
        platform: 'win32',
        env: winEnv(WIN_NODE_DIR),
        files: { ...winNode(), [`${WIN_NODE_DIR}\\node_modules\\npm\\npmrc`]: '' },
      },
      { prefix: `${WIN_APPDATA}\\npm`, prefixSource: 'default', globalBinOnPath: false },
    ],
    [
      'Windows: a .cmd shim is never spawned',
      { platform: 'win32', env: winEnv(WIN_NODE_DIR), files: { ...winNode(), [`${WIN_NODE_DIR}\\node_modules\\npm\\package.json`]: 'null' } },
      { version: null, versionError: { kind: 'script-shim' } },
    ],
  ];

  it.each(rows)('%s', async (_name, options, expected) => {
    const ctx = fakeContext(options);
    expect(await locateNpm(ctx)).toMatchObject(expected);
    if (options.platform === 'win32') expect(ctx.processLog.filter((p) => /npm/i.test(p.command))).toEqual([]);
  });
});
