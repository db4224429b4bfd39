// The model names Claude Code will ask a Kimi endpoint for, in every role it uses (main, background, subagents).
// Which slot names which role is Claude Code's business (src/claude-code/); which names Kimi serves is the dated
// table's (src/config/models.ts). This check only puts the two together.
import { isClaudeModel, modelPlan, type ModelPlan, type ResolvedModel, type SlotValue } from '../src/claude-code';
import { analyzeBaseUrl } from '../src/config/base-url-analysis';
import { GUIDE_SLOTS, liveModel, lowBalanceModel, retiredModel, suggestedModel } from '../src/config/models';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';
import { defineCheck, error, info, skipped, warning } from '../src/core/define-check';
import type { Finding } from '../src/core/types';

/** The model for a low balance, when the suggested one needs a recharge (kimi-k3); null otherwise. */
const lowBalanceFor = (model: string, region: string) => (liveModel(model)?.needsRecharge ? lowBalanceModel(region) : null);

/** The slot that really names a role's model: the alias slot when the name was an alias. */
function namingSlot(m: ResolvedModel): { setBy: string; source: ResolvedModel['source'] } {
  if (m.alias?.slotSet && m.alias.slotSource) return { setBy: m.alias.slot, source: m.alias.slotSource };
  return { setBy: m.setBy, source: m.source };
}

export const modelCheck = defineCheck({
  id: 'model',
  title: 'Model names',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const baseUrl = config.get('ANTHROPIC_BASE_URL');
    const region = baseUrl ? analyzeBaseUrl(baseUrl.value).region : null;
    if (region === null) return unknownUntilValid(config, ['ANTHROPIC_BASE_URL']) ?? skipped('model.no-endpoint');

    const plan = await modelPlan(ctx);
    // No slot names a model anywhere readable: the broken settings file may hold them.
    const unknown = unknownUntilValid(config, ['ANTHROPIC_MODEL', ...GUIDE_SLOTS], plan.slots.length > 0 || config.settingsModel !== undefined);
    if (unknown) return unknown;
    const data = {
      region,
      model: plan.main.sent,
      source: plan.main.source,
      smallFastModel: plan.smallFast.sent,
      smallFastSource: plan.smallFast.source,
      subagentModel: plan.subagent.sent,
      slots: plan.slots,
    };
    if (region === 'custom') return { findings: [info('model.gateway', { model: plan.main.sent, smallFast: plan.smallFast.sent })], data };

    const findings = [...roleFindings(plan, region, baseUrl?.source ?? null), ...retiredFindings(plan, region)];
    const notes = deprecatedFindings(plan);
    if (!findings.some((f) => f.severity !== 'info')) findings.unshift(okFinding(plan, region));
    return { findings: [...findings, ...notes], data };
  },
});

const ROLES = ['main', 'smallFast', 'subagent'] as const;

/** A claude-* name in a role Claude Code uses: built in (nothing named a model), an unmapped alias, or named outright. */
function roleFindings(plan: ModelPlan, region: string, baseUrlSource: unknown): Finding[] {
  const models = ROLES.map((r) => plan[r]);
  if (models.every((m) => m.builtIn && m.setBy === 'default')) {
    // Nothing Claude Code uses names a Kimi model; slots that are set go unused (e.g. DEFAULT_SONNET alone).
    return [
      error('model.unset', {
        region,
        model: plan.main.sent,
        alias: plan.main.requested,
        aliasSlot: plan.main.alias?.slot ?? null,
        unusedSlots: plan.slots.map((s) => s.slot),
        suggested: suggestedModel(region),
        lowBalance: lowBalanceFor(suggestedModel(region), region),
        slots: [...GUIDE_SLOTS],
        baseUrlSource,
      }),
    ];
  }
  const byKey = new Map<string, Finding>();
  const add = (f: Finding, key: string, role: string) => {
    const seen = byKey.get(key);
    if (seen) (seen.values!.roles as string[]).push(role);
    else byKey.set(key, f);
  };
  for (const m of models) {
    if (!isClaudeModel(m.sent)) continue;
    const role = m.role;
    const suggested = suggestedModel(region);
    if (m.builtIn && m.setBy === 'default') {
      add(error('model.default-claude', { roles: [role], region, model: m.sent, alias: m.requested, aliasSlot: m.alias?.slot ?? null, suggested }), `default`, role);
    } else if (m.builtIn && m.alias) {
      const values = { roles: [role], region, model: m.sent, alias: m.alias.name, requested: m.requested, envName: m.alias.slot, setBy: m.setBy, source: m.source, suggested };
      add(error('model.alias-unmapped', values), `alias:${m.alias.slot}`, role);
    } else {
      const { setBy, source } = namingSlot(m);
      add(error('model.claude-on-kimi', { roles: [role], region, model: m.sent, setBy, source, suggested }), `claude:${setBy}`, role);
    }
  }
  return [...byKey.values()];
}

/** A retired name in any slot, used or not (and on --model): it answers 404 wherever Claude Code sends it. */
function retiredFindings(plan: ModelPlan, region: string): Finding[] {
  const named: SlotValue[] = [...plan.slots];
  if (plan.main.setBy === '--model') named.unshift({ slot: '--model', value: plan.main.requested, source: plan.main.source });
  return named.flatMap((s) => {
    const row = retiredModel(s.value);
    if (!row) return [];
    return [warning('model.retired', { model: s.value, setBy: s.slot, source: s.source, region, retired: row.retired, replacement: row.replacement, lowBalance: lowBalanceFor(row.replacement, region) })];
  });
}

/** ANTHROPIC_SMALL_FAST_MODEL still works but is deprecated in favour of ANTHROPIC_DEFAULT_HAIKU_MODEL. */
function deprecatedFindings(plan: ModelPlan): Finding[] {
  const slot = plan.slots.find((s) => s.slot === 'ANTHROPIC_SMALL_FAST_MODEL');
  if (!slot) return [];
  const haiku = plan.slots.find((s) => s.slot === 'ANTHROPIC_DEFAULT_HAIKU_MODEL');
  return [info('model.small-fast-deprecated', { model: slot.value, source: slot.source, haiku: haiku?.value ?? null })];
}

function okFinding(plan: ModelPlan, region: string): Finding {
  const main = namingSlot(plan.main);
  const sent = new Set(ROLES.map((r) => plan[r].sent));
  return info('model.ok', {
    model: plan.main.sent,
    setBy: main.setBy,
    source: main.source,
    alias: plan.main.alias?.name ?? null,
    viaDefault: plan.main.setBy === 'default',
    smallFast: plan.smallFast.sent,
    subagent: plan.subagent.sent,
    needsRecharge: region === 'kimi-code' ? [] : [...sent].filter((name) => liveModel(name)?.needsRecharge === true),
    lowBalance: lowBalanceModel(region),
  });
}
