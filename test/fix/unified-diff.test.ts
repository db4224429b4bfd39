import { unifiedDiff } from '../../src/fix/unified-diff';

const labels = { old: 'a/settings.json', new: 'b/settings.json' };

describe('unifiedDiff', () => {
  it('is empty when nothing differs', () => {
    expect(unifiedDiff('{\n}\n', '{\n}\n', labels)).toBe('');
  });

  it('shows a change with three lines of context and correct ranges', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3,', '  "d": 4,', '  "e": 5,', '  "f": 6', '}'].join('\n');
    const after = before.replace('"d": 4', '"d": 40');
    expect(unifiedDiff(before, after, labels)).toBe(
      ['--- a/settings.json', '+++ b/settings.json', '@@ -2,7 +2,7 @@', '   "a": 1,', '   "b": 2,', '   "c": 3,', '-  "d": 4,', '+  "d": 40,', '   "e": 5,', '   "f": 6', ' }', ''].join('\n'),
    );
  });

  it('diffs a new file against nothing', () => {
    expect(unifiedDiff('', '{\n  "a": 1\n}\n', labels)).toBe(['--- a/settings.json', '+++ b/settings.json', '@@ -0,0 +1,3 @@', '+{', '+  "a": 1', '+}', ''].join('\n'));
  });

  it('splits distant changes into separate hunks', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 27', 'line twenty-seven');
    const hunks = unifiedDiff(before, after, labels).split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,6 +1,6 @@', '@@ -25,6 +25,6 @@']);
  });
});
