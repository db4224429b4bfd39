// Kimi's model names as dated data: which ones are gone, which ones answer, and what the doctor suggests.
// The model check, `setup`, `--fix` and `explain` all read this table; nothing else may name a Kimi model.
// Every row carries the public source it was checked against and when. The live probe is the real test; this
// table only lets the offline checks say so early. Review it when Moonshot's model page changes:
//   https://platform.kimi.com/docs/models (China) and https://platform.kimi.ai/docs/models (international).

export interface ModelFactSource {
  url: string;
  /** The date the source states or was published (ISO). */
  date: string;
  /** What it says, in our words. */
  says: string;
}

export interface RetiredModel {
  /** The model name, or the prefix every retired name starts with (moonshot-v1-8k, moonshot-v1-32k, …). */
  name: string;
  match: 'exact' | 'prefix';
  /** When Moonshot stopped serving it (ISO date). */
  retired: string;
  /** What to use instead: the suggested platform model. */
  replacement: string;
  sources: readonly ModelFactSource[];
}

export type KimiService = 'platform' | 'kimi-code';

export interface LiveModel {
  name: string;
  service: KimiService;
  /** Why one would pick it. */
  use: string;
  /** It answers 404 until the account has been recharged (vouchers do not count). */
  needsRecharge?: boolean;
  sources: readonly ModelFactSource[];
}

/** The table was last checked against its sources on this date. */
export const MODELS_REVIEWED = '2026-12-04';

const KIMI_MODELS_PAGE_CN: ModelFactSource = {
  url: 'https://platform.kimi.com/docs/models',
  date: '2026-01-28',
  says: 'Moonshot\'s model page, "已下线模型": kimi-latest closed to new users on 2026-01-28; kimi-thinking-preview retired on 2025-11-11.',
};
const MODELS_DEV_6101: ModelFactSource = {
  url: 'https://github.com/anomalyco/models.dev/pull/6101',
  date: '2026-09-02',
  says: 'Citing platform.kimi.ai/docs/models: kimi-k2-0711/0905/turbo-preview and kimi-k2-thinking(-turbo) discontinued 2026-05-25, kimi-k2.5 on 2026-08-31; all answer 404.',
};
const CHATCLI_1344: ModelFactSource = {
  url: 'https://github.com/diillson/chatcli/issues/1344',
  date: '2026-09-02',
  says: 'Moonshot announced on platform.kimi.ai/docs/models the retirement of kimi-k2.5 and moonshot-v1-* on 2026-08-31; probed 2026-09-02: those, kimi-latest and kimi-k2-turbo-preview answer 404, and GET /v1/models lists exactly kimi-k3, kimi-k2.7-code, kimi-k2.7-code-highspeed, kimi-k2.6.',
};
const LITELLM_29685: ModelFactSource = {
  url: 'https://github.com/BerriAI/litellm/pull/29685',
  date: '2026-06-04',
  says: 'kimi-latest, kimi-thinking-preview, kimi-k2-thinking, kimi-k2-0905-preview and moonshot-v1-8k-0430 return 404 on api.moonshot.ai.',
};
const VOX_MCP_030: ModelFactSource = {
  url: 'https://github.com/linxule/vox-mcp/releases/tag/v0.3.0',
  date: '2026-05-26',
  says: 'kimi-k2-thinking-turbo dropped, deprecated upstream by Moonshot; kimi-k2.6 is the replacement.',
};
const MOONSHOT_GUIDE_CN: ModelFactSource = {
  url: 'https://platform.kimi.com/docs/guide/agent-support',
  date: '2026-12-03',
  says: 'Moonshot\'s Claude Code guide: ANTHROPIC_DEFAULT_OPUS/SONNET/HAIKU_MODEL and CLAUDE_CODE_SUBAGENT_MODEL set to kimi-k3, ENABLE_TOOL_SEARCH=false (as summarised in shared/FACTS.md, 2026-12-03).',
};
const K3_RECHARGE: ModelFactSource = {
  url: 'https://platform.kimi.com/docs/guide/agent-support',
  date: '2026-12-03',
  says: 'kimi-k3 needs a recharged balance (at least ¥10; vouchers do not count) and answers 404 without one. Taken from shared/FACTS.md (public reports); not confirmed on a Moonshot page we could read.',
};
const K3_QUICKSTART: ModelFactSource = {
  url: 'https://platform.kimi.ai/docs/guide/kimi-k3-quickstart',
  date: '2026-07-16',
  says: 'kimi-k3 launched on the platform on 2026-07-16 (as cited by lobehub/lobehub#17267).',
};
const KIMI_CODE_AGENTS: ModelFactSource = {
  url: 'https://www.kimi.com/code/docs/en/more/third-party-agents.html',
  date: '2026-12-03',
  says: 'Kimi Code in third-party agents (Claude Code): endpoint api.kimi.com/coding/, model kimi-for-coding, ENABLE_TOOL_SEARCH=false.',
};

