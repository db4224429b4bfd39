// Switches in Claude Code's environment that defeat a Kimi setup although the base URL is right:
//   - a third-party provider (Bedrock, Vertex, Foundry) makes Claude Code ignore ANTHROPIC_BASE_URL altogether;
//   - tool search on sends tool-search calls both Kimi guides turn off (ENABLE_TOOL_SEARCH=false).
// Which variables and which values count as "on" is Claude Code's (src/claude-code/values.ts); what the guides set
// is the model table's (src/config/models.ts).
import { isTruthyFlag, THIRD_PARTY_PROVIDER_VARS } from '../src/claude-code';
import { analyzeBaseUrl } from '../src/config/base-url-analysis';
import { GUIDE_TOOL_SEARCH } from '../src/config/models';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';
import type { ResolvedVar, SourcedValue } from '../src/config/types';
import { defineCheck, error, info, skipped, warning } from '../src/core/define-check';
import type { Finding } from '../src/core/types';

/** Every place that sets the flag on, the winning one first: removing only the winner would uncover the next. */
function onPlaces(v: ResolvedVar): SourcedValue[] {
  if (!isTruthyFlag(v.value)) return [];
  return [{ value: v.value, source: v.source }, ...v.shadowed.filter((s) => isTruthyFlag(s.value))];
}

export const providerCheck = defineCheck({
  id: 'provider',
  title: 'Provider switches',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const baseUrl = config.get('ANTHROPIC_BASE_URL');
    if (!baseUrl || baseUrl.value.trim() === '') return unknownUntilValid(config, ['ANTHROPIC_BASE_URL']) ?? skipped('provider.no-endpoint');
    const region = analyzeBaseUrl(baseUrl.value).region;

    const findings: Finding[] = [];
    const providers: string[] = [];
    for (const name of THIRD_PARTY_PROVIDER_VARS) {
      const v = config.get(name);
      if (!v) continue;
      const places = onPlaces(v);
      if (places.length === 0) continue;
      providers.push(name);
      findings.push(error('provider.third-party', { name, value: v.value, source: v.source, places: places.map((p) => p.source), baseUrl: baseUrl.value.trim() }));
    }

    const toolSearch = config.get('ENABLE_TOOL_SEARCH');
    const kimiHost = region === 'cn' || region === 'ai' || region === 'kimi-code';
    const toolSearchOn = kimiHost && toolSearch !== undefined && isTruthyFlag(toolSearch.value);
    if (toolSearchOn) {
      findings.push(warning('provider.tool-search', { value: toolSearch.value, source: toolSearch.source, region, guideValue: GUIDE_TOOL_SEARCH }));
    }

    if (findings.length === 0) findings.push(info('provider.ok', { region }));
    return { findings, data: { region, thirdPartyProviders: providers, toolSearch: toolSearch?.value ?? null } };
  },
});
