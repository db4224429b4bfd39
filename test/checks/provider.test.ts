import { providerCheck } from '../../checks/provider';
import type { Env } from '../../src/core/types';
import type { FakeContextOptions } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const CN = 'https://api.moonshot.cn/anthropic';
const KIMI_CODE = 'https://api.kimi.com/coding/';
const USER = '/home/user/.claude/settings.json';
const PROJECT = '/work/project/.claude/settings.json';
const run = (env: Env, extra: FakeContextOptions = {}) => runCheck(providerCheck, { cwd: '/work/project', env, ...extra });

describe('provider', () => {
  it.each<[string, Env, Record<string, string>, string[]]>([
    ['nothing set', { ANTHROPIC_BASE_URL: CN }, {}, ['provider.ok']],
    ['Bedrock in the shell', { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_BEDROCK: '1' }, {}, ['provider.third-party']],
    ['Vertex as "true"', { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_VERTEX: 'true' }, {}, ['provider.third-party']],
    ['Foundry in a settings env block', { ANTHROPIC_BASE_URL: CN }, { [USER]: JSON.stringify({ env: { CLAUDE_CODE_USE_FOUNDRY: 'yes' } }) }, ['provider.third-party']],
    ...['0', 'false', 'no', 'off', '', ' FALSE '].map((value): [string, Env, Record<string, string>, string[]] => [`Bedrock set to ${JSON.stringify(value)} is off`, { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_BEDROCK: value }, {}, ['provider.ok']]),
    ['settings "0" beats the shell "1"', { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_BEDROCK: '1' }, { [USER]: JSON.stringify({ env: { CLAUDE_CODE_USE_BEDROCK: '0' } }) }, ['provider.ok']],
    ['beside a gateway too', { ANTHROPIC_BASE_URL: 'http://127.0.0.1:3456', CLAUDE_CODE_USE_BEDROCK: '1' }, {}, ['provider.third-party']],
    ['tool search on, on a Kimi host', { ANTHROPIC_BASE_URL: CN, ENABLE_TOOL_SEARCH: 'true' }, {}, ['provider.tool-search']],
    ['tool search on, on Kimi Code', { ANTHROPIC_BASE_URL: KIMI_CODE, ENABLE_TOOL_SEARCH: '1' }, {}, ['provider.tool-search']],
    ['tool search as the guides set it', { ANTHROPIC_BASE_URL: CN, ENABLE_TOOL_SEARCH: 'false' }, {}, ['provider.ok']],
    ['tool search on, behind a gateway', { ANTHROPIC_BASE_URL: 'http://127.0.0.1:3456', ENABLE_TOOL_SEARCH: 'true' }, {}, ['provider.ok']],
    ['both', { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_VERTEX: '1', ENABLE_TOOL_SEARCH: 'true' }, {}, ['provider.third-party', 'provider.tool-search']],
  ])('%s', async (_name, env, files, codes) => {
    const r = await run(env, { files });
    expect(r.codes).toEqual(codes);
    const severities = r.findings.map((f) => f.severity);
    for (const [code, severity] of [['provider.third-party', 'error'], ['provider.tool-search', 'warning'], ['provider.ok', 'info']]) {
      if (codes.includes(code)) expect(severities[codes.indexOf(code)]).toBe(severity);
    }
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]/);
  });

  it('is skipped without a base URL', async () => {
    const r = await run({ CLAUDE_CODE_USE_BEDROCK: '1' });
    expect(r.skipped).toBe(true);
    expect(r.codes).toEqual(['provider.no-endpoint']);
  });

  it('gives the one-line fix for the shell', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_BEDROCK: '1' });
    const text = render(r.findings[0]);
    expect(text).toContain('CLAUDE_CODE_USE_BEDROCK=1 (in the shell environment) switches Claude Code to Amazon Bedrock');
    expect(text).toContain('"API Error: Could not load AWS credentials"');
    expect(text).toContain('unset CLAUDE_CODE_USE_BEDROCK');
    expect(render(r.findings[0], 'zh', 'powershell')).toContain('Remove-Item Env:CLAUDE_CODE_USE_BEDROCK');
    expect(r.data).toEqual({ region: 'cn', thirdPartyProviders: ['CLAUDE_CODE_USE_BEDROCK'], toolSearch: null });
  });

  it('names every settings file that switches it on, the winning one first', async () => {
    const r = await run(
      { ANTHROPIC_BASE_URL: CN, CLAUDE_CODE_USE_VERTEX: '0' },
      { files: { [PROJECT]: JSON.stringify({ env: { CLAUDE_CODE_USE_VERTEX: '1' } }), [USER]: JSON.stringify({ env: { CLAUDE_CODE_USE_VERTEX: 'true' } }) } },
    );
    const text = render(r.findings[0]);
    expect(text).toContain('Google Vertex AI');
    expect(text).not.toContain('AWS credentials');
    expect(text).toContain(`Delete "CLAUDE_CODE_USE_VERTEX" from the "env" block of ${PROJECT}.\nDelete "CLAUDE_CODE_USE_VERTEX" from the "env" block of ~/.claude/settings.json.`);
    expect(render(r.findings[0], 'zh')).toContain(`从 ${PROJECT} 的 "env" 中删除 "CLAUDE_CODE_USE_VERTEX"。`);
  });

  it('sets ENABLE_TOOL_SEARCH back to false where it is set', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN }, { files: { [USER]: JSON.stringify({ env: { ENABLE_TOOL_SEARCH: 'true' } }) } });
    const text = render(r.findings[0]);
    expect(text).toContain('Both Kimi guides set it to false');
    expect(text).toContain('"env": { "ENABLE_TOOL_SEARCH": "false" }');
    expect(render(r.findings[0], 'zh')).toContain('两份 Kimi 教程都把它设为 false');
  });
});
