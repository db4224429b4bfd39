// The services `kimi-claude setup` configures: endpoint and default models.
// Model names come from the dated list the model check uses, so setup never writes a model the doctor then flags.
import { SUGGESTED_MODELS } from '../config/retired-models';
import { KIMI_ROOTS } from '../core/endpoints';

export type Region = 'cn' | 'ai' | 'kimi-code';

export const REGION_NAMES: readonly Region[] = ['cn', 'ai', 'kimi-code'];

export interface RegionDefaults {
  /** What ANTHROPIC_BASE_URL must be: the Anthropic-compatible root, which Claude Code extends with /v1/messages. */
  baseUrl: string;
  /** ANTHROPIC_MODEL when --model is not given. */
  model: string;
  /** Key prefix this service issues. */
  keyPrefix: 'sk-' | 'sk-kimi-';
}

export const REGIONS: Record<Region, RegionDefaults> = {
  cn: { baseUrl: KIMI_ROOTS.cn, model: SUGGESTED_MODELS.platform.main, keyPrefix: 'sk-' },
  ai: { baseUrl: KIMI_ROOTS.ai, model: SUGGESTED_MODELS.platform.main, keyPrefix: 'sk-' },
  'kimi-code': { baseUrl: KIMI_ROOTS['kimi-code'], model: SUGGESTED_MODELS['kimi-code'].main, keyPrefix: 'sk-kimi-' },
};

/** Answers accepted at the region prompt. */
export function regionFromAnswer(answer: string): Region | undefined {
  const a = answer.trim().toLowerCase();
  const byNumber: Record<string, Region> = { '1': 'cn', '2': 'ai', '3': 'kimi-code' };
  return byNumber[a] ?? REGION_NAMES.find((r) => r === a);
}
