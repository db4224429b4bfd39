import { matchingNoProxyEntry, proxyFor, suspiciousNoProxyEntries, winningProxyVar } from '../../src/network/proxy-rules';
import { parseProxyUrl, withoutCredentials } from '../../src/network/proxy-url';

const TARGET = 'https://api.moonshot.cn/anthropic';

describe('which proxy variable wins', () => {
  test.each([
    [{ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' }, 'https_proxy'],
    [{ HTTP_PROXY: 'http://a:1', HTTPS_PROXY: 'http://b:1' }, 'HTTPS_PROXY'],
    [{ http_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:1' }, 'HTTPS_PROXY'],
    [{ HTTP_PROXY: 'http://a:1' }, 'HTTP_PROXY'],
    [{ https_proxy: '  ', HTTP_PROXY: 'http://a:1' }, 'HTTP_PROXY'],
  ] as const)('%j → %s', (vars, winner) => {
    expect(winningProxyVar(vars)?.variable).toBe(winner);
  });

  test('an HTTP_PROXY applies to an https target too', () => {
    const d = proxyFor(TARGET, { HTTP_PROXY: 'http://proxy.corp:3128' });
    expect(d).toMatchObject({ kind: 'proxy', variable: 'HTTP_PROXY', proxy: { host: 'proxy.corp', port: 3128 } });
  });

  test('no variable, no proxy', () => {
    expect(proxyFor(TARGET, {})).toEqual({ kind: 'direct' });
  });
});

describe('NO_PROXY', () => {
  test.each([
    ['api.moonshot.cn', 'api.moonshot.cn'],
    ['moonshot.cn', 'moonshot.cn'],
    ['.moonshot.cn', '.moonshot.cn'],
    ['other.com, api.moonshot.cn:443', 'api.moonshot.cn:443'],
    ['*', '*'],
    ['API.Moonshot.CN', 'API.Moonshot.CN'],
  ])('%s bypasses with entry %s', (noProxy, entry) => {
    expect(matchingNoProxyEntry(TARGET, noProxy)).toBe(entry);
  });

  test.each([['api.moonshot.cn:8443'], ['shot.cn'], ['*.moonshot.cn'], ['https://api.moonshot.cn'], ['localhost,127.0.0.1']])('%s does not bypass', (noProxy) => {
    expect(matchingNoProxyEntry(TARGET, noProxy)).toBeUndefined();
  });

  test('loopback goes through the proxy unless listed', () => {
    expect(proxyFor('http://127.0.0.1:8080/x', { HTTPS_PROXY: 'http://p:1' }).kind).toBe('proxy');
    expect(proxyFor('http://127.0.0.1:8080/x', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1' }).kind).toBe('bypassed');
  });

  test('lower-case no_proxy wins over NO_PROXY and the match names it', () => {
    const d = proxyFor(TARGET, { HTTPS_PROXY: 'http://p:1', no_proxy: 'moonshot.cn', NO_PROXY: 'other' });
    expect(d).toMatchObject({ kind: 'bypassed', match: { variable: 'no_proxy', entry: 'moonshot.cn' } });
  });

  test('IPv6 entries with and without a port', () => {
    expect(matchingNoProxyEntry('http://[::1]:8080/', '::1')).toBe('::1');
    expect(matchingNoProxyEntry('http://[::1]:8080/', '[::1]:8080')).toBe('[::1]:8080');
    expect(matchingNoProxyEntry('http://[::1]:8080/', '[::1]:9090')).toBeUndefined();
  });

  test('entries that look wrong', () => {
    expect(suspiciousNoProxyEntries('https://a.com, *.corp.com, a b, ok.com')).toEqual([
      { entry: 'https://a.com', problem: 'scheme' },
      { entry: '*.corp.com', problem: 'wildcard-prefix' },
      { entry: 'a b', problem: 'space' },
    ]);
  });
});

describe('proxy URLs', () => {
  test('credentials are kept for the client and dropped for display', () => {
    const p = parseProxyUrl('http://alice:s%40cret@proxy.corp:3128');
    expect(p).toMatchObject({ ok: true, display: 'http://proxy.corp:3128', username: 'alice', password: 's@cret', port: 3128 });
  });

  test.each([
    ['socks5://proxy:1080', 'unsupported-scheme'],
    ['proxy.corp:3128', 'malformed'],
    ['not a url', 'malformed'],
  ])('%s → %s', (raw, problem) => {
    expect(parseProxyUrl(raw)).toMatchObject({ ok: false, problem });
  });

  test('an invalid winner is reported, not silently skipped', () => {
    expect(proxyFor(TARGET, { https_proxy: 'socks5://p:1', HTTPS_PROXY: 'http://ok:1' })).toMatchObject({ kind: 'invalid', variable: 'https_proxy' });
  });

  test('withoutCredentials', () => {
    expect(withoutCredentials('https://u:p@host/anthropic')).toBe('https://host/anthropic');
  });
});
