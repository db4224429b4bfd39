// yargs' own words in Chinese: every string yargs can print has a translation, in the house's punctuation.
import { readFileSync } from 'fs';
import * as path from 'path';
import { YARGS_ZH } from '../../src/cli/yargs-strings';

const yargsEnglish: Record<string, unknown> = JSON.parse(readFileSync(path.join(require.resolve('yargs'), '..', 'locales', 'en.json'), 'utf8'));

const texts = (v: string | { one: string; other: string }) => (typeof v === 'string' ? [v] : [v.one, v.other]);

test('every string of the installed yargs has a Chinese twin, and nothing else', () => {
  expect(Object.keys(YARGS_ZH).sort()).toEqual(Object.keys(yargsEnglish).sort());
});

test('plural strings stay plural and keep their %s placeholders', () => {
  for (const [key, english] of Object.entries(yargsEnglish)) {
    const zh = YARGS_ZH[key];
    expect(typeof zh).toBe(typeof english);
    const wanted = (key.match(/%s/g) ?? []).length;
    for (const t of texts(zh)) expect([key, (t.match(/%s/g) ?? []).length]).toEqual([key, wanted]);
  }
});

test('Chinese text has full-width punctuation: no ASCII colon, comma or question mark next to Chinese', () => {
  const cjk = '[\\u4e00-\\u9fff]';
  const ascii = new RegExp(`${cjk}[:,?;]|[:,?;]\\s*${cjk}`);
  const bad = Object.values(YARGS_ZH).flatMap(texts).filter((t) => ascii.test(t));
  expect(bad).toEqual([]);
});
