import { analyzeBaseUrl } from '../../src/config/base-url-analysis';

const kinds = (value: string) => analyzeBaseUrl(value).problems.map((p) => p.kind);

describe('analyzeBaseUrl', () => {
  it.each([
    ['https://api.moonshot.cn/anthropic', 'cn', [], null],
    ['https://api.moonshot.cn/anthropic/', 'cn', [], null], // the guide's trailing slash: Claude Code drops one
    ['https://api.moonshot.ai/anthropic', 'ai', [], null],
    ['https://api.kimi.com/coding/', 'kimi-code', [], null],
    ['https://api.kimi.com/coding', 'kimi-code', [], null],
    ['"https://api.moonshot.cn/anthropic"', 'cn', ['quoted'], 'https://api.moonshot.cn/anthropic'],
    ['\u201chttps://api.moonshot.cn/anthropic\u201d', 'cn', ['quoted'], 'https://api.moonshot.cn/anthropic'],
    ['  https://api.moonshot.cn/anthropic\n', 'cn', ['whitespace'], 'https://api.moonshot.cn/anthropic'],
    ['https\uff1a//api.moonshot.cn/anthropic', 'cn', ['lookalike'], 'https://api.moonshot.cn/anthropic'],
    ['https://api\u3002moonshot\u3002cn\uff0fanthropic', 'cn', ['lookalike'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anth\u200bropic', 'cn', ['invisible'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic\u00a0', 'cn', ['invisible'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic\u001b[2J\u0007', 'cn', ['invisible', 'wrong-path'], 'https://api.moonshot.cn/anthropic'], // a pasted escape sequence
    ['https://api.moonshot.cn/anth\u007fropic', 'cn', ['invisible'], 'https://api.moonshot.cn/anthropic'],
    ['api.moonshot.cn/anthropic', 'cn', ['no-scheme'], 'https://api.moonshot.cn/anthropic'],
    ['http://api.moonshot.cn/anthropic', 'cn', ['http'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshoot.cn/anthropic', 'cn', ['host-typo'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.monshot.ai/anthropic', 'ai', ['host-typo'], 'https://api.moonshot.ai/anthropic'],
    ['https://api.kimi.con/coding/', 'kimi-code', ['host-typo'], 'https://api.kimi.com/coding/'],
    ['https://api.moonshot.com/anthropic', null, ['moonshot-com'], null],
    ['https://platform.moonshot.cn/console/api', 'cn', ['console-host', 'wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://platform.moonshot.ai/', 'ai', ['console-host', 'wrong-path'], 'https://api.moonshot.ai/anthropic'],
    ['https://platform.kimi.com/console/api-keys', 'cn', ['console-host', 'wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://platform.kimi.ai/anthropic', 'ai', ['console-host'], 'https://api.moonshot.ai/anthropic'],
    ['https://api.moonshot.cn/v1', 'cn', ['wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic/v1', 'cn', ['wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic/v1/messages', 'cn', ['wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn', 'cn', ['wrong-path'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.kimi.com/', 'kimi-code', ['wrong-path'], 'https://api.kimi.com/coding/'],
    ['https://api.kimi.com/coding/v1', 'kimi-code', ['wrong-path'], 'https://api.kimi.com/coding/'],
    ['https://api.moonshot.cn/anthropic//', 'cn', ['double-slash'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic?key=1', 'cn', ['query'], 'https://api.moonshot.cn/anthropic'],
    ['https://api.moonshot.cn/anthropic#top', 'cn', ['query'], 'https://api.moonshot.cn/anthropic'],
    ['ftp://api.moonshot.cn/anthropic', 'cn', ['bad-scheme'], 'https://api.moonshot.cn/anthropic'],
    ['http://127.0.0.1:3456', 'custom', [], null],
    ['https://llm.example.com/anthropic', 'custom', [], null],
    ['http://gateway.corp.example', 'custom', ['http'], 'https://gateway.corp.example'],
    ['https://llm.example.com/v1', 'custom', ['wrong-path'], 'https://llm.example.com'],
    ['', null, ['empty'], null],
    ['https://', null, ['unparseable'], null],
  ])('%j → %s %j', (value, region, problemKinds, suggestedUrl) => {
    const a = analyzeBaseUrl(value);
    expect(a.region).toBe(region);
    expect(a.problems.map((p) => p.kind)).toEqual(problemKinds);
    expect(a.suggestedUrl).toBe(suggestedUrl);
  });

  it('names each odd character with its position and what it should be', () => {
    const a = analyzeBaseUrl('https\uff1a//api.moonshot.cn/anthropic');
    expect(a.problems[0]).toEqual({ kind: 'lookalike', chars: [{ char: '\uff1a', codePoint: 'U+FF1A', position: 6, replacement: ':' }] });
  });

  it('tells which wrong path it is', () => {
    const reason = (v: string) => (analyzeBaseUrl(v).problems.find((p) => p.kind === 'wrong-path') as { reason: string }).reason;
    expect(reason('https://api.moonshot.cn/v1')).toBe('openai-v1');
    expect(reason('https://api.moonshot.cn/anthropic/v1')).toBe('anthropic-v1');
    expect(reason('https://api.moonshot.cn/anthropic/v1/messages')).toBe('messages');
    expect(reason('https://api.moonshot.cn/')).toBe('missing-anthropic');
    expect(reason('https://api.kimi.com/')).toBe('missing-coding');
  });

  it('never throws on arbitrary Unicode', () => {
    for (const v of ['\u0000', '💥', '://', 'https://[::1', '\ud800', 'https://a b.com', '%%%', 'https://api.moonshot.cn/%zz']) {
      expect(() => analyzeBaseUrl(v)).not.toThrow();
    }
    expect(kinds('https://a b.com')).toContain('unparseable');
  });
});

describe('analyzeBaseUrl: names that are also Object properties', () => {
  it.each(['__proto__', 'constructor', 'https://toString/anthropic', 'hasOwnProperty'])('%s is just a host', (value) => {
    const a = analyzeBaseUrl(value);
    expect(a.region === null || a.region === 'custom').toBe(true);
  });
});

describe('analyzeBaseUrl on a megabyte-long value', () => {
  const MB = 1024 * 1024;
  it('lists at most 32 odd characters and still finds the root', () => {
    const a = analyzeBaseUrl(`https://api.moonshot.cn/anthropic${'\u200b'.repeat(MB)}`);
    const invisible = a.problems.find((p) => p.kind === 'invisible') as { chars: unknown[] };
    expect(invisible.chars).toHaveLength(32);
    expect(a.suggestedUrl).toBe('https://api.moonshot.cn/anthropic');
  });

  it('copies ordinary runs whole (a megabyte path is one wrong path, quickly)', () => {
    const started = performance.now();
    expect(kinds(`https://api.moonshot.cn/anthropic/${'p'.repeat(MB)}`)).toEqual(['wrong-path']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('analyzeBaseUrl: the printable-ASCII fast path', () => {
  it('finds no odd characters in printable ASCII, but still finds them just outside it', () => {
    expect(analyzeBaseUrl('https://api.moonshot.ai/anthropic').problems).toEqual([]);
    // DEL (0x7f) and a control character (0x1f) border the fast path's range; a no-break space (0xa0) lies above it.
    for (const odd of ['\u007f', '\u001f', '\u00a0']) {
      expect(analyzeBaseUrl(`https://api.moonshot.ai/anth${odd}ropic`).problems).toContainEqual(expect.objectContaining({ kind: 'invisible' }));
    }
    expect(analyzeBaseUrl('https://api.moonshot.ai/anth\uff52opic').problems).toContainEqual(expect.objectContaining({ kind: 'lookalike' }));
  });
});
