import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { allChecks } from '../../checks';
import { loadCatalog, type Catalog } from '../../src/i18n/catalog';
import type { Lang } from '../../src/core/types';

/** Every finding of a language: the doctor's and those of --fix, setup and explain, which load on their own. */
const whole = (lang: Lang): Catalog => ({
  ...loadCatalog(lang),
  findings: { ...loadCatalog(lang, 'fix').findings, ...loadCatalog(lang, 'explain').findings },
});
const en = whole('en');
const zh = whole('zh');

const codesUsedIn = (dir: string): string[] => {
  const codes = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.ts')) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/\b(?:error|warning|info|skipped)\(\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g)) codes.add(m[1]);
      }
    }
  };
  walk(dir);
  return [...codes].sort();
};

describe('message catalogue', () => {
  test('English and Chinese have exactly the same finding codes', () => {
    expect(Object.keys(zh.findings).sort()).toEqual(Object.keys(en.findings).sort());
  });

  test('every entry has a message, and English and Chinese agree on which have a remediation', () => {
    for (const code of Object.keys(en.findings)) {
      expect(typeof en.findings[code].message).toBe('function');
      expect(typeof zh.findings[code].message).toBe('function');
      expect([code, Boolean(zh.findings[code].remediation)]).toEqual([code, Boolean(en.findings[code].remediation)]);
    }
  });

  test('every code a check or the runner emits has wording', () => {
    const root = path.join(__dirname, '..', '..');
    const used = [...codesUsedIn(path.join(root, 'checks')), ...codesUsedIn(path.join(root, 'src'))];
    const missing = used.filter((c) => !(c in en.findings));
    expect(missing).toEqual([]);
  });

  test('every registered check has a Chinese title', () => {
    const missing = allChecks.filter((c) => !zh.titles[c.id]).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  test('a doctor run loads the doctor wording alone; --fix, setup and explain get theirs with it', () => {
    for (const lang of ['en', 'zh'] as const) {
      const codes = (part?: 'fix' | 'explain') => Object.keys(loadCatalog(lang, part).findings);
      expect(codes().filter((c) => /^(fix|setup|explain)\./.test(c))).toEqual([]);
      expect(codes('fix')).toEqual(expect.arrayContaining([...codes(), 'fix.onboarding', 'setup.wrote']));
      expect(codes('explain')).toEqual(expect.arrayContaining([...codes(), 'explain.auth']));
    }
  });

  test('the two UI string tables have the same shape', () => {
    expect(Object.keys(zh.ui).sort()).toEqual(Object.keys(en.ui).sort());
    expect(Object.keys(zh.ui.envLabels).sort()).toEqual(Object.keys(en.ui.envLabels).sort());
  });
});
