import { baseUrlCheck } from '../../checks/base-url';
import { render, renderAll, runCheck } from '../support/run-check';

const SETTINGS = '/home/user/.claude/settings.json';
const run = (value: string | undefined, extra: Parameters<typeof runCheck>[1] = {}) =>
  runCheck(baseUrlCheck, { env: value === undefined ? {} : { ANTHROPIC_BASE_URL: value }, ...extra });

describe('base-url', () => {
  it.each([
    ['the CN root', 'https://api.moonshot.cn/anthropic', ['base-url.ok'], 'cn', null],
    ["the guide's trailing slash (Claude Code drops one)", 'https://api.moonshot.cn/anthropic/', ['base-url.ok'], 'cn', null],
    ['the AI root', 'https://api.moonshot.ai/anthropic', ['base-url.ok'], 'ai', null],
    ['Kimi Code', 'https://api.kimi.com/coding/', ['base-url.ok'], 'kimi-code', null],
    ['surrounding quotes', '"https://api.moonshot.cn/anthropic"', ['base-url.quoted'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['smart quotes', '\u201chttps://api.moonshot.ai/anthropic\u201d', ['base-url.quoted'], 'ai', 'https://api.moonshot.ai/anthropic'],
    ['surrounding whitespace', ' https://api.moonshot.cn/anthropic\n', ['base-url.whitespace'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['full-width colon', 'https\uff1a//api.moonshot.cn/anthropic', ['base-url.lookalike'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['ideographic full stop', 'https://api\u3002moonshot.cn/anthropic', ['base-url.lookalike'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['zero-width space', 'https://api.moonshot.cn/\u200banthropic', ['base-url.invisible'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['non-breaking space', 'https://api.moonshot.cn/anthropic\u00a0', ['base-url.invisible'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['missing scheme', 'api.moonshot.ai/anthropic', ['base-url.no-scheme'], 'ai', 'https://api.moonshot.ai/anthropic'],
    ['http on Moonshot', 'http://api.moonshot.cn/anthropic', ['base-url.http'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['host typo', 'https://api.moonshot.cm/anthropic', ['base-url.host-typo'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['kimi host typo', 'https://api.kimi.co/coding/', ['base-url.host-typo'], 'kimi-code', 'https://api.kimi.com/coding/'],
    ['api.moonshot.com', 'https://api.moonshot.com/anthropic', ['base-url.moonshot-com'], null, null],
    ['the console host', 'https://platform.moonshot.cn/anthropic', ['base-url.console-host'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['the OpenAI /v1 path', 'https://api.moonshot.cn/v1', ['base-url.wrong-path'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['/anthropic/v1', 'https://api.moonshot.ai/anthropic/v1', ['base-url.wrong-path'], 'ai', 'https://api.moonshot.ai/anthropic'],
    ['/anthropic/v1/messages', 'https://api.moonshot.cn/anthropic/v1/messages', ['base-url.wrong-path'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['no /anthropic', 'https://api.moonshot.cn', ['base-url.wrong-path'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['/coding missing on api.kimi.com', 'https://api.kimi.com', ['base-url.wrong-path'], 'kimi-code', 'https://api.kimi.com/coding/'],
    ['double trailing slash', 'https://api.moonshot.cn/anthropic//', ['base-url.double-slash'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['a query', 'https://api.moonshot.cn/anthropic?region=cn', ['base-url.query'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['a fragment', 'https://api.moonshot.cn/anthropic#x', ['base-url.query'], 'cn', 'https://api.moonshot.cn/anthropic'],
    ['a local gateway', 'http://127.0.0.1:3456', ['base-url.gateway'], 'custom', null],
    ['a company gateway over http', 'http://llm.corp.example/anthropic', ['base-url.http', 'base-url.gateway'], 'custom', 'https://llm.corp.example/anthropic'],
    ['empty', '', ['base-url.empty'], null, null],
    ['not a URL at all', 'https://exa mple.com', ['base-url.unparseable'], null, null],
  ])('%s', async (_name, value, codes, region, suggestedUrl) => {
    const r = await run(value);
    expect(r.codes).toEqual(codes);
    expect(r.data).toMatchObject({ value, source: { kind: 'process-env' }, region, suggestedUrl });
  });

  it('fails when unset: Claude Code would go to api.anthropic.com, even with customApiUrl', async () => {
    const r = await run(undefined, { files: { '/home/user/.claude.json': '{"customApiUrl": "https://api.moonshot.cn/anthropic/"}' } });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'base-url.unset', severity: 'error' })]);
    expect(render(r.findings[0])).toContain('api.anthropic.com');
    expect(r.data).toEqual({ value: null, source: null, region: null, suggestedUrl: null });
  });

  it('is an error for Kimi hosts and only a warning for a gateway path', async () => {
    expect((await run('https://api.moonshot.cn/anthropic/v1')).findings[0].severity).toBe('error');
    const gateway = await run('https://llm.example.com/v1');
    expect(gateway.findings.map((f) => [f.code, f.severity])).toEqual([
      ['base-url.wrong-path', 'warning'],
      ['base-url.gateway', 'info'],
    ]);
  });

  it('says to edit the settings file when that is the source, not the shell', async () => {
    const r = await runCheck(baseUrlCheck, {
      env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' },
      files: { [SETTINGS]: JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/v1' } }) },
    });
    expect(r.data).toMatchObject({ source: { kind: 'settings', scope: 'user', path: SETTINGS } });
    const text = render(r.findings[0]);
    expect(text).toContain('Edit ~/.claude/settings.json');
    expect(text).not.toContain('export ANTHROPIC_BASE_URL');
    expect(render(r.findings[0], 'zh')).toContain('编辑 ~/.claude/settings.json');
  });

  it('gives shell commands for the shell in use, temporary and persistent', async () => {
    const r = await run('https://api.moonshot.cn/v1');
    expect(render(r.findings[0], 'en', 'zsh')).toContain(`export ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic`);
    expect(render(r.findings[0], 'en', 'zsh')).toContain('>> ~/.zshrc');
    expect(render(r.findings[0], 'en', 'powershell')).toContain(`[Environment]::SetEnvironmentVariable('ANTHROPIC_BASE_URL', 'https://api.moonshot.cn/anthropic', 'User')`);
    expect(render(r.findings[0], 'zh', 'cmd')).toContain('setx ANTHROPIC_BASE_URL "https://api.moonshot.cn/anthropic"');
  });

  it('names the odd character and its position without guessing', async () => {
    const r = await run('https\uff1a//api.moonshot.cn/anthropic');
    expect(render(r.findings[0])).toContain('U+FF1A at position 6 (should be ":")');
    expect(render(r.findings[0], 'zh')).toContain('第 6 个字符 U+FF1A');
  });

  it('renders every finding in both languages and all shells', async () => {
    for (const value of ['"x"', 'http://api.moonshot.cn/v1?x#y', 'api.moonshot.com', 'https://platform.moonshot.ai', '']) {
      const r = await run(value);
      expect(renderAll(r.findings).every((s) => s.length > 20)).toBe(true);
    }
  });
});
