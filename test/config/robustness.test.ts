// Bad input never crashes: arbitrary strings and bytes through every pure analyser.
import fc from 'fast-check';
import { analyzeBaseUrl } from '../../src/config/base-url-analysis';
import { decodeText } from '../../src/config/decode';
import { parseJsonWithLocation } from '../../src/config/json-location';
import { analyzeKey } from '../../src/config/key-analysis';
import { parseStartupFile } from '../../src/config/startup-files';
import { redactKey } from '../../src/core/redact-key';

const anyText = fc.string({ unit: 'binary', maxLength: 200 });

describe('pure analysers on arbitrary input', () => {
  it('analyzeBaseUrl never throws and suggests only parseable https/http URLs', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = analyzeBaseUrl(s);
        if (a.suggestedUrl !== null) expect(() => new URL(a.suggestedUrl!)).not.toThrow();
      }),
    );
  });

  it('analyzeKey never throws and its output never holds the key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 16, maxLength: 80 }), fc.constantFrom('cn', 'ai', 'kimi-code', 'custom', null), (key, region) => {
        const a = analyzeKey(key, region as never);
        expect(JSON.stringify(a)).not.toContain(key.trim());
      }),
    );
  });

  it('parseJsonWithLocation agrees with JSON.parse on validity and gives an in-range position', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json()), (s) => {
        const r = parseJsonWithLocation(s);
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(r.ok).toBe(valid && s.charCodeAt(0) !== 0xfeff);
        if (!r.ok) expect(r.problem.offset).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('decodeText and parseStartupFile never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeText(bytes);
        const text = d.ok ? d.text : d.text ?? '';
        for (const shell of ['posix', 'fish', 'powershell'] as const) parseStartupFile('/f', text, shell);
      }),
    );
  });

  it('redactKey shows at most seven characters of any key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 80 }), (key) => {
        expect(redactKey(key).replace(/U\+[0-9A-F]{4,}/g, 'x').length).toBeLessThanOrEqual(8);
      }),
    );
  });
});
