import fc from 'fast-check';
import { decodeText, firstInvalidUtf8 } from '../../src/config/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeText', () => {
  it('reads plain UTF-8, Chinese included', () => {
    expect(decodeText(utf8('{"a":"国内站"}'))).toEqual({ ok: true, text: '{"a":"国内站"}', bom: false });
  });
  it('decodes any UTF-8 text, with or without a BOM, from a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), fc.nat(7), (text, bom, offset) => {
        const encoded = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
        const inLarger = new Uint8Array(encoded.length + offset + 3);
        inLarger.set(encoded, offset);
        const view = inLarger.subarray(offset, offset + encoded.length);
        const d = decodeText(view);
        // A NUL makes the bytes binary; a text that starts with U+FEFF has a BOM of its own.
        if (text.includes('\0') || text.startsWith('\ufeff')) return;
        expect(d).toEqual({ ok: true, text, bom });
      }),
    );
  });
  it('strips a UTF-8 BOM and says so', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({ ok: true, text: '{}', bom: true });
  });
  it('recognises UTF-16 LE and BE by BOM and still decodes them', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('{"a":1}', 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ ok: false, problem: 'utf-16le', text: '{"a":1}' });
    const be = Buffer.from('{"a":1}', 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ ok: false, problem: 'utf-16be', text: '{"a":1}' });
  });
  it('recognises BOM-less UTF-16 LE (Notepad "Unicode" written without a mark)', () => {
    expect(decodeText(new Uint8Array(Buffer.from('export A=1\n', 'utf16le')))).toMatchObject({ ok: false, problem: 'utf-16le' });
  });
  it('calls NUL bytes in otherwise random data binary, with the offset', () => {
    expect(decodeText(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x91, 0x33))).toEqual({ ok: false, problem: 'binary', offset: 5 });
  });
  it('reports GBK text as invalid UTF-8 at the first bad byte', () => {
    // "国内" in GBK: B9 FA C4 DA
    expect(decodeText(bytes(0x41, 0xb9, 0xfa, 0xc4, 0xda))).toEqual({ ok: false, problem: 'invalid-utf8', offset: 1 });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe4, 0xb8, 0xad], -1],
    [[0xc0, 0x80], 0], // overlong NUL
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x61, 0xe4, 0xb8], 1], // cut short
    [[0xf0, 0x9f, 0x98, 0x80], -1], // emoji
  ])('%j → %i', (b, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(b))).toBe(expected);
  });
});

describe('decodeText trusts Node isUtf8 only where firstInvalidUtf8 agrees', () => {
  // Every 1- and 2-byte sequence after an ASCII byte and before a continuation byte, plus 3- and 4-byte sequences
  // around the boundaries (overlong forms, surrogates, above U+10FFFF): decodeText must say invalid exactly when
  // the byte loop finds a broken byte.
  const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
  const cases: number[][] = [];
  for (let a = 0x80; a <= 0xff; a++) {
    for (let b = 0; b <= 0xff; b += 1) cases.push([0x61, a, b, 0x80]);
  }
  for (const a of edges) for (const b of edges) for (const c of edges) cases.push([a, b, c], [0xf0, a, b, c], [0xf4, a, b, c]);

  it('over boundary byte sequences', () => {
    for (const b of cases) {
      if (b.includes(0)) continue; // a NUL byte is "binary" before UTF-8 is looked at
      const bad = firstInvalidUtf8(new Uint8Array(b));
      const decoded = decodeText(new Uint8Array(b));
      expect([b, decoded.ok ? -1 : decoded.offset]).toEqual([b, bad]);
    }
  });

  it('decodes a view of the bytes after a BOM', () => {
    const withBom = Buffer.from([0xef, 0xbb, 0xbf, ...utf8('{"k":"值"}')]);
    expect(decodeText(withBom.subarray(0))).toEqual({ ok: true, text: '{"k":"值"}', bom: true });
  });
});
