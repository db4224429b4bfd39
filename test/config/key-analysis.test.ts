import { analyzeKey } from '../../src/config/key-analysis';

const REAL = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';
const KIMI = 'sk-kimi-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5';
const ANT = 'sk-ant-api03-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5';

describe('analyzeKey', () => {
  it.each([
    [REAL, 'cn', 'moonshot', []],
    [KIMI, 'kimi-code', 'kimi-code', []],
    [ANT, 'cn', 'anthropic', ['anthropic-key-on-kimi']],
    [KIMI, 'ai', 'kimi-code', ['kimi-code-key-on-platform']],
    [REAL, 'kimi-code', 'moonshot', ['platform-key-on-kimi-code']],
    [ANT, 'custom', 'anthropic', []],
    ['sk-xxxxxxxxxxxxxxxx', 'cn', 'placeholder', ['placeholder']],
    ['你的sk-...', 'cn', 'placeholder', ['non-ascii', 'non-ascii', 'placeholder']],
    ['<your key>', 'cn', 'placeholder', ['inner-whitespace', 'placeholder']],
    ['sk-...', 'cn', 'placeholder', ['placeholder']],
    ['YOUR_API_KEY', 'cn', 'placeholder', ['placeholder']],
    [`"${REAL}"`, 'cn', 'moonshot', ['quoted']],
    [` ${REAL}\n`, 'cn', 'moonshot', ['outer-whitespace']],
    [REAL.slice(0, 20) + '\n' + REAL.slice(20), 'cn', 'moonshot', ['inner-whitespace']],
    ['\ufeff' + REAL, 'cn', 'unknown', ['non-ascii', 'unknown-prefix']],
    [REAL.slice(0, 30) + '\u200b' + REAL.slice(30), 'cn', 'moonshot', ['non-ascii']],
    [REAL.slice(0, 10) + '\u0001' + REAL.slice(10), 'cn', 'moonshot', ['non-ascii']], // a control character: no header may carry it
    [REAL + '\u001b[0m', 'cn', 'moonshot', ['non-ascii']],
    ['sk-abc123', 'cn', 'moonshot', ['too-short']],
    ['abcdefghijklmnopqrstuvwxyz0123456789', 'cn', 'unknown', ['unknown-prefix']],
    ['', 'cn', 'placeholder', ['empty']],
  ])('%j on %s → %s %j', (key, region, kind, problems) => {
    const a = analyzeKey(key, region as never);
    expect(a.kind).toBe(kind);
    expect(a.problems.map((p) => p.kind)).toEqual(problems);
  });

  it('reports positions, not the key', () => {
    const a = analyzeKey(REAL.slice(0, 20) + ' ' + REAL.slice(20), 'cn');
    expect(a.problems).toEqual([{ kind: 'inner-whitespace', position: 21, lineBreak: false }]);
    expect(JSON.stringify(a)).not.toContain(REAL.slice(5, 25));
  });

  it('labels a BOM at the start', () => {
    expect(analyzeKey('\ufeff' + REAL, 'cn').problems[0]).toEqual({ kind: 'non-ascii', position: 1, codePoint: 'U+FEFF', what: 'bom' });
  });

  it('labels a control character as invisible', () => {
    expect(analyzeKey(REAL.slice(0, 10) + '\u0007' + REAL.slice(10), 'cn').problems[0]).toEqual({ kind: 'non-ascii', position: 11, codePoint: 'U+0007', what: 'invisible' });
  });

  it('redacts to prefix and last four', () => {
    expect(analyzeKey(REAL, 'cn').redacted).toBe('sk-…5uV8');
  });
});
