// explain on what the real Claude Code printed (not on lines typed from the FACTS table): the noise it prints
// first (the unrecognised-model notice, its JSON log line) must not hide the error line.
import { explain } from '../../src/explain';
import { REAL_CLAUDE_OUTPUT } from '../fixtures/claude-code-2.1.332-output';

const opts = { lang: 'en' as const, shell: 'bash' as const, platform: 'linux', homeDir: '/home/mei' };

describe('explain on real Claude Code 2.1.332 output', () => {
  test.each(REAL_CLAUDE_OUTPUT.map((c) => [c.answer, c.expected, c.text]))('%s -> %s', (_answer, expected, text) => {
    const e = explain(text, opts);
    expect(e.recognised).toBe(true);
    expect(e.verdict).toBe(expected);
  });

  test('the rate-limit number survives the noise', () => {
    const rpm = REAL_CLAUDE_OUTPUT.find((c) => c.answer === 'rpm')!;
    expect(explain(rpm.text, opts).limit).toEqual({ kind: 'rpm', value: 3 });
  });
});
