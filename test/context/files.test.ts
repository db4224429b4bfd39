import { statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { realFileSystem } from '../../src/context/files';
import { tempDir } from '../support/cli';

/** The code the throwing stat reports, which readFile gives as the detail of a missing file. */
const thrownCode = (file: string) => {
  try {
    statSync(file);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code;
  }
};

describe('realFileSystem on missing paths', () => {
  const dir = tempDir('kc-files-');
  const file = path.join(dir, 'a.json');
  writeFileSync(file, '{}\n');

  it.each([
    ['a missing file', () => path.join(dir, 'missing.json'), 'ENOENT'],
    ['a file in a missing directory', () => path.join(dir, 'no', 'such.json'), 'ENOENT'],
    ['a path under a regular file', () => path.join(file, 'x'), 'ENOTDIR'],
    ['a regular file with a trailing slash', () => `${file}/`, 'ENOTDIR'],
  ])('readFile reports %s as missing with the code stat would throw', async (_what, make, code) => {
    const target = make();
    expect(thrownCode(target)).toBe(code);
    await expect(realFileSystem.readFile(target)).resolves.toEqual({ ok: false, path: target, reason: 'missing', detail: code });
  });

  it('stat and isExecutable answer null and false for missing paths, and still see files', async () => {
    await expect(realFileSystem.stat(path.join(dir, 'missing'))).resolves.toBeNull();
    await expect(realFileSystem.stat(path.join(file, 'x'))).resolves.toBeNull();
    await expect(realFileSystem.stat(file)).resolves.toMatchObject({ kind: 'file', size: 3 });
    await expect(realFileSystem.isExecutable(path.join(dir, 'missing'))).resolves.toBe(false);
    await expect(realFileSystem.readFile(file)).resolves.toMatchObject({ ok: true, size: 3 });
  });
});