const K2_RETIRED = (name: string): RetiredModel => ({
  name,
  match: 'exact',
  retired: '2026-05-25',
  replacement: 'kimi-k3',
  sources: name === 'kimi-k2-thinking-turbo' ? [MODELS_DEV_6101, VOX_MCP_030] : [MODELS_DEV_6101, LITELLM_29685],
});

export const RETIRED_MODELS: readonly RetiredModel[] = [
  // The setup guide's example model, and the rest of the first K2 generation.
  K2_RETIRED('kimi-k2-0711-preview'),
  K2_RETIRED('kimi-k2-0905-preview'),
  K2_RETIRED('kimi-k2-turbo-preview'),
  K2_RETIRED('kimi-k2-thinking'),
  K2_RETIRED('kimi-k2-thinking-turbo'),
  { name: 'kimi-latest', match: 'exact', retired: '2026-01-28', replacement: 'kimi-k3', sources: [KIMI_MODELS_PAGE_CN, CHATCLI_1344] },
  { name: 'kimi-thinking-preview', match: 'exact', retired: '2025-11-11', replacement: 'kimi-k3', sources: [KIMI_MODELS_PAGE_CN, LITELLM_29685] },
  { name: 'kimi-k2.5', match: 'exact', retired: '2026-08-31', replacement: 'kimi-k3', sources: [MODELS_DEV_6101, CHATCLI_1344] },
  // Every moonshot-v1-* name: 8k/32k/128k, the -vision-preview variants and moonshot-v1-auto.
  { name: 'moonshot-v1-', match: 'prefix', retired: '2026-08-31', replacement: 'kimi-k3', sources: [CHATCLI_1344, LITELLM_29685] },
];

export const LIVE_MODELS: readonly LiveModel[] = [
  { name: 'kimi-k3', service: 'platform', use: "Moonshot's Claude Code guide, in every slot", needsRecharge: true, sources: [MOONSHOT_GUIDE_CN, K3_QUICKSTART, CHATCLI_1344, K3_RECHARGE] },
  { name: 'kimi-k2.6', service: 'platform', use: 'a low balance (no recharge needed)', sources: [CHATCLI_1344] },
  { name: 'kimi-k2.7-code', service: 'platform', use: 'coding; thinking is always on', sources: [CHATCLI_1344] },
  { name: 'kimi-k2.7-code-highspeed', service: 'platform', use: 'coding, faster; thinking is always on', sources: [CHATCLI_1344] },
  { name: 'kimi-for-coding', service: 'kimi-code', use: 'the Kimi Code subscription', sources: [KIMI_CODE_AGENTS] },
];

/** What the doctor suggests, per service: the model for every slot, and (platform) one for a low balance. */
export const SUGGESTED_MODELS = {
  platform: { model: 'kimi-k3', lowBalance: 'kimi-k2.6' },
  'kimi-code': { model: 'kimi-for-coding', lowBalance: null },
} as const satisfies Record<KimiService, { model: string; lowBalance: string | null }>;

/**
 * The slots Moonshot's guide sets (MOONSHOT_GUIDE_CN): no ANTHROPIC_MODEL, so Claude Code's default alias goes
 * through ANTHROPIC_DEFAULT_OPUS_MODEL. setup and the model check's remediation write these.
 */
