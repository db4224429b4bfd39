import fc from 'fast-check';
import { posix } from 'path';
import { resolveNpmPath } from '../../src/facts/npmrc';
import { comparablePath, envVar, samePath } from '../../src/facts/platform-path';
import { readJsonObject } from '../../src/facts/read-file';
import { canSpawnDirectly, parseVersionOutput } from '../../src/facts/spawn-version';
import { fakeContext } from '../support/fake-context';

describe('path helpers', () => {
  it('compares Windows paths case-insensitively and POSIX paths exactly', () => {
    const win = fakeContext({ platform: 'win32' });
    const linux = fakeContext();
    expect(samePath(win, 'C:\\Users\\Me\\', 'c:/users/me')).toBe(true);
    expect(samePath(linux, '/home/Me', '/home/me')).toBe(false);
    expect(samePath(linux, '/a/b/../c/', '/a/c')).toBe(true);
    expect(samePath(linux, null, '/a')).toBe(false);
    expect(comparablePath(linux, '/')).toBe('/');
    expect(comparablePath(win, 'C:\\')).toBe('c:\\');
  });

  it('keeps what path.parse gives as the root of a POSIX path', () => {
    const linux = fakeContext();
    const parts = fc.array(fc.constantFrom('/', '//', 'a', '..', '.', 'b c', '\\', ''), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(parts, (p) => {
        let expected = posix.normalize(p);
        const root = posix.parse(expected).root;
        while (expected.length > root.length && expected.endsWith('/')) expected = expected.slice(0, -1);
        expect(comparablePath(linux, p)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('looks environment names up case-insensitively on Windows only', () => {
    expect(envVar(fakeContext({ platform: 'win32', env: { AppData: 'X' } }), 'APPDATA')).toBe('X');
    expect(envVar(fakeContext({ env: { AppData: 'X' } }), 'APPDATA')).toBeUndefined();
  });
});

describe('resolveNpmPath', () => {
  it.each([
    [{}, '~/.npm-global', '/home/user/.npm-global'],
    [{ XDG: '/x' }, '${XDG}/npm', '/x/npm'],
    [{}, '${MISSING}/npm', null],
    [{}, '${MISSING?}/npm', '/npm'],
    [{}, 'rel/dir', '/work/project/rel/dir'],
  ])('env %j: %s -> %s', (env, raw, expected) => {
    expect(resolveNpmPath(fakeContext({ env }), raw)).toBe(expected);
  });
});

describe('readJsonObject', () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ['\uFEFF{"a":1}', { a: 1 }],
    ['[1]', null],
    ['null', null],
    ['{"a":', null],
    ['', null],
  ])('%j -> %j', async (content, expected) => {
    expect(await readJsonObject(fakeContext({ files: { '/f.json': content } }), '/f.json')).toEqual(expected);
  });

  it('returns null for missing, unreadable and special files', async () => {
    const ctx = fakeContext({ files: { '/u': { kind: 'unreadable' }, '/p': { kind: 'fifo' }, '/l': { kind: 'loop' }, '/d/x': '{}' } });
    for (const f of ['/missing', '/u', '/p', '/l', '/d']) expect(await readJsonObject(ctx, f)).toBeNull();
  });
});

describe('version parsing and spawning rules', () => {
  it.each([
    ['v22.12.0\n', '22.12.0'],
    ['2.1.197 (Claude Code)\n', '2.1.197'],
    ['10.9.2', '10.9.2'],
    ['v23.0.0-nightly20240101abc\n', '23.0.0-nightly20240101abc'],
    ['command not found', null],
  ])('%j -> %j', (output, expected) => {
    expect(parseVersionOutput(output)).toBe(expected);
  });

  it('runs only real executables on Windows', () => {
    const win = fakeContext({ platform: 'win32' });
    expect(canSpawnDirectly(win, 'C:\\x\\claude.exe')).toBe(true);
    expect(canSpawnDirectly(win, 'C:\\x\\claude.cmd')).toBe(false);
    expect(canSpawnDirectly(win, 'C:\\x\\claude.ps1')).toBe(false);
    expect(canSpawnDirectly(fakeContext(), '/usr/bin/claude')).toBe(true);
  });
});
