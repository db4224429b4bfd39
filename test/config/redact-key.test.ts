import { redactKey } from '../../src/core/redact-key';

describe('redactKey', () => {
  it.each([
    ['sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHWXYZ', 'sk-…WXYZ'],
    ['sk-kimi-abcdefghijklmnopqrstuvwxyz0123456789ABCD', 'sk-…ABCD'],
    ['sk-ant-api03-abcdefghijklmnopqrstuvwxyz', 'sk-…wxyz'],
    ['  sk-abcdefghijklmnop1234\n', 'sk-…1234'],
    ['abc123def456', '…f456'],
    ['"sk-abcdefghijklmnop1234"', '…234"'],
    ['sk-short', '…'],
    ['', '…'],
    ['sk-abcdefghijklmn\u200b123', 'sk-…U+200B123'],
  ])('%j → %s', (key, expected) => {
    expect(redactKey(key)).toBe(expected);
  });

  it('never contains more than seven characters of the key', () => {
    const key = 'sk-' + 'Q'.repeat(40) + 'TAIL';
    expect(redactKey(key)).not.toContain('QQ');
  });
});
