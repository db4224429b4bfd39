// The leak detector itself: a secret escaped by any format is still found; a public prefix is not a leak.
import { leakedWindows, outputViews } from './output-views';

const SECRET = 'ab"c\\d|e&f<g%h_ijklmnop';

describe('leakedWindows over outputViews', () => {
  test.each([
    ['raw', `x ${SECRET} y`],
    ['JSON-escaped', JSON.stringify({ m: `x ${SECRET}` })],
    ['XML-escaped', `<failure message="${SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"/>`],
    ['percent-encoded (GitHub annotations)', `::error::${SECRET.replace(/%/g, '%25')}`],
    ['Markdown-escaped', `| ${SECRET.replace(/\|/g, '\\|')} |`],
  ])('finds a secret written %s', (_how, text) => {
    expect(leakedWindows(SECRET, '', outputViews(text)).length).toBeGreaterThan(0);
  });

  test('finds an 8-character piece, not a 7-character one', () => {
    expect(leakedWindows(SECRET, '', outputViews('…ijklmnop'))).toEqual(['ijklmnop']);
    expect(leakedWindows(SECRET, '', outputViews('…jklmnop'))).toEqual([]);
  });

  test('the public prefix alone is not a leak, one secret character after it is', () => {
    const key = 'sk-kimi-Q7w9e8r7t6y5u4i3';
    expect(leakedWindows(key, 'sk-kimi-', outputViews('a sk-kimi- key, shown as sk-kimi-…u4i3'))).toEqual([]);
    expect(leakedWindows(key, 'sk-kimi-', outputViews('sk-kimi-Q…'))).toEqual(['k-kimi-Q']);
  });
});

test('finds a secret echoed in base64 inside a longer value', () => {
  expect(leakedWindows(SECRET, '', outputViews(`Basic ${Buffer.from(`user:${SECRET}`).toString('base64')}`)).length).toBeGreaterThan(0);
});
