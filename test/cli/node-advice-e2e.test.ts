// Issue 11, item 6: the Node advice fits how Node was installed, names one LTS line everywhere, and states no
// Node requirement for a native Claude Code (which runs without Node: the real 2.1.332 binary prints its version
// with PATH=/nonexistent). End to end on the built binary (`node scripts/build.js` first), human, zh and JSON.
import { mkdirSync, symlinkSync } from 'fs';
import * as path from 'path';
import { RECOMMENDED_NODE_LTS } from '../../src/facts/node-eol';
import { nodeInstaller, nodeUpgradeCommands } from '../../src/facts/node-installer';
import { claudeCodeBinary } from '../support/claude-code';
import { runCli, tempDir } from '../support/cli';

const LTS = RECOMMENDED_NODE_LTS;
const NODE = process.execPath;

/** A home whose PATH has only `node` (a link to this Node) in `dir` below the home, plus the system tools. */
function homeWithNode(dir: string | null): { home: string; PATH: string } {
  const home = tempDir('kc-node-');
  if (!dir) return { home, PATH: '/usr/bin:/bin' };
  const bin = path.join(home, dir);
  mkdirSync(bin, { recursive: true });
  symlinkSync(NODE, path.join(bin, 'node'));
  return { home, PATH: bin };
}

