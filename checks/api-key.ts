// The credential: which variables carry it, from where, and whether it can possibly work with this endpoint.
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { analyzeBaseUrl } from '../src/config/base-url-analysis';
import { findCommand, firstWord } from '../src/config/find-command';
import { analyzeKey, asciiTrim, KeyProblem } from '../src/config/key-analysis';
import { resolveConfig, unknownUntilValid } from '../src/config/resolve';
import type { EffectiveConfig, ResolvedVar } from '../src/config/types';

const CREDENTIAL_NAMES = ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'] as const;

export const apiKeyCheck = defineCheck({
  id: 'api-key',
  title: 'API key (ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN)',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const baseUrl = config.get('ANTHROPIC_BASE_URL');
    const region = baseUrl ? analyzeBaseUrl(baseUrl.value).region : null;
    const findings: Finding[] = [];

    const set = CREDENTIAL_NAMES.map((name) => config.get(name)).filter((v): v is ResolvedVar => v !== undefined);
    for (const v of set.filter((v) => asciiTrim(v.value) === '')) findings.push(error('api-key.empty', { name: v.name, source: v.source }));
    const credentials = set.filter((v) => asciiTrim(v.value) !== '');
    const helper = config.apiKeyHelper;

    const unknown = unknownUntilValid(config, CREDENTIAL_NAMES, !!helper);
    if (unknown) return unknown;
    if (credentials.length === 0 && !helper) findings.push(error('api-key.none', { region }));
    if (credentials.length === 2) {
      findings.push(warning('api-key.both-set', { apiKeySource: credentials[0].source, tokenSource: credentials[1].source }));
    }

    const described = credentials.map((v) => {
      const analysis = analyzeKey(v.value, region);
      findings.push(...keyFindings(v, analysis.problems, baseUrl?.source ?? null));
      return { name: v.name, source: v.source, redacted: analysis.redacted, kind: analysis.kind };
    });

    const apiKey = described.find((d) => d.name === 'ANTHROPIC_API_KEY');
    if (apiKey && apiKey.kind !== 'anthropic' && apiKey.kind !== 'placeholder' && !isOn(config.get('CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC')?.value)) {
      findings.push(warning('api-key.sent-to-anthropic', { source: apiKey.source, redacted: apiKey.redacted, telemetryOnly: isOn(config.get('DISABLE_TELEMETRY')?.value) }));
    }
    findings.push(...readableSettingsFindings(ctx, config, credentials));
    if (helper) findings.push(await helperFinding(ctx, helper.value, helper.source));

    if (!findings.some((f) => f.severity !== 'info') && described.length > 0) findings.unshift(info('api-key.ok', { credentials: described, region }));
    const primary = described[0];
    return {
      findings,
      data: {
        source: primary?.source ?? helper?.source ?? null,
        redacted: primary?.redacted ?? null,
        kind: primary?.kind ?? null,
        credentials: described,
        apiKeyHelper: helper ? { command: firstWord(helper.value), source: helper.source } : null,
      },
    };
  },
});

function isOn(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/**
 * What Claude Code does with a key holding these characters (2.1.332 on loopback, 2026-12-04;
 * test/claude-code/real-client-key-chars.test.ts): one beyond Latin-1 (a typographic quote, a zero-width or full-width
 * character) cannot go in a header, so it sends nothing and stops with "Invalid auth token · Fix external auth token";
 * a control character makes the request fail before it leaves ("API Error: 400 status code (no body)"); a Latin-1 one
 * (a no-break space) is sent, and Moonshot answers 401.
 */
function whatClaudeCodeDoes(codePoints: number[]): 'refuses' | 'fails' | 'sends' {
  if (codePoints.some((c) => c > 0xff)) return 'refuses';
  if (codePoints.some((c) => c < 0x20 || c === 0x7f)) return 'fails';
  return 'sends';
}

/** One finding per kind of problem; positions are gathered so the key itself never has to be shown. */
function keyFindings(v: ResolvedVar, problems: KeyProblem[], baseUrlSource: ResolvedVar['source'] | null): Finding[] {
  // baseUrlSource: a prefix fix may mean changing the endpoint, where it is set.
  const base = { name: v.name, source: v.source, baseUrlSource };
  const findings: Finding[] = [];
  const inner = problems.filter((p): p is Extract<KeyProblem, { kind: 'inner-whitespace' }> => p.kind === 'inner-whitespace');
  const odd = problems.filter((p): p is Extract<KeyProblem, { kind: 'non-ascii' }> => p.kind === 'non-ascii');
  if (inner.length) findings.push(error('api-key.inner-whitespace', { ...base, positions: inner.map((p) => p.position), lineBreak: inner.some((p) => p.lineBreak) }));
  if (odd.length) {
    const chars = odd.map(({ position, codePoint, what }) => ({ position, codePoint, what }));
    findings.push(error('api-key.non-ascii', { ...base, chars, claudeCode: whatClaudeCodeDoes(odd.map((p) => parseInt(p.codePoint.slice(2), 16))) }));
  }
  for (const p of problems) {
    switch (p.kind) {
      case 'placeholder':
        findings.push(error('api-key.placeholder', base));
        break;
      case 'quoted':
        findings.push(error('api-key.quoted', { ...base, where: p.where, claudeCode: p.typographic ? 'refuses' : 'sends' }));
        break;
      case 'bearer-prefix':
        findings.push(error('api-key.bearer-prefix', base));
        break;
      case 'outer-whitespace':
        findings.push(warning('api-key.whitespace', { ...base, where: p.where, lineBreak: p.lineBreak }));
        break;
      case 'too-short':
        findings.push(error('api-key.too-short', { ...base, length: p.length }));
        break;
      case 'anthropic-key-on-kimi':
        findings.push(error('api-key.anthropic-key-on-kimi', { ...base, region: p.region }));
        break;
      case 'kimi-code-key-on-platform':
        findings.push(error('api-key.kimi-code-key-on-platform', { ...base, region: p.region }));
        break;
      case 'platform-key-on-kimi-code':
        findings.push(error('api-key.platform-key-on-kimi-code', base));
        break;
      case 'unknown-prefix':
        findings.push(warning('api-key.unknown-prefix', base));
        break;
      case 'empty':
      case 'inner-whitespace':
      case 'non-ascii':
        break;
    }
  }
  return findings;
}

function readableSettingsFindings(ctx: Context, config: EffectiveConfig, credentials: ResolvedVar[]): Finding[] {
  if (ctx.platform === 'win32') return [];
  const paths = new Set(credentials.flatMap((c) => [c, ...c.shadowed]).flatMap((v) => (v.source.kind === 'settings' ? [v.source.path] : [])));
  return config.settingsFiles
    .filter((f) => paths.has(f.path) && f.mode !== undefined && (f.mode & 0o044) !== 0)
    .map((f) => warning('api-key.settings-readable', { path: f.path, mode: `0${(f.mode! & 0o777).toString(8)}` }));
}

async function helperFinding(ctx: Context, command: string, source: ResolvedVar['source']): Promise<Finding> {
  const word = firstWord(command);
  const found = await findCommand(ctx, command);
  return found ? info('api-key.helper', { command: word, path: found, source }) : error('api-key.helper-missing', { command: word, source });
}

