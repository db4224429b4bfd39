// URL_SCHEME and the redactor's URL-password shape spell out both cases instead of using the i flag (V8 compiles an
// i-flagged letter range through ICU's case folding). This proves they match exactly what the i-flagged patterns
// matched, on any text, including characters that case-fold onto ASCII letters elsewhere (ſ, K, ı, İ).
import fc from 'fast-check';
import { SHAPES } from '../../src/core/redact';
import { URL_SCHEME } from '../../src/core/url-scheme';

const ODD = ['ſ', '\u212a', 'ı', 'İ', 'ﬀ', 'ẞ', 'µ', 'K', 'k', 's', 'S'];
const PIECES = ['http', 'HTTPS', 'socks5h', 'sOcKs', 'a+b.c-d', '://', ':/', ':', '/', '@', 'user', 'p@ss', ' ', '\n', '1', '密'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...ODD, ...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

test('URL_SCHEME matches what /^[a-z][a-z0-9+.-]*:\\/\\//i matched', () => {
  const before = /^[a-z][a-z0-9+.-]*:\/\//i;
  fc.assert(
    fc.property(text, (t) => {
      expect(URL_SCHEME.exec(t)?.[0]).toBe(before.exec(t)?.[0]);
    }),
    { numRuns: 20000 },
  );
});

test('the URL-password shape masks what its i-flagged form masked', () => {
  const before = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)([^\s/@]+)(@)/gi;
  const { pattern, mask } = SHAPES[0];
  fc.assert(
    fc.property(text, (t) => {
      expect(t.replace(pattern, mask)).toBe(t.replace(before, mask));
    }),
    { numRuns: 20000 },
  );
});
