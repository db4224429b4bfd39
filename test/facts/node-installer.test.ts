import { nodeInstaller } from '../../src/facts/node-installer';

describe('nodeInstaller', () => {
  it.each([
    ['linux', ['/usr/bin/node', '/usr/bin/node'], 'distro'],
    ['linux', ['/usr/bin/node', null], 'distro'],
    ['linux', ['/usr/local/bin/node', '/home/u/.nvm/versions/node/v20.1.0/bin/node'], 'nvm'],
    ['linux', ['/home/u/.volta/bin/node', '/home/u/.volta/bin/node'], 'volta'],
    ['linux', ['/usr/local/bin/node', '/usr/bin/node'], 'unknown'],
    ['darwin', ['/usr/local/bin/node', '/usr/local/bin/node'], 'official'],
    ['win32', ['C:\\Program Files\\nodejs\\node.exe', 'C:\\Program Files\\nodejs\\node.exe'], 'official'],
    ['win32', ['C:\\nvm4w\\nodejs\\node.exe', 'C:\\Users\\u\\AppData\\Roaming\\nvm\\v20.1.0\\node.exe'], 'nvm'],
  ] as const)('%s %j → %s', (platform, paths, expected) => {
    expect(nodeInstaller({ platform }, paths)).toBe(expected);
  });

  it('a path given twice decides the same as given once', () => {
    for (const p of ['/usr/bin/node', '/opt/homebrew/bin/node', '/home/u/.local/share/mise/installs/node/20/bin/node', '/x/node']) {
      expect(nodeInstaller({ platform: 'linux' }, [p, p])).toBe(nodeInstaller({ platform: 'linux' }, [p]));
    }
  });
});
