// Issue 11, items 1 and 13: explain names the model from the paste, calls a retired one retired, suggests a live
// one from the model table (never the one that failed), and its key placeholder is `<your key>`, not 'sk-…'.
// End to end on the built binary (`node scripts/build.js` first), in human, zh and JSON.
import { LIVE_MODELS, liveModelsLike, modelInstead, RETIRED_MODELS } from '../../src/config/models';
import { modelInMessage } from '../../src/explain/explain';
import { makeHome, runCli } from '../support/cli';

const home = makeHome();
const env = { HOME: home.home, PATH: home.path, LANG: 'en_US.UTF-8', SHELL: '/bin/bash' };
const BODY_404 = 'API Error: 404 {"error":{"message":"Not found the model kimi-k2-turbo-preview or Permission denied","type":"resource_not_found_error"}}';
const SELECTED = "There's an issue with the selected model (kimi-k2-turbo-preview). It may not exist or you may not have access to it. Run /model to pick a different model.";
const live = new Set(LIVE_MODELS.map((m) => m.name));

const json = (args: string[], lang = 'en') => {
  const r = runCli(['explain', '--format', 'json', '--lang', lang, '--shell', 'bash', ...args], { env });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { verdict: string; cause: string; remediation: string };
};
const exported = (remediation: string) => [...remediation.matchAll(/^\s*export ANTHROPIC_MODEL=(\S+)$/gm)].map((m) => m[1]);

describe.each(['en', 'zh'])('explain on a 404 (%s)', (lang) => {
  test.each([
    ['the API error body', BODY_404],
    ['the selected-model line', SELECTED],
  ])('%s: the cause names the model and says it is retired; the fix names a live model', (_what, paste) => {
    const out = json([paste], lang);
    expect(out.verdict).toBe('model-not-found');
    expect(out.cause).toContain('"kimi-k2-turbo-preview"');
    expect(out.cause).not.toContain('undefined');
    expect(out.cause).toContain('2026-05-25');
    const models = exported(out.remediation);
    expect(models.length).toBeGreaterThan(0);
    for (const m of models) {
      expect(m).not.toBe('kimi-k2-turbo-preview');
      expect(live.has(m)).toBe(true);
    }
  });
});

test('human output: the model from the error body, never "undefined"', () => {
  const r = runCli(['explain', '--shell', 'bash', BODY_404], { env });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('the model "kimi-k2-turbo-preview" is not available');
  expect(r.stdout).not.toContain('undefined');
  expect(r.stdout).not.toMatch(/ANTHROPIC_MODEL=kimi-k2-turbo-preview/);
});

test('a 404 on kimi-k3 (no recharge) suggests the low-balance model, not kimi-k3 again', () => {
  const out = json(["There's an issue with the selected model (kimi-k3). It may not exist or you may not have access to it."]);
  expect(exported(out.remediation)).toEqual(['kimi-k2.6']);
  expect(out.cause).toContain('recharged');
});

test('a 404 body without a model name says "the model", never "undefined"', () => {
  for (const lang of ['en', 'zh']) {
    const out = json(['API Error: 404 {"error":{"message":"model not found","type":"resource_not_found_error"}}'], lang);
    expect(out.verdict).toBe('model-not-found');
    expect(out.cause).not.toContain('undefined');
    expect(out.cause).not.toContain('null');
  }
});

describe('item 13: the key placeholder in explain is <your key>', () => {
  test.each([
    ['auth', 'API Error: 401 {"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}'],
    ['not-logged-in', 'Not logged in · Please run /login'],
  ])('%s', (verdict, paste) => {
    for (const lang of ['en', 'zh']) {
      const out = json([paste], lang);
      expect(out.verdict).toBe(verdict);
      expect(out.remediation).not.toContain('sk-…');
      expect(out.remediation).toMatch(/ANTHROPIC_AUTH_TOKEN='<(?:your key|你的密钥)>'/);
    }
  });
});

describe('the model table gives the suggestions', () => {
  test('modelInstead: always a live row, never the failed name', () => {
    const names = [...RETIRED_MODELS.map((r) => (r.match === 'prefix' ? `${r.name}8k` : r.name)), ...LIVE_MODELS.map((m) => m.name), 'claude-sonnet-4-5', 'nonsense', ''];
    for (const n of names) {
      const i = modelInstead(n);
      if (n === 'kimi-for-coding') {
        expect(i).toBeNull();
        continue;
      }
      expect(i).not.toBeNull();
      expect(live.has(i!.model)).toBe(true);
      expect(i!.model).not.toBe(n);
      if (i!.lowBalance) expect(live.has(i!.lowBalance)).toBe(true);
    }
  });

  test('liveModelsLike: live names only, the closest first (setup --model "kimi k2")', () => {
    const s = liveModelsLike('kimi k2', 'platform');
    expect(s[0]).toBe('kimi-k2.6');
    expect(new Set(s)).toEqual(new Set(LIVE_MODELS.filter((m) => m.service === 'platform').map((m) => m.name)));
  });

  test('modelInMessage reads the usual 404 wordings', () => {
    expect(modelInMessage('Not found the model kimi-k2.6 or Permission denied')).toBe('kimi-k2.6');
    expect(modelInMessage('The model `kimi-k2-0905-preview` does not exist')).toBe('kimi-k2-0905-preview');
    expect(modelInMessage('model kimi-latest not found')).toBe('kimi-latest');
    expect(modelInMessage('model not found')).toBeNull();
  });
});

test('item 2: setup --model "kimi k2" offers live models only, the closest first (human and zh)', () => {
  for (const lang of ['en', 'zh']) {
    const h = makeHome();
    const r = runCli(['setup', '--region', 'cn', '--model', 'kimi k2', '--lang', lang], { env: { ...env, HOME: h.home, PATH: h.path } });
    expect(r.status).toBe(2);
    const out = r.stdout + r.stderr;
    for (const retired of RETIRED_MODELS) expect(out).not.toContain(retired.name);
    const offered = (out.match(/kimi-k[\w.-]+/g) ?? []).map((m) => m.replace(/\.+$/, ''));
    expect(offered[0]).toBe('kimi-k2.6');
    for (const m of offered) expect(live.has(m)).toBe(true);
  }
});