function nodeCheck(h: { home: string; PATH: string }, lang = 'en', extraEnv: Record<string, string> = {}) {
  const env = { HOME: h.home, PATH: h.PATH, SHELL: '/bin/bash', LANG: 'en_US.UTF-8', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', ...extraEnv };
  const r = runCli(['doctor', 'node', '--offline', '--format', 'json', '--lang', lang, '--shell', 'bash'], { env });
  const check = JSON.parse(r.stdout).checks[0] as { findings: Array<{ code: string; message: string; remediation: string | null }>; data: Record<string, unknown> };
  return { check, advice: check.findings.map((f) => `${f.message}\n${f.remediation ?? ''}`).join('\n') };
}

// The doctor judges the Node on PATH, here this test's own Node, whatever its version; advice shows only when it is old.
// Force advice in every case with a too-old declared requirement: an npm claude asking for Node 99.
function withNpmClaudeNeeding99(h: { home: string; PATH: string }): { home: string; PATH: string } {
  const prefix = path.join(h.home, 'npm-global');
  const pkg = path.join(prefix, 'lib', 'node_modules', '@anthropic-ai', 'claude-code');
  mkdirSync(pkg, { recursive: true });
  require('fs').writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@anthropic-ai/claude-code', version: '2.1.100', engines: { node: '>=99.0.0' }, bin: { claude: 'cli.js' } }));
  require('fs').writeFileSync(path.join(pkg, 'cli.js'), '#!/usr/bin/env node\nconsole.log("2.1.100 (Claude Code)")\n', { mode: 0o755 });
  mkdirSync(path.join(prefix, 'bin'), { recursive: true });
  symlinkSync(path.join(pkg, 'cli.js'), path.join(prefix, 'bin', 'claude'));
  return { home: h.home, PATH: `${path.join(prefix, 'bin')}:${h.PATH}` };
}

describe('advice that fits how Node was installed', () => {
  test.each([
    ['nvm', '.nvm/versions/node/v20.20.2/bin', [`nvm install ${LTS}`, `nvm alias default ${LTS}`]],
    ['fnm', '.local/share/fnm/node-versions/v20.20.2/installation/bin', [`fnm install ${LTS}`, `fnm default ${LTS}`]],
    ['Volta', '.volta/bin', [`volta install node@${LTS}`]],
  ])('%s', (_name, dir, commands) => {
    const { check, advice } = nodeCheck(withNpmClaudeNeeding99(homeWithNode(dir)));
    expect(check.findings.map((f) => f.code)).toContain('node.too-old');
    for (const c of commands) expect(advice).toContain(c);
    expect(advice).toContain(`Node.js ${LTS} LTS`);
  });

  test('a node that is not from a version manager gets no nvm command, in en and zh', () => {
    // /usr/local/bin on Linux: nothing says what put it there.
    for (const lang of ['en', 'zh']) {
      const { check, advice } = nodeCheck(withNpmClaudeNeeding99(homeWithNode('usr/local/bin')), lang);
      expect(check.findings.map((f) => f.code)).toContain('node.too-old');
      expect(advice).not.toMatch(/\bnvm (install|alias)/);
      expect(advice).toContain('https://nodejs.org/en/download');
      expect(advice).toContain(`Node.js ${LTS} LTS`);
    }
  });

  test('no node, nvm installed (NVM_DIR): nvm; no node, nothing installed: no nvm command', () => {
    const bare = homeWithNode(null);
    const none = nodeCheck({ home: bare.home, PATH: path.join(bare.home, 'empty') });
    expect(none.check.findings[0].code).toBe('node.not-found');
    expect(none.advice).not.toMatch(/\bnvm install/);
    const nvm = nodeCheck({ home: bare.home, PATH: path.join(bare.home, 'empty') }, 'en', { NVM_DIR: path.join(bare.home, '.nvm') });
    expect(nvm.advice).toContain(`nvm install ${LTS}`);
  });
});

test('a native Claude Code: the node check states no Node requirement', () => {
  const claude = claudeCodeBinary();
  const h = homeWithNode('.nvm/versions/node/v20.20.2/bin');
  const versions = path.join(h.home, '.local', 'share', 'claude', 'versions');
  mkdirSync(versions, { recursive: true });
  symlinkSync(claude, path.join(versions, '2.1.332'));
  mkdirSync(path.join(h.home, '.local', 'bin'), { recursive: true });
  symlinkSync(path.join(versions, '2.1.332'), path.join(h.home, '.local', 'bin', 'claude'));
  for (const lang of ['en', 'zh']) {
    const { check, advice } = nodeCheck({ home: h.home, PATH: `${path.join(h.home, '.local', 'bin')}:${h.PATH}` }, lang);
    expect(check.findings[0].code).toBe('node.ok-native');
    expect(advice).not.toContain('>=18.0.0');
    expect(check.data.required).toBeNull();
  }
});

describe('where a node lives says what installed it', () => {
  test.each([
    ['linux', ['/usr/bin/node'], 'distro'],
    ['linux', ['/home/u/.nvm/versions/node/v22.1.0/bin/node'], 'nvm'],
    ['linux', ['/home/u/.local/share/fnm/node-versions/v22.1.0/installation/bin/node'], 'fnm'],
    ['linux', ['/run/user/1000/fnm_multishells/123_456/bin/node', '/home/u/.local/share/fnm/node-versions/v22/installation/bin/node'], 'fnm'],
    ['darwin', ['/Users/u/.volta/bin/node'], 'volta'],
    ['darwin', ['/opt/homebrew/bin/node', '/opt/homebrew/Cellar/node/23.1.0/bin/node'], 'homebrew'],
    ['darwin', ['/usr/local/bin/node', '/usr/local/Cellar/node@22/22.1.0/bin/node'], 'homebrew'],
    ['darwin', ['/usr/local/bin/node'], 'official'],
    ['win32', ['C:\\Program Files\\nodejs\\node.exe'], 'official'],
    ['win32', ['C:\\nvm4w\\nodejs\\node.exe', 'C:\\Users\\u\\AppData\\Local\\nvm\\v22.1.0\\node.exe'], 'nvm'],
    ['linux', ['/home/u/.local/share/mise/installs/node/22.1.0/bin/node'], 'mise'],
    ['linux', ['/opt/node/bin/node'], 'unknown'],
  ] as const)('%s %j → %s', (platform, paths, installer) => {
    expect(nodeInstaller({ platform }, paths)).toBe(installer);
  });

  test('a distribution package and an unknown origin get no command on Linux, winget on Windows', () => {
    expect(nodeUpgradeCommands('distro', LTS, false)).toBeNull();
    expect(nodeUpgradeCommands('unknown', LTS, false)).toBeNull();
    expect(nodeUpgradeCommands('official', LTS, true)).toEqual(['winget install OpenJS.NodeJS.LTS']);
  });

  test('the recommended line is an LTS line the project runs in its Node matrix', () => {
    const matrix = require('../support/node-matrix.json') as { smoke: string[] };
    expect(matrix.smoke.map((v) => Number(v.split('.')[0]))).toContain(LTS);
    expect(LTS % 2).toBe(0);
  });
});
