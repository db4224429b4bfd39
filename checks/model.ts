// The model names Claude Code will ask a Kimi endpoint for: its claude-* defaults never exist there.
import { defineCheck, error, info, skipped, warning } from '../src/core/define-check';
import type { Finding } from '../src/core/types';
import { analyzeBaseUrl } from '../src/config/base-url-analysis';
import { asciiTrim } from '../src/config/key-analysis';
import { resolveConfig } from '../src/config/resolve';
import { retiredModel } from '../src/config/retired-models';
import type { ConfigSource, EffectiveConfig } from '../src/config/types';

/** `--model` is not a config file; it gets its own kind of source. */
export type ModelSource = ConfigSource | { kind: 'cli-option' } | { kind: 'default' };

interface ModelChoice {
  model: string;
  source: ModelSource;
  /** The variable or key that set it, for remediation. */
  setBy: string;
}

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['haiku', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'],
  ['sonnet', 'ANTHROPIC_DEFAULT_SONNET_MODEL'],
  ['opus', 'ANTHROPIC_DEFAULT_OPUS_MODEL'],
]);

export const modelCheck = defineCheck({
  id: 'model',
  title: 'Model names',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const baseUrl = config.get('ANTHROPIC_BASE_URL');
    const region = baseUrl ? analyzeBaseUrl(baseUrl.value).region : null;
    if (region === null) return skipped('model.no-endpoint');

    const main = mainModel(config, ctx.options.model);
    const smallFast = fromVar(config, 'ANTHROPIC_SMALL_FAST_MODEL') ?? fromVar(config, 'ANTHROPIC_DEFAULT_HAIKU_MODEL') ?? main;
    const data = {
      region,
      model: main?.model ?? null,
      source: main?.source ?? null,
      smallFastModel: smallFast?.model ?? null,
      smallFastSource: smallFast?.source ?? null,
    };
    if (region === 'custom') return { findings: [info('model.gateway', { model: main?.model ?? null, smallFast: smallFast?.model ?? null })], data };

    const findings: Finding[] = [];
    if (!main) findings.push(warning('model.unset', { region }));
    for (const [role, choice] of [['main', main], ['small-fast', smallFast === main ? undefined : smallFast]] as const) {
      if (!choice) continue;
      const alias = ALIASES.get(choice.model.toLowerCase());
      if (alias) {
        const mapped = fromVar(config, alias);
        if (!mapped) findings.push(error('model.alias-unmapped', { role, alias: choice.model, envName: alias, source: choice.source, setBy: choice.setBy, region }));
        else findings.push(...nameFindings(role, mapped, region));
        continue;
      }
      findings.push(...nameFindings(role, choice, region));
    }
    if (findings.length === 0) findings.push(info('model.ok', { model: main!.model, source: main!.source, smallFast: smallFast!.model }));
    return { findings, data };
  },
});

function nameFindings(role: 'main' | 'small-fast', choice: ModelChoice, region: string): Finding[] {
  const values = { role, model: choice.model, source: choice.source, setBy: choice.setBy, region };
  if (/^claude-/i.test(choice.model.trim())) return [error('model.claude-on-kimi', values)];
  const retired = retiredModel(choice.model);
  if (retired) return [warning('model.retired', { ...values, noticed: retired.noticed, replacement: retired.replacement })];
  return [];
}

function fromVar(config: EffectiveConfig, name: string): ModelChoice | undefined {
  const v = config.get(name);
  if (!v || asciiTrim(v.value) === '') return undefined;
  return { model: asciiTrim(v.value), source: v.source, setBy: name };
}

/** --model, then ANTHROPIC_MODEL, then the settings `model` key (FACTS.md). */
function mainModel(config: EffectiveConfig, cliModel: string | undefined): ModelChoice | undefined {
  if (cliModel && cliModel.trim()) return { model: cliModel.trim(), source: { kind: 'cli-option' }, setBy: '--model' };
  const fromEnv = fromVar(config, 'ANTHROPIC_MODEL');
  if (fromEnv) return fromEnv;
  const s = config.settingsModel;
  if (s && s.value.trim()) return { model: s.value.trim(), source: s.source, setBy: 'model' };
  return undefined;
}
