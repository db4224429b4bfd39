// Checks, the classifier and the network rules stay pure: all I/O goes through the Context.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const PURE_DIRS = ['checks', 'src/classify', 'src/network'];
const FORBIDDEN = /from '(?:node:)?(?:fs|net|tls|http|https|child_process|undici)'|require\(|\bprocess\./;

const files = PURE_DIRS.flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f)),
);

test('there are pure modules to check', () => {
  expect(files.length).toBeGreaterThan(15);
});

test.each(files)('%s does no I/O of its own', (file) => {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  expect(source).not.toMatch(FORBIDDEN);
});
