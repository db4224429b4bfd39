// Which model Claude Code asks for, in each role, from every slot it reads (verified on 2.1.197 and 2.1.332):
//   main:       --model, then ANTHROPIC_MODEL, then the settings "model" key, then the release's default alias;
//   aliases:    opus / sonnet / haiku / fable (and synonyms such as best) go through ANTHROPIC_DEFAULT_<ALIAS>_MODEL,
//               else to the release's built-in claude-* model;
//   [1m]:       stripped from the name that is sent, and the 1M-context beta is added;
//   small/fast: ANTHROPIC_SMALL_FAST_MODEL (deprecated), then ANTHROPIC_DEFAULT_HAIKU_MODEL, then the main model;
//   subagents:  CLAUDE_CODE_SUBAGENT_MODEL, else the main model.
// Settings `env` blocks beat the shell; the configuration resolver already applies that order.
import { asciiTrim } from '../config/key-analysis';
import type { ConfigSource, EffectiveConfig } from '../config/types';
import type { ClaudeCodeRelease, ModelAlias } from './releases';

export type ModelSource = ConfigSource | { kind: 'cli-option' } | { kind: 'default' };
export type ModelRole = 'main' | 'small-fast' | 'subagent';

/** Every variable (and the settings key) that can name a model, in the order the model check reports them. */
export const MODEL_SLOTS = [
  'ANTHROPIC_MODEL',
  'model',
  'ANTHROPIC_DEFAULT_OPUS_MODEL',
  'ANTHROPIC_DEFAULT_SONNET_MODEL',
  'ANTHROPIC_DEFAULT_HAIKU_MODEL',
  // Seen on 2.1.197 and 2.1.332 (2026-12-04): ANTHROPIC_MODEL=fable goes through it, else claude-fable-5-2.
  'ANTHROPIC_DEFAULT_FABLE_MODEL',
  'ANTHROPIC_SMALL_FAST_MODEL',
  'CLAUDE_CODE_SUBAGENT_MODEL',
] as const;
export type ModelSlot = (typeof MODEL_SLOTS)[number] | '--model';

const ALIAS_SLOTS: Record<ModelAlias, ModelSlot> = {
  opus: 'ANTHROPIC_DEFAULT_OPUS_MODEL',
  sonnet: 'ANTHROPIC_DEFAULT_SONNET_MODEL',
  haiku: 'ANTHROPIC_DEFAULT_HAIKU_MODEL',
  fable: 'ANTHROPIC_DEFAULT_FABLE_MODEL',
};

const ONE_MILLION_SUFFIX = /\[1m\]$/i;

export interface SlotValue {
  slot: ModelSlot;
  value: string;
  source: ModelSource;
}

export interface ResolvedModel {
  role: ModelRole;
  /** The name as configured (or the default), e.g. "opus" or "kimi-k3[1m]". */
  requested: string;
  /** The slot that named it; 'default' when nothing did. */
  setBy: ModelSlot | 'default';
  source: ModelSource;
  /** Set when the name was an alias: the slot it went through, and whether that slot was set. */
  alias?: { name: ModelAlias; slot: ModelSlot; slotSet: boolean; slotSource?: ModelSource };
  /** What goes out in the request body. */
  sent: string;
  /** The name asked for a 1M context: [1m] was stripped. */
  oneMillion: boolean;
  /** Claude Code's own claude-* model, reached because no slot named a model. */
  builtIn: boolean;
}

export interface ModelPlan {
  main: ResolvedModel;
  smallFast: ResolvedModel;
  subagent: ResolvedModel;
  /** Every slot that holds a value, in MODEL_SLOTS order. */
  slots: SlotValue[];
}

function configuredSlots(config: EffectiveConfig): SlotValue[] {
  const slots: SlotValue[] = [];
  for (const slot of MODEL_SLOTS) {
    const v = slot === 'model' ? config.settingsModel : config.get(slot);
    if (v && asciiTrim(v.value) !== '') slots.push({ slot, value: asciiTrim(v.value), source: v.source });
  }
  return slots;
}

