import { locateNode } from '../../src/facts/node';
import { fakeContext } from '../support/fake-context';
import { posixNode, winNode, WIN_NODE_DIR } from '../support/install-trees';

describe('locateNode', () => {
  it('reads the version of the Node running the doctor without spawning', async () => {
    const ctx = fakeContext({ env: { PATH: '/usr/local/bin' }, files: posixNode(), runtime: { nodeVersion: 'v22.12.0', execPath: '/usr/local/bin/node' } });
    expect(await locateNode(ctx)).toMatchObject({ path: '/usr/local/bin/node', version: '22.12.0', versionSource: 'runtime', isRuntime: true });
    expect(ctx.processLog).toEqual([]);
  });

  it('matches the runtime through symlinks', async () => {
    const ctx = fakeContext({
      env: { PATH: '/usr/bin' },
      files: { '/usr/bin/node': { kind: 'symlink', target: '/opt/node/bin/node' }, ...posixNode('/opt/node') },
      runtime: { nodeVersion: 'v24.1.0', execPath: '/opt/node/bin/node' },
    });
    expect(await locateNode(ctx)).toMatchObject({ path: '/usr/bin/node', realPath: '/opt/node/bin/node', version: '24.1.0', isRuntime: true });
  });

  it.each([
    ['prints a version', { stdout: 'v18.19.1\n' }, { version: '18.19.1', versionSource: 'spawn', versionError: null }],
    ['hangs', { timedOut: true, exitCode: null }, { version: null, versionError: { kind: 'timeout', seconds: 3 } }],
    ['fails', { exitCode: 1, stderr: 'Segmentation fault\n' }, { version: null, versionError: { kind: 'bad-exit', exitCode: 1, output: 'Segmentation fault' } }],
  ])('spawns `node --version` for another node that %s', async (_name, result, expected) => {
    const ctx = fakeContext({
      env: { PATH: '/home/user/.nvm/versions/node/v18.19.1/bin:/usr/local/bin' },
      files: { ...posixNode('/home/user/.nvm/versions/node/v18.19.1'), ...posixNode() },
      processes: { '/home/user/.nvm/versions/node/v18.19.1/bin/node --version': result },
    });
    expect(await locateNode(ctx)).toMatchObject({ path: '/home/user/.nvm/versions/node/v18.19.1/bin/node', isRuntime: false, ...expected });
    expect(ctx.processLog).toEqual([{ command: '/home/user/.nvm/versions/node/v18.19.1/bin/node', args: ['--version'] }]);
  });

  it('reports no node when PATH has none', async () => {
    const ctx = fakeContext({ env: { PATH: '/usr/bin' } });
    expect(await locateNode(ctx)).toEqual({ path: null, realPath: null, version: null, versionSource: null, versionError: null, isRuntime: false, installer: 'unknown' });
  });

  it('finds node.exe on Windows and compares paths case-insensitively', async () => {
    const ctx = fakeContext({
      platform: 'win32',
      env: { Path: WIN_NODE_DIR },
      files: winNode(),
      runtime: { nodeVersion: 'v22.12.0', execPath: 'c:\\program files\\nodejs\\NODE.EXE' },
    });
    expect(await locateNode(ctx)).toMatchObject({ path: `${WIN_NODE_DIR}\\node.exe`, version: '22.12.0', isRuntime: true });
  });
});
