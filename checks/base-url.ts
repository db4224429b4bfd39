// ANTHROPIC_BASE_URL: set, parseable by Claude Code, and pointing at a Kimi Anthropic-compatible root.
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Finding, FindingCode, Severity } from '../src/core/types';
import { analyzeBaseUrl, BaseUrlProblem, Region } from '../src/config/base-url-analysis';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';

export const baseUrlCheck = defineCheck({
  id: 'base-url',
  title: 'Endpoint (ANTHROPIC_BASE_URL)',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const resolved = config.get('ANTHROPIC_BASE_URL');
    const customApiUrl = config.claudeJson.state === 'ok' ? config.claudeJson.content.customApiUrl ?? null : null;
    if (!resolved) {
      const unknown = unknownUntilValid(config, ['ANTHROPIC_BASE_URL']);
      if (unknown) return { ...unknown, data: { value: null, source: null, region: null, suggestedUrl: null, ...unknown.data } };
      return {
        findings: [error('base-url.unset', { customApiUrl })],
        data: { value: null, source: null, region: null, suggestedUrl: null },
      };
    }
    const analysis = analyzeBaseUrl(resolved.value);
    const common = { value: resolved.value, source: resolved.source, region: analysis.region, suggestedUrl: analysis.suggestedUrl };
    const findings = analysis.problems.map((p, i) => findingFor(p, analysis.region, { ...common, fixAbove: i > 0 && analysis.suggestedUrl !== null }));
    if (!findings.some((f) => f.severity === 'error')) {
      if (analysis.region === 'custom') findings.push(info('base-url.gateway', { ...common, host: analysis.host }));
      else if (findings.length === 0) findings.push(info('base-url.ok', common));
    }
    return { findings, data: { value: resolved.value, source: resolved.source, region: analysis.region, suggestedUrl: analysis.suggestedUrl } };
  },
});

/** For a gateway the doctor cannot know the right path or scheme, so those are warnings there. */
function findingFor(problem: BaseUrlProblem, region: Region | null, common: Record<string, unknown>): Finding {
  const gateway = region === 'custom';
  const make = (severity: Severity, code: FindingCode, values: Record<string, unknown> = {}): Finding =>
    (severity === 'error' ? error : severity === 'warning' ? warning : info)(code, { ...common, ...values });
  switch (problem.kind) {
    case 'empty':
      return make('error', 'base-url.empty');
    case 'quoted':
      return make('error', 'base-url.quoted', { quote: problem.quote });
    case 'whitespace':
      return make('warning', 'base-url.whitespace', { where: problem.where, lineBreak: problem.lineBreak });
    case 'lookalike':
      return make('error', 'base-url.lookalike', { chars: problem.chars });
    case 'invisible':
      return make('error', 'base-url.invisible', { chars: problem.chars });
    case 'no-scheme':
      return make('error', 'base-url.no-scheme');
    case 'http':
      return make(gateway ? 'warning' : 'error', 'base-url.http');
    case 'bad-scheme':
      return make('error', 'base-url.bad-scheme', { scheme: problem.scheme });
    case 'host-typo':
      return make('error', 'base-url.host-typo', { host: problem.host, expected: problem.expected });
    case 'moonshot-com':
      return make('error', 'base-url.moonshot-com', { host: problem.host });
    case 'console-host':
      return make('error', 'base-url.console-host', { host: problem.host, expected: problem.expected });
    case 'wrong-path':
      return make(gateway ? 'warning' : 'error', 'base-url.wrong-path', { path: problem.path, reason: problem.reason, expected: problem.expected });
    case 'double-slash':
      return make('error', 'base-url.double-slash', { path: problem.path });
    case 'query':
      return make(gateway ? 'warning' : 'error', 'base-url.query', { part: problem.part });
    case 'unparseable':
      return make('error', 'base-url.unparseable');
  }
}
