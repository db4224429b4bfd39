import { matchingNoProxyEntry, proxyFor, suspiciousNoProxyEntries, winningProxyVar } from '../../src/network/proxy-rules';
import { correctedProxyUrl, parseProxyUrl, rawProxyCredentials, withoutCredentials } from '../../src/network/proxy-url';

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

// The rules measured on Claude Code 2.1.332 (src/claude-code/proxy-rules.ts); each row is one measured case.
describe('NO_PROXY, as Claude Code applies it', () => {
  const PROXY = { HTTPS_PROXY: 'http://p:1' };
  const via = (url: string, vars: Record<string, string>) => proxyFor(url, { ...PROXY, ...vars }).kind;
  test.each([
    // [target, no_proxy variables, expected]
    ['http://api.kimi.test:8080/', { NO_PROXY: '*.kimi.test' }, 'bypassed'],
    ['http://kimi.test:8080/', { NO_PROXY: '*.kimi.test' }, 'bypassed'],
    ['https://api.kimi.test/', { NO_PROXY: '*.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'localhost api.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'localhost\tapi.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'a.test, api.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'a.test;api.kimi.test' }, 'proxy'],
    ['http://127.0.0.1:8080/', { no_proxy: 'example.org', NO_PROXY: '127.0.0.1' }, 'bypassed'],
    ['http://example.org:8080/', { no_proxy: 'example.org', NO_PROXY: '127.0.0.1' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { no_proxy: '', NO_PROXY: 'api.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { no_proxy: 'api.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '   ' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'a.test,*' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'kimi.test' }, 'bypassed'],
    ['http://xkimi.test:8080/', { NO_PROXY: 'kimi.test' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '.kimi.test' }, 'bypassed'],
    ['http://kimi.test:8080/', { NO_PROXY: '.kimi.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*kimi.test' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'api.*.test' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*.*.test' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*.test' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'API.KIMI.TEST' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'kimi.test.' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'api.kimi.test:8080' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'api.kimi.test:1' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*.kimi.test:8080' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '*.kimi.test:1' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: '.kimi.test:8080' }, 'bypassed'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'kimi.test:8080' }, 'bypassed'],
    ['https://api.kimi.test:8443/', { NO_PROXY: 'api.kimi.test:443' }, 'proxy'],
    ['https://api.kimi.test/', { NO_PROXY: 'api.kimi.test:443' }, 'bypassed'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '127.0.0.0/8' }, 'bypassed'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '127.0.0.1/32' }, 'bypassed'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '10.0.0.0/8' }, 'proxy'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '127.0.0.1:8080' }, 'bypassed'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '127.0.0.1:1' }, 'proxy'],
    ['http://127.0.0.1:8080/', { NO_PROXY: '::1' }, 'proxy'],
    ['http://api.kimi.test:8080/', { NO_PROXY: 'http://api.kimi.test' }, 'proxy'],
    ['http://127.0.0.1:8080/', {}, 'proxy'],
    ['http://localhost:8080/', {}, 'proxy'],
  ] as const)('%s with %j → %s', (url, vars, expected) => {
    expect(via(url, vars)).toBe(expected);
  });

  test('the Moonshot endpoint: a domain, its suffix with a dot, *, and a port', () => {
    for (const entry of ['api.moonshot.cn', 'moonshot.cn', '.moonshot.cn', '*.moonshot.cn', 'other.com, api.moonshot.cn:443', '*', 'API.Moonshot.CN']) {
      expect(matchingNoProxyEntry(TARGET, entry)).toBeDefined();
    }
    for (const entry of ['api.moonshot.cn:8443', 'shot.cn', 'https://api.moonshot.cn', 'localhost,127.0.0.1']) {
      expect(matchingNoProxyEntry(TARGET, entry)).toBeUndefined();
    }
  });

  test('both variables count; the match names the variable whose entry matched', () => {
    const d = proxyFor(TARGET, { HTTPS_PROXY: 'http://p:1', no_proxy: 'example.org', NO_PROXY: 'moonshot.cn' });
    expect(d).toMatchObject({ kind: 'bypassed', match: { variable: 'NO_PROXY', entry: 'moonshot.cn' } });
  });

  test('IPv6 entries with and without a port', () => {
    expect(matchingNoProxyEntry('http://[::1]:8080/', '::1')).toBe('::1');
    expect(matchingNoProxyEntry('http://[::1]:8080/', '[::1]:8080')).toBe('[::1]:8080');
    expect(matchingNoProxyEntry('http://[::1]:8080/', '[::1]:9090')).toBeUndefined();
  });

  test('entries that match nothing, although their author meant something', () => {
    expect(suspiciousNoProxyEntries('https://a.com, *.corp.com a;b, *kimi.test api.*.test, *, ok.com')).toEqual([
      { entry: 'https://a.com', problem: 'scheme' },
      { entry: 'a;b', problem: 'semicolon' },
      { entry: '*kimi.test', problem: 'wildcard' },
      { entry: 'api.*.test', problem: 'wildcard' },
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
    ['not a url', 'malformed'],
    // Without a scheme, Claude Code 2.1.332 repairs only host:port; these make it refuse to start.
    ['alice:s3cret@proxy.corp:3128', 'malformed'],
    ['127.0.0.1', 'malformed'],
    ['//127.0.0.1:7890', 'malformed'],
  ])('%s → %s', (raw, problem) => {
    expect(parseProxyUrl(raw)).toMatchObject({ ok: false, problem });
  });

  // Claude Code 2.1.332 sends through HTTPS_PROXY=127.0.0.1:<port> as http:// (src/claude-code/proxy-rules.ts).
  test.each([
    ['127.0.0.1:7890', 'http://127.0.0.1:7890'],
    ['proxy.corp:3128', 'http://proxy.corp:3128'],
    ['localhost:7890', 'http://localhost:7890'],
  ])('%s has no scheme and is read as %s', (raw, display) => {
    expect(parseProxyUrl(raw)).toMatchObject({ ok: true, display, schemeAdded: true });
  });

  test('a value that does not parse gets a corrected suggestion where one can be made', () => {
    expect(correctedProxyUrl('127.0.0.1\uff1a7890')).toEqual({ url: 'http://127.0.0.1:7890', hadCredentials: false });
    expect(correctedProxyUrl('http://alice:pw@proxy .corp:8080')).toEqual({ url: 'http://proxy.corp:8080', hadCredentials: true });
    expect(correctedProxyUrl('http://[::1')).toBeUndefined();
    expect(correctedProxyUrl('alice:s3cret@127.0.0.1:7890')).toEqual({ url: 'http://127.0.0.1:7890', hadCredentials: true });
    expect(correctedProxyUrl('//127.0.0.1:7890')).toEqual({ url: 'http://127.0.0.1:7890', hadCredentials: false });
  });

  test('an invalid winner is reported, not silently skipped', () => {
    expect(proxyFor(TARGET, { https_proxy: 'socks5://p:1', HTTPS_PROXY: 'http://ok:1' })).toMatchObject({ kind: 'invalid', variable: 'https_proxy' });
  });

  test('withoutCredentials', () => {
    expect(withoutCredentials('https://u:p@host/anthropic')).toBe('https://host/anthropic');
  });

  test.each([
    ['http://alice:Pa@ssw0rd-Secret-99@proxy corp:8080', 'http://proxy corp:8080'],
    ['alice:Pa@ssw0rd-Secret-99@proxy.corp:8080', 'proxy.corp:8080'],
    ['http://alice:Pa@ss/w0rd-Secret@proxy.corp:8080', 'http://proxy.corp:8080'],
  ])('withoutCredentials strips up to the last "@" of %s', (raw, expected) => {
    expect(withoutCredentials(raw)).toBe(expected);
    expect(rawProxyCredentials(raw).some((c) => c.includes('Secret'))).toBe(true);
  });
});
