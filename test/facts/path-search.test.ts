import { candidateNames, findOnPath, isOnPath, pathDirectories } from '../../src/facts/path-search';
import { fakeContext } from '../support/fake-context';

const exe = { kind: 'file' as const, content: 'bin', executable: true };

describe('pathDirectories', () => {
  it.each([
    ['linux', '/usr/bin:/usr/local/bin', ['/usr/bin', '/usr/local/bin']],
    ['linux', ':/usr/bin::/usr/bin/:/opt/bin:', ['/usr/bin', '/opt/bin']],
    ['linux', 'bin:/usr/bin', ['/work/project/bin', '/usr/bin']],
    ['linux', '', []],
    ['win32', 'C:\\Windows;;c:\\windows\\;"C:\\Program Files\\nodejs";C:\\Tools', ['C:\\Windows', 'C:\\Program Files\\nodejs', 'C:\\Tools']],
  ])('%s PATH=%j', (platform, pathValue, expected) => {
    const ctx = fakeContext({ platform, env: { PATH: pathValue } });
    expect(pathDirectories(ctx)).toEqual(expected);
  });

  it('finds Path on Windows whatever its case', () => {
    const ctx = fakeContext({ platform: 'win32', env: { Path: 'C:\\A;C:\\B' } });
    expect(pathDirectories(ctx)).toEqual(['C:\\A', 'C:\\B']);
    expect(isOnPath(ctx, 'c:\\b\\')).toBe(true);
    expect(isOnPath(ctx, 'C:\\C')).toBe(false);
  });

  it('compares POSIX directories case-sensitively and ignores a trailing slash', () => {
    const ctx = fakeContext({ env: { PATH: '/usr/local/bin' } });
    expect(isOnPath(ctx, '/usr/local/bin/')).toBe(true);
    expect(isOnPath(ctx, '/USR/local/bin')).toBe(false);
  });

  it('answers for the context it is given, not the one asked before (the last PATH is kept)', () => {
    const a = fakeContext({ env: { PATH: '/a/bin:/shared' } });
    const b = fakeContext({ env: { PATH: '/b/bin:/shared' } });
    const elsewhere = fakeContext({ env: { PATH: 'bin' }, cwd: '/elsewhere' });
    const windows = fakeContext({ platform: 'win32', env: { PATH: '/a/bin' } });
    for (let round = 0; round < 2; round++) {
      expect(pathDirectories(a)).toEqual(['/a/bin', '/shared']);
      expect(isOnPath(b, '/a/bin')).toBe(false);
      expect(isOnPath(b, '/b/bin/')).toBe(true);
      expect(pathDirectories(elsewhere)).toEqual(['/elsewhere/bin']);
      expect(pathDirectories(windows)).not.toEqual(['/a/bin']);
    }
    // A caller may change the list it gets without changing the next answer.
    pathDirectories(a).push('/x');
    expect(pathDirectories(a)).toEqual(['/a/bin', '/shared']);
  });
});

describe('candidateNames', () => {
  it.each([
    ['linux', {}, [], ['claude']],
    ['win32', {}, [], ['claude.com', 'claude.exe', 'claude.bat', 'claude.cmd']],
    ['win32', { PATHEXT: '.EXE;.CMD' }, ['.ps1'], ['claude.exe', 'claude.cmd', 'claude.ps1']],
    ['win32', { PATHEXT: '.EXE;;junk;.exe' }, [], ['claude.exe']],
  ])('%s %j extra %j', (platform, env, extra, expected) => {
    expect(candidateNames(fakeContext({ platform, env }), 'claude', extra)).toEqual(expected);
  });
});

describe('findOnPath', () => {
  it('returns every executable match in PATH order, skipping non-executables and directories', async () => {
    const ctx = fakeContext({
      env: { PATH: '/a:/b:/c:/d:/e:/a' },
      files: {
        '/a/claude': exe,
        '/b/claude': 'not executable',
        '/c/claude/inner': exe,
        '/d/claude': { kind: 'symlink', target: '/e/real-claude' },
        '/e/real-claude': exe,
        '/e/claude': { kind: 'loop' },
      },
    });
    expect(await findOnPath(ctx, 'claude')).toEqual([
      { path: '/a/claude', dir: '/a' },
      { path: '/d/claude', dir: '/d' },
    ]);
  });

  it('tries PATHEXT extensions and extras on Windows', async () => {
    const ctx = fakeContext({
      platform: 'win32',
      env: { Path: 'C:\\npm;C:\\other', PATHEXT: '.EXE;.CMD' },
      files: { 'C:\\npm\\claude': 'sh shim', 'C:\\npm\\claude.cmd': 'shim', 'C:\\npm\\claude.ps1': 'shim', 'C:\\other\\claude.exe': 'MZ' },
    });
    expect((await findOnPath(ctx, 'claude', ['.ps1'])).map((m) => m.path)).toEqual([
      'C:\\npm\\claude.cmd',
      'C:\\npm\\claude.ps1',
      'C:\\other\\claude.exe',
    ]);
    expect((await findOnPath(ctx, 'claude')).map((m) => m.path)).toEqual(['C:\\npm\\claude.cmd', 'C:\\other\\claude.exe']);
  });

  it('is memoized per command', async () => {
    const ctx = fakeContext({ env: { PATH: '/a' }, files: { '/a/node': exe } });
    const first = findOnPath(ctx, 'node');
    expect(findOnPath(ctx, 'node')).toBe(first);
    expect(await findOnPath(ctx, 'npm')).toEqual([]);
  });
});
