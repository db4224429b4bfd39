import { modelCheck } from '../../checks/model';
import type { Env } from '../../src/core/types';
import type { FakeContextOptions } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const CN = 'https://api.moonshot.cn/anthropic';
const KIMI_CODE = 'https://api.kimi.com/coding/';
const SETTINGS = '/home/user/.claude/settings.json';
const run = (env: Env, extra: FakeContextOptions = {}) => runCheck(modelCheck, { env, ...extra });

describe('model', () => {
  it.each<[string, Env, FakeContextOptions, Array<[string, string]>]>([
    ['a Kimi model on CN', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6' }, {}, [['model.ok', 'info']]],
    ['nothing configured', { ANTHROPIC_BASE_URL: CN }, {}, [['model.unset', 'warning']]],
    ['a claude-* main model', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'claude-sonnet-4-5' }, {}, [['model.claude-on-kimi', 'error']]],
    [
      'a claude-* small/fast model',
      { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6', ANTHROPIC_SMALL_FAST_MODEL: 'claude-3-5-haiku-latest' },
      {},
      [['model.claude-on-kimi', 'error']],
    ],
    ['the haiku default as small/fast', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5' }, {}, [['model.claude-on-kimi', 'error']]],
    ["the guide's retired model", { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2-0711-preview' }, {}, [['model.retired', 'warning']]],
    ['an alias without its mapping', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'sonnet' }, {}, [['model.alias-unmapped', 'error']]],
    ['an alias with its mapping', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'opus', ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k2.6' }, {}, [['model.ok', 'info']]],
    ['--model beats ANTHROPIC_MODEL', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'claude-opus-4-8' }, { options: { model: 'kimi-k2.6' } }, [['model.ok', 'info']]],
    ['a claude-* --model', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6' }, { options: { model: 'claude-opus-4-8' } }, [['model.claude-on-kimi', 'error']]],
    ['the settings model key', { ANTHROPIC_BASE_URL: CN }, { files: { [SETTINGS]: JSON.stringify({ model: 'claude-sonnet-4-5' }) } }, [['model.claude-on-kimi', 'error']]],
    ['Kimi Code with its model', { ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_MODEL: 'kimi-for-coding' }, {}, [['model.ok', 'info']]],
    ['a model named like an Object property', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'constructor' }, {}, [['model.ok', 'info']]],
    ['a gateway decides', { ANTHROPIC_BASE_URL: 'http://127.0.0.1:3456', ANTHROPIC_MODEL: 'claude-sonnet-4-5' }, {}, [['model.gateway', 'info']]],
  ])('%s', async (_name, env, extra, expected) => {
    const r = await run(env, extra);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual(expected);
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]/);
  });

  it('is skipped without a usable endpoint', async () => {
    const r = await run({ ANTHROPIC_MODEL: 'claude-opus-4-8' });
    expect(r.skipped).toBe(true);
    expect(r.codes).toEqual(['model.no-endpoint']);
  });

  it('reports the main and small/fast models with their sources', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6' }, { files: { [SETTINGS]: JSON.stringify({ env: { ANTHROPIC_SMALL_FAST_MODEL: 'kimi-k2.6-mini' } }) } });
    expect(r.data).toEqual({
      region: 'cn',
      model: 'kimi-k2.6',
      source: { kind: 'process-env' },
      smallFastModel: 'kimi-k2.6-mini',
      smallFastSource: { kind: 'settings', scope: 'user', path: SETTINGS },
    });
  });

  it('gives the lines that set both models when nothing is configured', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: KIMI_CODE });
    const text = render(r.findings[0], 'en', 'bash');
    expect(text).toContain('export ANTHROPIC_MODEL=kimi-for-coding');
    expect(text).toContain('export ANTHROPIC_SMALL_FAST_MODEL=kimi-for-coding');
    expect(render(r.findings[0], 'zh', 'fish')).toContain('set -Ux ANTHROPIC_MODEL kimi-for-coding');
  });

  it('says to edit the settings file, or to change --model, where that is the source', async () => {
    const fromSettings = await run({ ANTHROPIC_BASE_URL: CN }, { files: { [SETTINGS]: JSON.stringify({ model: 'claude-sonnet-4-5' }) } });
    expect(render(fromSettings.findings[0])).toContain('Edit ~/.claude/settings.json and set "model": "kimi-k2.6"');
    const fromFlag = await run({ ANTHROPIC_BASE_URL: CN }, { options: { model: 'kimi-k2-0711-preview' } });
    expect(render(fromFlag.findings[0])).toContain('claude --model kimi-k2.6');
  });
});
