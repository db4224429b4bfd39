import { modelCheck } from '../../checks/model';
import { RETIRED_MODELS } from '../../src/config/models';
import type { Env } from '../../src/core/types';
import type { FakeContextOptions } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const CN = 'https://api.moonshot.cn/anthropic';
const AI = 'https://api.moonshot.ai/anthropic';
const KIMI_CODE = 'https://api.kimi.com/coding/';
const SETTINGS = '/home/user/.claude/settings.json';
const run = (env: Env, extra: FakeContextOptions = {}) => runCheck(modelCheck, { env, ...extra });
const settings = (json: object): FakeContextOptions => ({ files: { [SETTINGS]: JSON.stringify(json) } });

/** Moonshot's current guide: the three alias slots and the subagent slot, no ANTHROPIC_MODEL. */
const GUIDE = {
  ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3',
  ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3',
  ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3',
  CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3',
};

type Row = [string, Env, FakeContextOptions, Array<[string, string]>, Record<string, unknown>];

describe('model', () => {
  it.each<Row>([
    ["Moonshot's guide (no ANTHROPIC_MODEL)", { ANTHROPIC_BASE_URL: CN, ...GUIDE }, {}, [['model.ok', 'info']], { model: 'kimi-k3', smallFastModel: 'kimi-k3', subagentModel: 'kimi-k3' }],
    ["the guide in a settings file, on .ai", { ANTHROPIC_BASE_URL: AI }, settings({ env: GUIDE }), [['model.ok', 'info']], { model: 'kimi-k3' }],
    ['kimi-k3[1m]: Claude Code strips [1m]', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3[1m]' }, {}, [['model.ok', 'info']], { model: 'kimi-k3', smallFastModel: 'kimi-k3' }],
    ['an alias with its slot', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'opus', ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k2.6' }, {}, [['model.ok', 'info']], { model: 'kimi-k2.6' }],
    ['an alias without its slot', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'sonnet' }, {}, [['model.alias-unmapped', 'error']], { model: 'claude-sonnet-5-5' }],
    ['"best" goes through the opus slot', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'best', ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3' }, {}, [['model.ok', 'info']], { model: 'kimi-k3' }],
    ['the settings "model" key', { ANTHROPIC_BASE_URL: CN }, settings({ model: 'kimi-k3' }), [['model.ok', 'info']], { model: 'kimi-k3' }],
    ['a claude name in the settings "model" key', { ANTHROPIC_BASE_URL: CN }, settings({ model: 'claude-sonnet-4-5' }), [['model.claude-on-kimi', 'error']], { model: 'claude-sonnet-4-5' }],
    ['ANTHROPIC_MODEL beats the settings "model" key', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3' }, settings({ model: 'claude-sonnet-4-5' }), [['model.ok', 'info']], { model: 'kimi-k3' }],
    ['nothing set: the built-in claude-opus-5-5', { ANTHROPIC_BASE_URL: CN }, {}, [['model.unset', 'error']], { model: 'claude-opus-5-5', smallFastModel: 'claude-opus-5-5', slots: [] }],
    ['DEFAULT_SONNET alone does not change the main model', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3' }, {}, [['model.unset', 'error']], { model: 'claude-opus-5-5' }],
    ['haiku and subagent on Kimi, the main model built in', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3', CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3' }, {}, [['model.default-claude', 'error']], { model: 'claude-opus-5-5', smallFastModel: 'kimi-k3' }],
    ['a claude name in DEFAULT_HAIKU', { ANTHROPIC_BASE_URL: CN, ...GUIDE, ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5' }, {}, [['model.claude-on-kimi', 'error']], { smallFastModel: 'claude-haiku-4-5' }],
    ['a claude name in the subagent slot', { ANTHROPIC_BASE_URL: CN, ...GUIDE, CLAUDE_CODE_SUBAGENT_MODEL: 'claude-sonnet-4-5' }, {}, [['model.claude-on-kimi', 'error']], { subagentModel: 'claude-sonnet-4-5' }],
    ['a claude main model', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'claude-sonnet-4-5' }, {}, [['model.claude-on-kimi', 'error']], {}],
    ['a claude name in a slot no role uses', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_SONNET_MODEL: 'claude-sonnet-4-5' }, {}, [['model.ok', 'info']], {}],
    ['--model beats ANTHROPIC_MODEL', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'claude-opus-4-8' }, { options: { model: 'kimi-k2.6' } }, [['model.ok', 'info']], { model: 'kimi-k2.6' }],
    ['a claude --model', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k2.6' }, { options: { model: 'claude-opus-4-8' } }, [['model.claude-on-kimi', 'error']], {}],
    ['SMALL_FAST: deprecated, still works', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3', ANTHROPIC_SMALL_FAST_MODEL: 'kimi-k2.6' }, {}, [['model.ok', 'info'], ['model.small-fast-deprecated', 'info']], { smallFastModel: 'kimi-k2.6' }],
    ['SMALL_FAST with a claude name', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3', ANTHROPIC_SMALL_FAST_MODEL: 'claude-3-5-haiku-latest' }, {}, [['model.claude-on-kimi', 'error'], ['model.small-fast-deprecated', 'info']], {}],
    ['Kimi Code with its model', { ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_MODEL: 'kimi-for-coding' }, {}, [['model.ok', 'info']], {}],
    ['a model named like an Object property', { ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'constructor' }, {}, [['model.ok', 'info']], {}],
    ['a gateway decides', { ANTHROPIC_BASE_URL: 'http://127.0.0.1:3456', ANTHROPIC_MODEL: 'claude-sonnet-4-5' }, {}, [['model.gateway', 'info']], {}],
  ])('%s', async (_name, env, extra, expected, data) => {
    const r = await run(env, extra);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual(expected);
    expect(r.data).toMatchObject(data);
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]|(?<!\$)\bnull\b/);
  });

  it.each<[string, string]>([
    ...RETIRED_MODELS.filter((m) => m.match === 'exact').map((m): [string, string] => [m.name, m.retired]),
    ['moonshot-v1-8k', '2026-08-31'],
    ['moonshot-v1-128k-vision-preview', '2026-08-31'],
    ['kimi-k2.5[1m]', '2026-08-31'],
  ])('warns about the retired %s with its date and replacement', async (model, date) => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: model });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['model.retired', 'warning']]);
    expect(r.findings[0].values).toMatchObject({ model, setBy: 'ANTHROPIC_MODEL', retired: date, replacement: 'kimi-k3' });
    const text = render(r.findings[0]);
    expect(text).toContain(`retired by Moonshot on ${date}`);
    expect(text).toContain('export ANTHROPIC_MODEL=kimi-k3');
    expect(text).toContain('on a low balance use kimi-k2.6');
    expect(render(r.findings[0], 'zh')).toContain(`已于 ${date} 被 Moonshot 下线`);
  });

  it('warns about a retired name in any slot, used or not', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ...GUIDE, ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k2-turbo-preview' }, settings({ model: 'kimi-latest' }));
    expect(r.findings.map((f) => [f.code, f.values?.setBy])).toEqual([
      ['model.retired', 'model'],
      ['model.retired', 'ANTHROPIC_DEFAULT_SONNET_MODEL'],
    ]);
    expect(render(r.findings[0])).toContain('Edit ~/.claude/settings.json and set "model": "kimi-k3"');
  });

  it('is skipped without a usable endpoint', async () => {
    const r = await run({ ANTHROPIC_MODEL: 'claude-opus-4-8' });
    expect(r.skipped).toBe(true);
    expect(r.codes).toEqual(['model.no-endpoint']);
  });

  it('reports every role, its source and every slot that holds a value', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_MODEL: 'kimi-k3' }, settings({ env: { ANTHROPIC_SMALL_FAST_MODEL: 'kimi-k2.6' } }));
    const user = { kind: 'settings', scope: 'user', path: SETTINGS };
    expect(r.data).toEqual({
      region: 'cn',
      model: 'kimi-k3',
      source: { kind: 'process-env' },
      smallFastModel: 'kimi-k2.6',
      smallFastSource: user,
      subagentModel: 'kimi-k3',
      slots: [
        { slot: 'ANTHROPIC_MODEL', value: 'kimi-k3', source: { kind: 'process-env' } },
        { slot: 'ANTHROPIC_SMALL_FAST_MODEL', value: 'kimi-k2.6', source: user },
      ],
    });
    expect(render(r.findings[1])).toContain(`Delete "ANTHROPIC_SMALL_FAST_MODEL" from the "env" block of ~/.claude/settings.json.`);
  });

  it("passes Moonshot's guide and says what each role sends, and that kimi-k3 needs a recharge", async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ...GUIDE });
    const text = render(r.findings[0]);
    expect(text).toContain('Claude Code sends kimi-k3 as the main model (its default alias opus through ANTHROPIC_DEFAULT_OPUS_MODEL in the shell environment)');
    expect(text).toContain('kimi-k3 needs a recharged balance');
    expect(text).toContain('kimi-k2.6 is the model for a low balance');
    expect(render(r.findings[0], 'zh')).toContain('需要账户已充值');
  });

  it("gives the guide's slots when nothing is configured, in the shell or in the file that holds the base URL", async () => {
    const shell = await run({ ANTHROPIC_BASE_URL: CN });
    const text = render(shell.findings[0]);
    expect(text).toContain('Claude Code sends its built-in claude-opus-5-5 (its default alias opus[1m], because ANTHROPIC_DEFAULT_OPUS_MODEL is not set)');
    for (const slot of Object.keys(GUIDE)) expect(text).toContain(`export ${slot}=kimi-k3`);
    expect(text).not.toContain('ANTHROPIC_MODEL=');
    expect(text).toContain('on a low balance use kimi-k2.6');
    expect(render(shell.findings[0], 'zh', 'fish')).toContain('set -Ux ANTHROPIC_DEFAULT_OPUS_MODEL kimi-k3');

    const file = await run({}, settings({ env: { ANTHROPIC_BASE_URL: KIMI_CODE } }));
    const inFile = render(file.findings[0]);
    expect(inFile).toContain('in the "env" block of ~/.claude/settings.json');
    expect(inFile).toContain('"CLAUDE_CODE_SUBAGENT_MODEL": "kimi-for-coding",');
    expect(inFile).not.toContain('low balance');
  });

  it('names a set slot that no role uses', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3' });
    expect(render(r.findings[0])).toContain('ANTHROPIC_DEFAULT_SONNET_MODEL is set, but no role Claude Code uses goes through it.');
  });

  it('merges roles that share one claude name, and names the alias slot that holds it', async () => {
    const r = await run({ ANTHROPIC_BASE_URL: CN, ANTHROPIC_DEFAULT_OPUS_MODEL: 'claude-opus-4-8' });
    expect(r.findings.map((f) => f.code)).toEqual(['model.claude-on-kimi']);
    expect(r.findings[0].values).toMatchObject({ roles: ['main', 'small-fast', 'subagent'], setBy: 'ANTHROPIC_DEFAULT_OPUS_MODEL' });
    expect(render(r.findings[0])).toContain('The main model, background tasks (the small/fast model) and subagents use claude-opus-4-8');
  });

  it('says to edit the settings file, or to change --model, where that is the source', async () => {
    const fromSettings = await run({ ANTHROPIC_BASE_URL: CN }, settings({ model: 'claude-sonnet-4-5' }));
    expect(render(fromSettings.findings[0])).toContain('Edit ~/.claude/settings.json and set "model": "kimi-k3"');
    const fromFlag = await run({ ANTHROPIC_BASE_URL: CN }, { options: { model: 'kimi-k2-0711-preview' } });
    expect(fromFlag.findings.map((f) => f.code)).toEqual(['model.retired']);
    expect(render(fromFlag.findings[0])).toContain('claude --model kimi-k3');
    const kimiCode = await run({ ANTHROPIC_BASE_URL: KIMI_CODE, ANTHROPIC_MODEL: 'claude-opus-4-8' });
    expect(render(kimiCode.findings[0])).toContain('export ANTHROPIC_MODEL=kimi-for-coding');
  });
});
