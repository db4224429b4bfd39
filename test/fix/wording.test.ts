// The fix and setup wording: complete in both languages, and every sentence renders with the values it is given.
import { describeFix, fixRenderKit } from '../../src/fix';
import type { FixCode } from '../../src/fix';
import { fixFindings as en } from '../../src/i18n/en/fix';
import { fixFindings as zh } from '../../src/i18n/zh/fix';

const sampleValues = {
  file: '/home/mei/.claude.json',
  backup: '/home/mei/.claude.json.kimi-claude-backup-20261129T200000Z',
  from: 'https://api.moonshot.cn/v1',
  to: 'https://api.moonshot.cn/anthropic',
  suggestedUrl: 'https://api.moonshot.cn/anthropic',
  sourcePath: '/etc/claude-code/managed-settings.json',
  keyShown: 'sk-…cdef',
  detail: 'Unexpected token } at line 3 column 1',
  line: 3,
  column: 1,
  cause: 'trailing-comma',
  answer: '9',
  position: 4,
  region: 'cn',
  baseUrl: 'https://api.moonshot.cn/anthropic',
  model: 'kimi-k2-0905-preview',
  retired: '2026-05-25',
  live: ['kimi-k3', 'kimi-k2.6'],
  names: ['ANTHROPIC_MODEL'],
  values: ['kimi-latest'],
  slots: ['ANTHROPIC_DEFAULT_OPUS_MODEL', 'CLAUDE_CODE_SUBAGENT_MODEL'],
  needsRecharge: true,
  lowBalance: 'kimi-k2.6',
  settingsFile: '/home/mei/.claude/settings.json',
  claudeJson: '/home/mei/.claude.json',
  shell: 'bash',
  url: 'http//127.0.0.1',
  reason: 'no-tty',
  title: 'Endpoint (ANTHROPIC_BASE_URL)',
  before: 'fail',
  after: 'pass',
  name: 'ANTHROPIC_API_KEY',
  mode: 'confirm',
  length: 600,
  max: 512,
  min: 24,
  lines: 2,
  codePoint: 'U+FEFF',
};

describe('fix and setup wording', () => {
  it('has the same codes, and the same remediations, in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(en) as FixCode[]) {
      expect([code, Boolean(zh[code].remediation)]).toEqual([code, 'remediation' in en[code]]);
    }
  });

  it.each(['en', 'zh'] as const)('renders every entry in %s without a missing value', (lang) => {
    const kit = fixRenderKit({ lang, shell: 'bash', platform: 'linux', homeDir: '/home/mei' });
    for (const code of Object.keys(en) as FixCode[]) {
      const d = describeFix({ code, values: sampleValues }, kit);
      expect([code, d.message.length > 0]).toEqual([code, true]);
      expect([code, `${d.message} ${d.remediation ?? ''}`]).not.toEqual([code, expect.stringMatching(/undefined|NaN|\[object/)]);
      expect(`${d.message} ${d.remediation ?? ''}`).not.toContain('/home/mei/');
    }
  });
});
