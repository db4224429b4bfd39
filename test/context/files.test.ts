import { execFileSync } from 'child_process';
import { statSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { missingCode, realFileSystem, STAT_HIDES_ENOTDIR } from '../../src/context/files';
import { tempDir } from '../support/cli';
import matrix from '../support/node-matrix.json';
import { nodeBinary } from '../support/node-binaries';

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

  // Node 22+ answers ENOTDIR without throwing too, and readFile then works the code out itself; on every Node it must
  // be the code the throwing stat gives.
  it.each([
    ['a missing file', () => path.join(dir, 'missing.json')],
    ['a file in a missing directory', () => path.join(dir, 'no', 'such', 'file.json')],
    ['a path under a regular file', () => path.join(file, 'x')],
    ['a path two levels under a regular file', () => path.join(file, 'x', 'y')],
    ['a regular file with a trailing slash', () => `${file}/`],
    ['a dangling symbolic link', () => {
      const link = path.join(dir, 'dangling');
      symlinkSync(path.join(dir, 'gone'), link);
      return link;
    }],
    ['a path under a missing top-level folder', () => '/kimi-claude-no-such-folder/settings.json'],
  ])('the code worked out for %s is the one stat throws', (_what, make) => {
    const target = make();
    expect(missingCode(target)).toBe(thrownCode(target));
  });

  it('stat and isExecutable answer null and false for missing paths, and still see files', async () => {
    await expect(realFileSystem.stat(path.join(dir, 'missing'))).resolves.toBeNull();
    await expect(realFileSystem.stat(path.join(file, 'x'))).resolves.toBeNull();
    await expect(realFileSystem.stat(file)).resolves.toMatchObject({ kind: 'file', size: 3 });
    await expect(realFileSystem.isExecutable(path.join(dir, 'missing'))).resolves.toBe(false);
    await expect(realFileSystem.readFile(file)).resolves.toMatchObject({ ok: true, size: 3 });
  });
});

// readFile trusts an undefined stat to mean ENOENT on the Nodes where STAT_HIDES_ENOTDIR is false: true only where
// those Nodes throw ENOTDIR themselves.
describe('which Nodes answer ENOTDIR without throwing', () => {
  const dir = tempDir('kc-enotdir-');
  const file = path.join(dir, 'a.json');
  writeFileSync(file, '{}\n');
  const probe = `const fs = require('fs'); const answers = [];
for (const p of process.argv.slice(1)) { try { answers.push(String(fs.statSync(p, { throwIfNoEntry: false }))); } catch (e) { answers.push(e.code); } }
process.stdout.write(JSON.stringify({ major: Number(process.versions.node.split('.')[0]), answers }));`;

  it.each(matrix.smoke)('Node %s', (version) => {
    const out = execFileSync(nodeBinary(version), ['-e', probe, path.join(file, 'x'), `${file}/`, path.join(dir, 'missing')], { encoding: 'utf8' });
    const { major, answers } = JSON.parse(out) as { major: number; answers: string[] };
    const hides = major >= 22;
    expect(answers).toEqual(hides ? ['undefined', 'undefined', 'undefined'] : ['ENOTDIR', 'ENOTDIR', 'undefined']);
  });

  it('is what the running Node does', () => {
    let answer: string;
    try {
      answer = String(statSync(path.join(file, 'x'), { throwIfNoEntry: false }));
    } catch (e) {
      answer = (e as NodeJS.ErrnoException).code ?? 'error';
    }
    expect(STAT_HIDES_ENOTDIR).toBe(answer === 'undefined');
  });
});
