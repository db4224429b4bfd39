// A fixed set of check results exercising every status and severity, for report snapshots.
import type { CheckResult } from '../../src/core/types';
import type { EnvironmentInfo } from '../../src/report/types';

export const SAMPLE_HOME = '/home/mei';

export const sampleResults: CheckResult[] = [
  {
    id: 'node',
    title: 'Node.js and npm',
    category: 'install',
    status: 'warn',
    durationMs: 12,
    findings: [
      { code: 'node.ok', severity: 'info', values: { version: 'v20.20.2', path: '/usr/bin/node', required: '>=18.0.0' } },
      { code: 'node.eol', severity: 'warning', values: { major: 20, eolDate: '2026-04-30', path: '/usr/bin/node', suggestedLts: 26, installer: 'distro' } },
    ],
    data: { version: 'v20.20.2', path: '/usr/bin/node', required: '>=18.0.0', npm: '10.8.2', npmGlobalBin: '/usr/local/bin' },
  },
  {
    id: 'claude-cli',
    title: 'Claude Code CLI',
    category: 'install',
    status: 'fail',
    durationMs: 30,
    findings: [{ code: 'claude.local-bin-not-on-path', severity: 'error', values: { path: `${SAMPLE_HOME}/.local/bin/claude`, dir: `${SAMPLE_HOME}/.local/bin` } }],
    data: { path: null, version: null, installMethod: null, all: [] },
  },
  {
    id: 'crashy',
    title: 'A check that crashed',
    category: 'config',
    status: 'fail',
    durationMs: 1,
    findings: [{ code: 'internal.crash', severity: 'error', values: { error: 'Cannot read properties of undefined' } }],
    data: {},
    crash: { message: 'Cannot read properties of undefined', stack: 'TypeError: Cannot read properties of undefined\n    at run (checks/crashy.ts:3:9)' },
  },
  {
    id: 'offline-thing',
    title: 'Something on the network',
    category: 'network',
    status: 'skip',
    durationMs: 0,
    findings: [{ code: 'skip.offline', severity: 'info' }],
    data: {},
  },
];

export const sampleEnvironment: EnvironmentInfo = {
  os: 'Linux 6.1.0',
  arch: 'x64',
  node: { version: 'v20.20.2', path: '/usr/bin/node' },
  npm: { version: '10.8.2', path: '/usr/bin/npm' },
  shell: 'zsh',
  claude: null,
  installMethod: null,
  locale: 'zh_CN.UTF-8',
};
