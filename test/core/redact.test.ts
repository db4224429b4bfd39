import { Redactor, maskSecret } from '../../src/core/redact';

const KEY = 'sk-Zq8v3LmN0pR7tY2wX5aB9cD4eF6gH5jK';

describe('maskSecret', () => {
  test.each([
    [KEY, 'key', 'sk-…H5jK'],
    ['abcdefghijklmnop1234', 'key', '…1234'],
    ['short-1', 'key', '…'],
    ['hunter2hunter2', 'password', '***'],
  ] as const)('%s (%s) -> %s', (secret, kind, shown) => {
    expect(maskSecret(secret, kind)).toBe(shown);
  });
});

describe('Redactor', () => {
  test('replaces a registered key wherever it appears, also JSON-escaped and quoted', () => {
    const r = new Redactor();
    const odd = 'tok"with\\quote-123456';
    r.add(KEY);
    r.add(`"${odd}"`);
    const text = `key=${KEY} json=${JSON.stringify({ k: odd })} raw=${odd}`;
    const out = r.redact(text);
    expect(out).not.toContain(KEY);
    expect(out).not.toContain(odd);
    expect(out).not.toContain(JSON.stringify(odd).slice(1, -1));
    expect(out).toContain('sk-…H5jK');
  });

  test('catches key shapes, bearer tokens, auth headers and URL passwords it was never told about', () => {
    const r = new Redactor();
    const out = r.redact(
      [
        'sent sk-kimi-AAAABBBBCCCCDDDDEEEE1234 to the server',
        'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig',
        'x-api-key: abcdef0123456789',
        'Proxy-Authorization: Basic dXNlcjpwYXNzd29yZA==',
        'proxy http://alice:s3cr3t-pass@proxy.corp:8080/',
      ].join('\n'),
    );
    expect(out).not.toMatch(/AAAABBBBCCCC|eyJhbGci|abcdef0123|dXNlcjpw|s3cr3t/);
    expect(out).toContain('sk-…1234');
    expect(out).toContain('http://alice:***@proxy.corp:8080/');
  });

  test('proxy passwords from URLs are never shown, even percent-encoded', () => {
    const r = new Redactor();
    r.addUrlPassword('http://bob:p%40ss%3Aword99@10.0.0.1:3128');
    const out = r.redact('password is p@ss:word99, encoded p%40ss%3Aword99');
    expect(out).not.toContain('p@ss:word99');
    expect(out).not.toContain('p%40ss%3Aword99');
    expect(out).toContain('***');
  });

  test('ignores values too short to be credentials, so ordinary words survive', () => {
    const r = new Redactor();
    r.add('abc');
    r.add(undefined);
    expect(r.redact('abc is fine, a basic check too')).toBe('abc is fine, a basic check too');
  });

  test('redactDeep keeps a key named __proto__ as data when it copies', () => {
    const r = new Redactor();
    r.add(KEY);
    const input = JSON.parse(`{"__proto__": {"token": "${KEY}"}, "other": "${KEY}"}`) as Record<string, unknown>;
    const out = r.redactDeep(input) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'other']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"token":"sk-…H5jK"},"other":"sk-…H5jK"}');
  });

  test('redactDeep walks objects, arrays and keys without changing the input', () => {
    const r = new Redactor();
    r.add(KEY);
    const input = { a: [KEY, { [KEY]: `x ${KEY}` }], n: 1, b: null };
    const out = r.redactDeep(input);
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(out.n).toBe(1);
    expect(input.a[0]).toBe(KEY);
  });
});
