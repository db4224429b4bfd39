// Echoes that exact-match redaction misses (issue 10 items 3, 4; issue 11 item 10): a cut message, another
// shape of key, an encoded or line-split echo. No 8 characters of a known secret survive; the catalogue's own
// text around a secret is kept whole.
import { Redactor } from '../../../src/core/redact';
import { leakedWindows, outputViews } from './output-views';

const KEY = 'sk-kimi-Q7w9e8r7t6y5u4i3o2p1A0sDfGhJkL';
const TOKEN = 'tok_9f8e7d6c5b4a3928171605f4e3d2c1b0';
const PASSWORD = 'Pa@ssw0rd:x';

function redactor(): Redactor {
  const r = new Redactor();
  r.add(KEY);
  r.add(TOKEN);
  r.add(PASSWORD, 'password');
  return r;
}

const leaks = (out: string) =>
  [KEY, TOKEN, PASSWORD].flatMap((s) => leakedWindows(s, s === KEY ? 'sk-kimi-' : '', outputViews(out)));

describe('a partial echo of a known secret is masked', () => {
  test.each([
    ['cut at 300 characters, 14 characters left', `${'x'.repeat(286)} key ${KEY}`.slice(0, 300)],
    ['cut at the start', `…${KEY.slice(12)} was refused`],
    ['a key after a word character', `bad_${TOKEN.slice(0, 20)} refused`],
    ['split over two lines', `Invalid key ${KEY.slice(0, 20)}\n${KEY.slice(20)} refused`],
    ['split with spaces', `key: ${TOKEN.slice(0, 10)} ${TOKEN.slice(10, 20)} ${TOKEN.slice(20)}`],
    ['base64', `echo ${Buffer.from(`user:${TOKEN}`).toString('base64')}`],
    ['base64 at another alignment', `echo ${Buffer.from(`u:${KEY}`).toString('base64')}`],
    ['base64url', `echo ${Buffer.from(`ab:${TOKEN}`).toString('base64url')}`],
    ['percent-encoded password', `proxy ${encodeURIComponent(PASSWORD)} refused`],
    ['part of a password', `pw ${PASSWORD.slice(1)}`],
  ])('%s', (_how, text) => {
    expect(leaks(redactor().redact(text))).toEqual([]);
  });

  test('a key cut inside its public prefix keeps the prefix, the rest is masked', () => {
    const out = redactor().redact(`key ${KEY.slice(0, 20)}`);
    expect(out).toBe('key sk-kimi-…');
  });

  test('text around the echo is kept', () => {
    expect(redactor().redact(`before ${TOKEN.slice(3, 25)} after`)).toBe('before … after');
  });

  test('an unknown sk- key after a word character is caught by its shape', () => {
    const out = new Redactor().redact('got bad_sk-AbCdEfGh12345678 from the server');
    expect(out).not.toContain('AbCdEfGh');
  });
});

describe("the redactor never eats the catalogue's own text", () => {
  test.each([
    ['en', 'Claude Code sends both (x-api-key and Authorization: Bearer) and warns about it.'],
    ['zh', 'Claude Code 会同时发送（x-api-key 和 Authorization: Bearer）并给出警告。'],
  ])('%s', (_lang, text) => {
    expect(redactor().redact(text)).toBe(text);
  });

  test('a real Authorization value is still masked, the sentence around it kept', () => {
    expect(new Redactor().redact('sent (Authorization: Bearer abcdef123456) and failed')).toBe('sent (Authorization: Bearer ***) and failed');
    expect(new Redactor().redact('已发送（x-api-key: abcdef123456）失败')).toBe('已发送（x-api-key: ***）失败');
  });
});