export function resolveModels(config: EffectiveConfig, release: ClaudeCodeRelease, cliModel?: string): ModelPlan {
  const slots = configuredSlots(config);
  const slot = (name: ModelSlot) => slots.find((s) => s.slot === name);
  const cli: SlotValue | undefined = cliModel && asciiTrim(cliModel) ? { slot: '--model', value: asciiTrim(cliModel), source: { kind: 'cli-option' } } : undefined;

  const mainChoice = cli ?? slot('ANTHROPIC_MODEL') ?? slot('model');
  const main = resolveName('main', mainChoice ?? { slot: 'ANTHROPIC_MODEL', value: release.defaultModel, source: { kind: 'default' } }, !mainChoice, slot, release);
  const smallChoice = slot('ANTHROPIC_SMALL_FAST_MODEL') ?? slot('ANTHROPIC_DEFAULT_HAIKU_MODEL');
  const smallFast = smallChoice ? resolveName('small-fast', smallChoice, false, slot, release) : { ...main, role: 'small-fast' as const };
  const subagentChoice = slot('CLAUDE_CODE_SUBAGENT_MODEL');
  const subagent = subagentChoice ? resolveName('subagent', subagentChoice, false, slot, release) : { ...main, role: 'subagent' as const };
  return { main, smallFast, subagent, slots };
}

function resolveName(
  role: ModelRole,
  choice: SlotValue,
  isDefault: boolean,
  slot: (name: ModelSlot) => SlotValue | undefined,
  release: ClaudeCodeRelease,
): ResolvedModel {
  const requested = choice.value;
  let oneMillion = ONE_MILLION_SUFFIX.test(requested);
  const bare = requested.replace(ONE_MILLION_SUFFIX, '');
  const alias = aliasOf(bare, release);
  const base = { role, requested, setBy: isDefault ? ('default' as const) : choice.slot, source: choice.source };
  if (!alias) return { ...base, sent: bare, oneMillion, builtIn: false };

  const aliasSlot = ALIAS_SLOTS[alias];
  const mapped = slot(aliasSlot);
  if (mapped) {
    oneMillion ||= ONE_MILLION_SUFFIX.test(mapped.value);
    return { ...base, alias: { name: alias, slot: aliasSlot, slotSet: true, slotSource: mapped.source }, sent: mapped.value.replace(ONE_MILLION_SUFFIX, ''), oneMillion, builtIn: false };
  }
  // An unmeasured target is still one of Claude Code's own claude-* models.
  const target = release.aliasTargets[alias] ?? `claude-${alias}`;
  return { ...base, alias: { name: alias, slot: aliasSlot, slotSet: false }, sent: target, oneMillion, builtIn: true };
}

function aliasOf(name: string, release: ClaudeCodeRelease): ModelAlias | undefined {
  const lower = name.toLowerCase();
  if (lower === 'opus' || lower === 'sonnet' || lower === 'haiku' || lower === 'fable') return lower;
  return Object.prototype.hasOwnProperty.call(release.aliasSynonyms, lower) ? release.aliasSynonyms[lower] : undefined;
}

/** One of Claude Code's own (Anthropic) model names, which no Kimi endpoint serves. */
export function isClaudeModel(name: string): boolean {
  return /^claude-/i.test(name.trim());
}

/** The anthropic-beta list Claude Code sends with this model. */
export function betasFor(model: ResolvedModel, release: ClaudeCodeRelease): string[] {
  const list = [...(isClaudeModel(model.sent) ? release.betas.claude : release.betas.other)];
  const wantsOneMillion = model.oneMillion && (!model.builtIn || release.oneMillionBetaOnClaudeDefault);
  if (wantsOneMillion) list.splice(1, 0, release.betas.oneMillion);
  return list;
}
