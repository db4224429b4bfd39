// src/core/quotes.ts strips with loops what the patterns it replaced stripped: these properties compare the two on any
// text, quotes of every kind (and characters next to them in Unicode) at either end, in the middle, or making it all.
import fc from 'fast-check';
import { hasQuote, isQuote, leadingQuotes, stripQuotes } from '../../src/core/quotes';
import { Redactor } from '../../src/core/redact';

const Q = '"\'`\u201c\u201d\u2018\u2019\uff02';
const NEAR = ['\u201a', '\u201e', '\u2018', '\u00ab', '\u00bb', '\uff07', '\u300c', '\u300d', ' ', 'a', 'sk-', ''];
const text = fc
  .array(fc.oneof(fc.constantFrom(...Q.split(''), ...NEAR), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

test('stripQuotes, leadingQuotes, isQuote and hasQuote answer as the patterns did', () => {
  const around = new RegExp(`^[${Q}]+|[${Q}]+$`, 'g');
  const leading = new RegExp(`^[${Q}]+`);
  const any = new RegExp(`[${Q}]`);
  fc.assert(
    fc.property(text, (t) => {
      expect(stripQuotes(t)).toBe(t.replace(around, ''));
      expect(leadingQuotes(t)).toBe(t.length - t.replace(leading, '').length);
      expect(hasQuote(t)).toBe(any.test(t));
      for (const c of t) if (c.length === 1) expect(isQuote(c)).toBe(any.test(c));
    }),
    { numRuns: 20000 },
  );
  expect(isQuote('')).toBe(false);
  expect(isQuote(undefined)).toBe(false);
  expect(isQuote('""')).toBe(false);
});

test('the redactor masks a key given with any of these quotes around it, quotes and all', () => {
  const key = 'sk-kimi-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd';
  for (const q of Q) {
    const r = new Redactor();
    r.add(`${q}${key}${q}`);
    const out = r.redact(`echo ${key} and ${q}${key}${q}`);
    expect(out).not.toContain(key.slice(8, 16));
    expect(out).not.toContain(key.slice(-12, -4));
  }
});
