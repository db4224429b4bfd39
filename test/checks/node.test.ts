import { nodeCheck } from '../../checks/node';
import { RECOMMENDED_NODE_LTS } from '../../src/facts/node-eol';
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

const NVM = '/home/user/.nvm/versions/node';
/** A second node (from nvm) first on PATH, reporting `version` when asked. */
const nvmNode = (version: string): FakeContextOptions => ({
  files: posixNode(`${NVM}/v${version}`),
  processes: { [`${NVM}/v${version}/bin/node --version`]: { stdout: `v${version}\n` } },
});
const merge = (...parts: FakeContextOptions[]): FakeContextOptions =>
  parts.reduce<FakeContextOptions>(
    (acc, p) => ({ ...acc, ...p, files: { ...acc.files, ...p.files }, processes: { ...acc.processes, ...p.processes }, env: { ...acc.env, ...p.env } }),
    {},
  );


const rows: Row[] = [
  [
    'current Node and current npm claude: all good',
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude() } },
    [
      ['node.ok', 'info', { version: '22.12.0', path: '/usr/local/bin/node', required: '>=22.0.0' }],
      ['npm.ok', 'info', { version: '10.9.2', path: '/usr/local/bin/npm', globalBin: '/usr/local/bin' }],
    ],
    { version: '22.12.0', path: '/usr/local/bin/node', required: '>=22.0.0', npm: '10.9.2', npmPath: '/usr/local/bin/npm', npmGlobalBin: '/usr/local/bin' },
  ],
  [
    'Node 20 first on PATH, claude 2.1.332 (npm, native launcher) needs >=22: claude runs, npm updates do not fit',
    merge({ env: { PATH: `${NVM}/v20.18.0/bin:/usr/local/bin` }, files: { ...posixNode(), ...posixNpmClaude() } }, nvmNode('20.18.0')),
    [
      ['node.too-old-native', 'warning', { version: '20.18.0', required: '>=22.0.0', viaNpm: true, claudeVersion: '2.1.332', suggestedLts: RECOMMENDED_NODE_LTS }],
      ['node.differs-from-runtime', 'info', { version: '20.18.0', path: `${NVM}/v20.18.0/bin/node`, runtimeVersion: '22.12.0', runtimePath: '/usr/local/bin/node' }],
      ['npm.ok', 'info'],
    ],
    { version: '20.18.0', required: '>=22.0.0' },
  ],
  [
    'no node, an npm claude that runs cli.js on Node: error',
    { env: { PATH: '/usr/local/bin' }, files: posixNpmClaude('/usr/local', { version: '2.1.100', engines: '>=18.0.0', legacyCli: true }) },
    [
      ['node.not-found', 'error', { suggestedLts: RECOMMENDED_NODE_LTS }],
      ['npm.not-found', 'warning'],
    ],
  ],
  [
    'an npm release that runs cli.js on Node: too old is a failure',
    merge(
      { env: { PATH: `${NVM}/v20.18.0/bin:/usr/local/bin` }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { version: '2.1.100', engines: '>=22.0.0', legacyCli: true }) } },
      nvmNode('20.18.0'),
    ),
    [
      ['node.too-old', 'error', { version: '20.18.0', required: '>=22.0.0', requiredSource: 'package', claudeVersion: '2.1.100', suggestedLts: RECOMMENDED_NODE_LTS }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info'],
    ],
  ],
  [
    'Node 20 with claude 2.1.197 (>=18): fits, but past end of life',
    merge({ env: { PATH: `${NVM}/v20.18.0/bin:/usr/local/bin` }, files: { ...posixNode(), ...posixNpmClaude('/usr/local', { version: '2.1.197', engines: '>=18.0.0', legacyCli: true }) } }, nvmNode('20.18.0')),
    [
      ['node.ok', 'info', { version: '20.18.0', required: '>=18.0.0' }],
      ['node.eol', 'warning', { major: 20, eolDate: '2026-04-30', suggestedLts: RECOMMENDED_NODE_LTS }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info'],
    ],
  ],
  [
    'an odd line (23) meets >=22 but is past end of life',
    merge({ env: { PATH: `${NVM}/v23.11.0/bin:/usr/local/bin` }, files: { ...posixNode(), ...posixNpmClaude() } }, nvmNode('23.11.0')),
    [
      ['node.ok', 'info', { version: '23.11.0' }],
      ['node.eol', 'warning', { major: 23, eolDate: '2025-06-01' }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info'],
    ],
  ],
  [
    'one recommended LTS whatever the date (the same line bin/kimi-claude.js names)',
    merge({ env: { PATH: `${NVM}/v18.20.4/bin:/usr/local/bin` }, files: { ...posixNode(), ...posixNpmClaude() }, now: Date.parse('2025-06-15T00:00:00Z') }, nvmNode('18.20.4')),
    [
      ['node.too-old-native', 'warning', { version: '18.20.4', suggestedLts: RECOMMENDED_NODE_LTS, installer: 'nvm' }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info'],
    ],
  ],
  [
    'native claude with Node 16: no requirement stated (the native build does not use Node), only end of life',
    merge({ env: { PATH: `/home/user/.local/bin:${NVM}/v16.20.2/bin` }, files: posixNativeClaude() }, nvmNode('16.20.2')),
    [
      ['node.ok-native', 'info', { version: '16.20.2' }],
      ['node.eol', 'warning', { major: 16, suggestedLts: RECOMMENDED_NODE_LTS, installer: 'nvm' }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info', { version: '10.9.2', globalBin: `${NVM}/v16.20.2/bin` }],
    ],
  ],
  [
    'no claude anywhere and Node 16: judged against >=18',
    merge({ env: { PATH: `${NVM}/v16.20.2/bin` } }, nvmNode('16.20.2')),
    [
      ['node.too-old', 'error', { version: '16.20.2', required: '>=18.0.0', requiredSource: 'default', claudeVersion: null }],
      ['node.differs-from-runtime', 'info'],
      ['npm.ok', 'info'],
    ],
    { required: '>=18.0.0' },
  ],
  [
    'no node, npm claude with the native launcher: it runs, so a warning',
    { env: { PATH: '/usr/local/bin' }, files: posixNpmClaude() },
    [
      ['node.not-found', 'warning', { suggestedLts: RECOMMENDED_NODE_LTS }],
      ['npm.not-found', 'warning'],
    ],
    { version: null, path: null, npm: null, npmPath: null, npmGlobalBin: null },
  ],
  [
    'no node, native claude: warning',
    { env: { PATH: '/home/user/.local/bin:/usr/bin' }, files: posixNativeClaude() },
    [
      ['node.not-found', 'warning'],
      ['npm.not-found', 'warning'],
    ],
  ],
  [
    'no node on PATH, native claude installed but off PATH: still only a warning',
    { env: { PATH: '/usr/bin' }, files: posixNativeClaude() },
    [
      ['node.not-found', 'warning'],
      ['npm.not-found', 'warning'],
    ],
  ],
  [
    'node that cannot tell its version',
    merge({ env: { PATH: `${NVM}/v22.0.0/bin` }, files: posixNode(`${NVM}/v22.0.0`), processes: { [`${NVM}/v22.0.0/bin/node --version`]: { timedOut: true, exitCode: null } } }),
    [
      ['node.version-unknown', 'warning', { path: `${NVM}/v22.0.0/bin/node`, reason: { kind: 'timeout', seconds: 3 } }],
      ['node.differs-from-runtime', 'info', { version: null }],
      ['npm.ok', 'info'],
    ],
  ],
  [
    'node without npm',
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode('/usr/local', null), ...posixNpmClaude() } },
    [
      ['node.ok', 'info'],
      ['npm.not-found', 'warning'],
    ],
  ],
  [
    "npm's global bin (prefix in ~/.npmrc) not on PATH",
    { env: { PATH: '/usr/local/bin' }, files: { ...posixNode(), ...posixNpmClaude(), '/home/user/.npmrc': 'prefix=/home/user/.npm-global\n' } },
    [
      ['node.ok', 'info'],
      ['npm.global-bin-not-on-path', 'warning', { globalBin: '/home/user/.npm-global/bin' }],
    ],
    { npmGlobalBin: '/home/user/.npm-global/bin' },
  ],
  [
    'Windows: MSI node, npm shims in %APPDATA%\\npm on Path',
    {
      platform: 'win32',
      env: winEnv(`${WIN_NODE_DIR};${WIN_NPM_PREFIX}`),
      files: { ...winNode(), ...winNpmClaude() },
      runtime: { execPath: `${WIN_NODE_DIR}\\node.exe`, nodeVersion: 'v24.11.1' },
    },
    [
      ['node.ok', 'info', { version: '24.11.1', path: `${WIN_NODE_DIR}\\node.exe`, required: '>=22.0.0' }],
      ['npm.ok', 'info', { path: `${WIN_NODE_DIR}\\npm.cmd`, globalBin: WIN_NPM_PREFIX }],
    ],
    { npmGlobalBin: WIN_NPM_PREFIX },
  ],
  [
    'Windows: %APPDATA%\\npm missing from Path',
    {
      platform: 'win32',
      env: winEnv(WIN_NODE_DIR),
      files: { ...winNode(), ...winNpmClaude() },
      runtime: { execPath: `${WIN_NODE_DIR}\\node.exe`, nodeVersion: 'v24.11.1' },
    },
    [
      // The claude npm installed is off PATH, so no package tells the requirement.
      ['node.ok', 'info', { required: '>=18.0.0' }],
      ['npm.global-bin-not-on-path', 'warning', { globalBin: WIN_NPM_PREFIX }],
    ],
  ],
  [
    'Windows: native claude and an old node.exe that is not the runtime',
    {
      platform: 'win32',
      env: winEnv(`${WIN_HOME}\\.local\\bin;${WIN_NODE_DIR}`),
      files: { ...winNode(), ...winNativeClaude() },
      runtime: { execPath: 'C:\\nvm4w\\nodejs\\node.exe', nodeVersion: 'v22.12.0' },
      processes: {
        [`${WIN_NODE_DIR}\\node.exe --version`]: { stdout: 'v16.20.2\r\n' },
        [`${WIN_HOME}\\.local\\bin\\claude.exe --version`]: { stdout: '2.1.197 (Claude Code)\r\n' },
      },
    },
    [
      ['node.ok-native', 'info', { version: '16.20.2' }],
      ['node.eol', 'warning', { major: 16 }],
      ['node.differs-from-runtime', 'info', { runtimePath: 'C:\\nvm4w\\nodejs\\node.exe' }],
      ['npm.global-bin-not-on-path', 'warning', { globalBin: WIN_NPM_PREFIX }],
    ],
  ],
];

describe('node check', () => {
  it('is registered as an install check', () => {
    expect(nodeCheck).toMatchObject({ id: 'node', category: 'install', title: 'Node.js and npm' });
  });

  // A rest parameter: jest would read a 4th named parameter as a done callback for 3-element rows.
  it.each(rows)('%s', async (...row: Row) => {
    await runRow(nodeCheck, row);
  });
});
