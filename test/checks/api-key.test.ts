import { apiKeyCheck } from '../../checks/api-key';
import type { Env } from '../../src/core/types';
import type { FakeContextOptions } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const CN = 'https://api.moonshot.cn/anthropic';
const KIMI_CODE = 'https://api.kimi.com/coding/';
const KEY = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';
const KIMI_KEY = 'sk-kimi-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5';
const ANT_KEY = 'sk-ant-api03-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5';
const QUIET = { CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' };
const SETTINGS = '/home/user/.claude/settings.json';

const run = (env: Env, extra: FakeContextOptions = {}) => runCheck(apiKeyCheck, { env, ...extra });

describe('api-key', () => {
  it.each<[string, Env, string[]]>([
    ['a token on CN', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KEY }, ['api-key.ok']],
    ['an API key with nonessential traffic off', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: KEY, ...QUIET }, ['api-key.ok']],
    ['a Kimi Code key on Kimi Code', { ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_AUTH_TOKEN: KIMI_KEY }, ['api-key.ok']],
    ['nothing', { ANTHROPIC_BASE_URL: CN }, ['api-key.none']],
    ['set but empty', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: '' }, ['api-key.empty', 'api-key.none']],
    ['both variables', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: KEY, ANTHROPIC_AUTH_TOKEN: KEY, ...QUIET }, ['api-key.both-set']],
    ["the guide's sk-xxxx placeholder", { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: 'sk-xxxxxxxxxxxxxxxx' }, ['api-key.placeholder']],
    ["the guide's 你的sk-...", { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: '你的sk-...' }, ['api-key.non-ascii', 'api-key.placeholder']],
    ['<your key>', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: '<your-key>' }, ['api-key.placeholder']],
    ['sk-...', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: 'sk-...' }, ['api-key.placeholder']],
    ['quotes kept in the value', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: `'${KEY}'` }, ['api-key.quoted']],
    ['outer whitespace and newline', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: ` ${KEY}\r\n` }, ['api-key.whitespace']],
    ['a line break inside', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KEY.slice(0, 25) + '\n' + KEY.slice(25) }, ['api-key.inner-whitespace']],
    ['a BOM at the start', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: '\ufeff' + KEY }, ['api-key.non-ascii', 'api-key.unknown-prefix']],
    ['a full-width character inside', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KEY.slice(0, 10) + '\uff41' + KEY.slice(11) }, ['api-key.non-ascii']],
    ['too short', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: 'sk-12345' }, ['api-key.too-short']],
    ['an Anthropic key on Moonshot', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: ANT_KEY }, ['api-key.anthropic-key-on-kimi']],
    ['a Kimi Code key on api.moonshot.cn', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KIMI_KEY }, ['api-key.kimi-code-key-on-platform']],
    ['a platform key on api.kimi.com', { ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_AUTH_TOKEN: KEY }, ['api-key.platform-key-on-kimi-code']],
    ['an unknown prefix', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: 'a'.repeat(40) }, ['api-key.unknown-prefix']],
    ['ANTHROPIC_API_KEY without the traffic switch', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: KEY }, ['api-key.sent-to-anthropic']],
    ['DISABLE_TELEMETRY alone does not help', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: KEY, DISABLE_TELEMETRY: '1' }, ['api-key.sent-to-anthropic']],
    ['a gateway takes any key shape', { ANTHROPIC_BASE_URL: 'http://127.0.0.1:3456', ANTHROPIC_AUTH_TOKEN: 'gateway-token-0123456789abcdef' }, ['api-key.ok']],
  ])('%s', async (_name, env, codes) => {
    expect((await run(env)).codes).toEqual(codes);
  });

  it('reports kind, source and a redacted key, never the key', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KEY });
    expect(r.data).toMatchObject({ source: { kind: 'process-env' }, redacted: 'sk-…5uV8', kind: 'moonshot' });
    expect(JSON.stringify({ findings: r.findings, data: r.data })).not.toContain(KEY);
    expect(r.ctx.secretsSeen).toContain(KEY);
  });

  it('says where a stray character is, without printing the key', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_AUTH_TOKEN: KEY.slice(0, 25) + ' ' + KEY.slice(25) });
    const text = render(r.findings[0]);
    expect(text).toContain('position 26');
    for (const t of renderAll(r.findings)) expect(t).not.toContain(KEY.slice(0, 25));
  });

  it('says what Claude Code does with a quoted or odd key, in both languages', async () => {
    const said = async (env: Env) => {
      const f = (await run({ ANTHROPIC_BASE_URL: CN, ...QUIET, ...env })).findings.find((x) => x.code === 'api-key.quoted' || x.code === 'api-key.non-ascii')!;
      return [f.values!.claudeCode, render(f), render(f, 'zh')];
    };
    const [sends, en1, zh1] = await said({ ANTHROPIC_AUTH_TOKEN: `'${KEY}'` });
    expect([sends, en1, zh1]).toEqual(['sends', expect.stringContaining('Moonshot answers 401'), expect.stringContaining('Moonshot 返回 401')]);
    const [refuses, en2, zh2] = await said({ ANTHROPIC_API_KEY: `\u201c${KEY}\u201d` });
    expect(refuses).toBe('refuses');
    for (const t of [en2, zh2]) expect(t).toContain('"Invalid API key · Fix external API key"');
    const [fails, en3, zh3] = await said({ ANTHROPIC_AUTH_TOKEN: `${KEY.slice(0, 9)}\u0007${KEY.slice(9)}` });
    expect(fails).toBe('fails');
    for (const t of [en3, zh3]) expect(t).toContain('"API Error: 400 status code (no body)"');
    for (const t of [en1, zh1, en2, zh2, en3, zh3]) expect(t).not.toContain(KEY.slice(3, 11));
  });

  it('marks a placeholder as kind "placeholder" and fails', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: 'sk-xxxxxxxxxxxxxxxx', ...QUIET });
    expect(r.data).toMatchObject({ kind: 'placeholder' });
    expect(r.findings[0].severity).toBe('error');
    expect(render(r.findings[0])).toContain('<your Kimi API key>');
    expect(render(r.findings[0], 'zh')).toContain('<你的 Kimi API Key>');
  });

  it('offers both remedies for the key leak: the traffic switch or AUTH_TOKEN', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_API_KEY: KEY, DISABLE_TELEMETRY: '1' });
    const text = render(r.findings[0], 'en', 'bash');
    expect(text).toContain('export CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1');
    expect(text).toContain("export ANTHROPIC_AUTH_TOKEN='<your Kimi API key>'");
    expect(text).toContain('DISABLE_TELEMETRY=1 does not stop this');
    expect(text).not.toContain(KEY);
  });

  it('reads the key from a settings file, says to edit it, and warns when others can read it', async () => {
    const r = await run(
      { ANTHROPIC_BASE_URL: CN },
      { files: { [SETTINGS]: { kind: 'file', content: JSON.stringify({ env: { ANTHROPIC_AUTH_TOKEN: 'sk-xxxxxxxx' } }), mode: 0o644 } } },
    );
    expect(r.codes).toEqual(['api-key.placeholder', 'api-key.settings-readable']);
    expect(render(r.findings[0])).toContain('Edit ~/.claude/settings.json');
  });

  it('says to edit the settings file that sets the endpoint when the key fits another one', async () => {
    const r = await run({ ANTHROPIC_AUTH_TOKEN: KIMI_KEY }, { files: { [SETTINGS]: JSON.stringify({ env: { ANTHROPIC_BASE_URL: CN } }) } });
    expect(r.codes).toEqual(['api-key.kimi-code-key-on-platform']);
    expect(render(r.findings[0])).toContain('"env": { "ANTHROPIC_BASE_URL": "https://api.kimi.com/coding/" }');
  });

  it('checks that the apiKeyHelper command exists', async () => {
    const helper = (cmd: string, files: FakeContextOptions['files'] = {}) =>
      run({ ANTHROPIC_BASE_URL: CN, PATH: '/usr/bin:/home/user/bin' }, { files: { [SETTINGS]: JSON.stringify({ apiKeyHelper: cmd }), ...files } });
    expect((await helper('kimi-key --raw')).codes).toEqual(['api-key.helper-missing']);
    expect((await helper('kimi-key --raw', { '/home/user/bin/kimi-key': { kind: 'file', content: '#!/bin/sh', executable: true } })).codes).toEqual(['api-key.helper']);
    expect((await helper('~/bin/get-key.sh', { '/home/user/bin/get-key.sh': { kind: 'file', content: '#!/bin/sh', mode: 0o644 } })).codes).toEqual(['api-key.helper-missing']);
  });

  it('renders every finding in both languages and all shells', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_API_KEY: ` '${KEY.slice(0, 20)}\u200b'`, ANTHROPIC_AUTH_TOKEN: ANT_KEY });
    expect(r.findings.length).toBeGreaterThan(4);
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]/);
  });
});
