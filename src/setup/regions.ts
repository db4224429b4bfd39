// The services `kimi-claude setup` configures: endpoint and default models.
// Model names come from the dated table the model check uses (src/config/models.ts), so setup never writes a
// model the doctor then flags.
import { suggestedModel } from '../config/models';
import { KIMI_ROOTS } from '../core/endpoints';

export type Region = 'cn' | 'ai' | 'kimi-code';

export const REGION_NAMES: readonly Region[] = ['cn', 'ai', 'kimi-code'];

export interface RegionDefaults {
  /** What ANTHROPIC_BASE_URL must be: the Anthropic-compatible root, which Claude Code extends with /v1/messages. */
  baseUrl: string;
  /** The model setup puts in every slot of Moonshot's guide when --model is not given. */
  model: string;
  /** Key prefix this service issues. */
  keyPrefix: 'sk-' | 'sk-kimi-';
}

export const REGIONS: Record<Region, RegionDefaults> = {
  cn: { baseUrl: KIMI_ROOTS.cn, model: suggestedModel('cn'), keyPrefix: 'sk-' },
  ai: { baseUrl: KIMI_ROOTS.ai, model: suggestedModel('ai'), keyPrefix: 'sk-' },
  'kimi-code': { baseUrl: KIMI_ROOTS['kimi-code'], model: suggestedModel('kimi-code'), keyPrefix: 'sk-kimi-' },
};

/** Answers accepted at the region prompt. */
export function regionFromAnswer(answer: string): Region | undefined {
  const a = answer.trim().toLowerCase();
  const byNumber: Record<string, Region> = { '1': 'cn', '2': 'ai', '3': 'kimi-code' };
  return byNumber[a] ?? REGION_NAMES.find((r) => r === a);
}