export const GUIDE_SLOTS = ['ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL', 'CLAUDE_CODE_SUBAGENT_MODEL'] as const;

/**
 * Both Kimi guides set this (MOONSHOT_GUIDE_CN, KIMI_CODE_AGENTS). With tool search on, Claude Code's requests fail
 * with "API Error: 400 … invalid_request_error": https://github.com/MoonshotAI/kimi-cli/issues/1449 (2026-03-16).
 */
export const GUIDE_TOOL_SEARCH = 'false';

/** The service behind a Kimi region: the two platform regions share one model list. */
export const serviceOf = (region: string | null | undefined): KimiService => (region === 'kimi-code' ? 'kimi-code' : 'platform');

/** The model to suggest for a Kimi region (the platform's for anything that is not Kimi Code). */
export function suggestedModel(region: string | null | undefined): string {
  return SUGGESTED_MODELS[serviceOf(region)].model;
}

/** The model to suggest on a low balance, or null where there is no such choice. */
export function lowBalanceModel(region: string | null | undefined): string | null {
  return SUGGESTED_MODELS[serviceOf(region)].lowBalance;
}

const bare = (name: string) => name.trim().replace(/\[1m\]$/i, '').toLowerCase();

/** The retired row for a name (a [1m] suffix is ignored, as Claude Code strips it), or undefined. */
export function retiredModel(name: string): RetiredModel | undefined {
  const n = bare(name);
  return RETIRED_MODELS.find((m) => (m.match === 'exact' ? m.name === n : n.startsWith(m.name)));
}

/** The live row for a name, or undefined for a name this table does not know (which may still work). */
export function liveModel(name: string): LiveModel | undefined {
  const n = bare(name);
  return LIVE_MODELS.find((m) => m.name === n);
}

/** Live names of one service, for messages that list what to choose from. */
export const liveModelNames = (service?: KimiService): string[] => LIVE_MODELS.filter((m) => !service || m.service === service).map((m) => m.name);

/** A model to name instead of one that failed (a 404, a retired name): always a live row, never the failed name. */
export interface ModelInstead {
  model: string;
  /** When `model` needs a recharged balance: the live model that does not (null where there is none). */
  lowBalance: string | null;
}

/**
 * What to suggest in place of `failed`: the retired row's replacement, else the service's suggested model, else
 * its low-balance model. The service is the failed model's own (kimi-for-coding → Kimi Code), else `region`'s.
 * null when the service has no other live model (a 404 on kimi-for-coding is not the model's fault).
 */
export function modelInstead(failed: string | null | undefined, region?: string | null): ModelInstead | null {
  const n = failed ? bare(failed) : '';
  const service = liveModel(n)?.service ?? serviceOf(region);
  const candidates = [retiredModel(n)?.replacement, SUGGESTED_MODELS[service].model, SUGGESTED_MODELS[service].lowBalance, ...liveModelNames(service)];
  const model = candidates.find((c): c is string => !!c && c !== n && liveModel(c)?.service === service);
  if (!model) return null;
  const low = liveModel(model)?.needsRecharge ? SUGGESTED_MODELS[service].lowBalance : null;
  return { model, lowBalance: low && low !== n ? low : null };
}

/**
 * Live names of one service, closest to what was typed first (`setup --model "kimi k2"` → kimi-k2.6 …; a retired
 * name → its replacement first):
 * the names to offer when a model name is refused. Never a retired name.
 */
export function liveModelsLike(typed: string, service?: KimiService): string[] {
  const t = bare(typed).replace(/[\s_]+/g, '-');
  const names = liveModelNames(service);
  const shared = (name: string) => {
    let i = 0;
    while (i < name.length && i < t.length && name[i] === t[i]) i++;
    return i;
  };
  // A retired name's own replacement comes first: the table says what took its place.
  const replacement = retiredModel(typed)?.replacement;
  return names
    .map((name, order) => ({ name, order, score: name === replacement ? Infinity : shared(name) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((x) => x.name);
}
