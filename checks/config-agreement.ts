// Do the places that configure Claude Code agree, and does the user know which one wins?
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { analyzeBaseUrl, KIMI_ROOTS } from '../src/config/base-url-analysis';
import { displayValue, isClaudeVariable } from '../src/config/display-value';
import { asciiTrim } from '../src/config/key-analysis';
import { envValue, resolveConfig } from '../src/config/resolve';
import { configDirSurprise } from '../src/config/paths';
import type { EffectiveConfig, StartupAssignment } from '../src/config/types';

export const configAgreementCheck = defineCheck({
  id: 'config-agreement',
  title: 'Configuration sources agree',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const findings: Finding[] = [
      ...configDirFindings(ctx),
      ...customApiUrlFindings(config),
      ...settingsFileFindings(config),
      ...shadowingFindings(config),
      ...dotEnvFindings(config),
      ...startupFindings(ctx, config),
      ...registryFindings(ctx, config),
    ];
    if (findings.length === 0) findings.push(info('config.agreement-ok'));
    const baseUrl = config.get('ANTHROPIC_BASE_URL');
    const customApiUrl = config.claudeJson.state === 'ok' ? config.claudeJson.content.customApiUrl ?? null : null;
    return {
      findings,
      data: {
        baseUrl: baseUrl ? { value: baseUrl.value, source: baseUrl.source } : null,
        customApiUrl,
        shadowed: config.names
          .filter(isClaudeVariable)
          .flatMap((name) => {
            const v = config.get(name)!;
            return v.shadowed.map((s) => ({ name, value: displayValue(name, s.value), source: s.source, winner: v.source }));
          }),
      },
    };
  },
});

/** A CLAUDE_CONFIG_DIR that moves with the working directory is almost never what the user meant. */
function configDirFindings(ctx: Context): Finding[] {
  const surprise = configDirSurprise(ctx);
  if (!surprise) return [];
  return surprise.kind === 'literal-tilde'
    ? [warning('config.config-dir-literal-tilde', { value: surprise.value, dir: surprise.dir, meant: surprise.meant })]
    : [warning('config.config-dir-relative', { value: surprise.value, dir: surprise.dir })];
}

function customApiUrlFindings(config: EffectiveConfig): Finding[] {
  if (config.claudeJson.state !== 'ok' || config.claudeJson.content.customApiUrl === undefined) return [];
  const customApiUrl = config.claudeJson.content.customApiUrl;
  const path = config.claudeJson.path;
  const baseUrl = config.get('ANTHROPIC_BASE_URL');
  if (!baseUrl || asciiTrim(baseUrl.value) === '') {
    const analysis = analyzeBaseUrl(customApiUrl);
    const suggestedUrl = analysis.region && analysis.region !== 'custom' ? KIMI_ROOTS[analysis.region] : analysis.suggestedUrl ?? asciiTrim(customApiUrl);
    return [error('config.custom-api-url-only', { path, customApiUrl, suggestedUrl })];
  }
  const difference = urlDifference(customApiUrl, baseUrl.value);
  if (difference === null) return [info('config.custom-api-url-unused', { path, customApiUrl })];
  return [warning('config.custom-api-url-differs', { path, customApiUrl, baseUrl: baseUrl.value, source: baseUrl.source, difference })];
}

/** How two base URLs differ, ignoring what Claude Code ignores (outer whitespace, one trailing slash). */
export function urlDifference(a: string, b: string): 'region' | 'host' | 'path' | 'other' | null {
  const norm = (s: string) => asciiTrim(s).replace(/\/$/, '');
  if (norm(a) === norm(b)) return null;
  const ra = analyzeBaseUrl(a);
  const rb = analyzeBaseUrl(b);
  if (ra.region && rb.region && ra.region !== rb.region && ra.region !== 'custom' && rb.region !== 'custom') return 'region';
  if (ra.host !== rb.host) return 'host';
  const path = (s: string) => {
    try {
      return new URL(asciiTrim(s)).pathname.replace(/\/$/, '');
    } catch {
      return s;
    }
  };
  return path(a) !== path(b) ? 'path' : 'other';
}

function settingsFileFindings(config: EffectiveConfig): Finding[] {
  return config.settingsFiles.flatMap((f) => {
    if (f.state === 'invalid') return [error('config.settings-invalid', { path: f.path, scope: f.scope, line: f.problem?.line, column: f.problem?.column, cause: f.problem?.cause ?? 'unknown' })];
    if (f.state === 'unreadable') return [warning('config.settings-unreadable', { path: f.path, scope: f.scope, detail: f.detail })];
    return [];
  });
}

function shadowingFindings(config: EffectiveConfig): Finding[] {
  const findings: Finding[] = [];
  for (const name of config.names.filter(isClaudeVariable)) {
    const v = config.get(name)!;
    if (v.source.kind !== 'settings') continue;
    for (const s of v.shadowed) {
      const values = { name, winner: v.source, winnerValue: displayValue(name, v.value), loser: s.source, loserValue: displayValue(name, s.value) };
      if (s.source.kind === 'settings') findings.push(info('config.settings-overrides-settings', values));
      else findings.push(warning('config.settings-overrides-shell', values));
    }
  }
  return findings;
}

function dotEnvFindings(config: EffectiveConfig): Finding[] {
  if (config.dotEnv.state !== 'ok') return [];
  const ignored = Object.keys(config.dotEnv.vars).filter((n) => isClaudeVariable(n) && config.get(n) === undefined);
  return ignored.length ? [warning('config.dotenv-ignored', { path: config.dotEnv.path, names: ignored })] : [];
}

function startupFindings(ctx: Context, config: EffectiveConfig): Finding[] {
  const findings: Finding[] = [];
  const byName = groupBy(config.startupAssignments, (a) => a.name);
  for (const [name, all] of byName) {
    const active = all.filter((a) => !a.commented);
    const distinct = new Set(active.map((a) => a.value));
    if (distinct.size > 1) findings.push(warning('config.startup-conflict', { name, lines: active.map((a) => line(name, a)) }));

    const terminal = envValue(ctx.processEnv, name, ctx.platform);
    for (const [, inFile] of groupBy(active, (a) => a.path)) {
      const last = inFile[inFile.length - 1];
      if (last.dynamic || (terminal !== undefined && asciiTrim(terminal) === asciiTrim(last.value))) continue;
      findings.push(warning('config.startup-differs', { name, ...line(name, last), terminalValue: displayValue(name, terminal) }));
    }

    const commented = all.filter((a) => a.commented && !distinct.has(a.value));
    if (commented.length) findings.push(info('config.startup-commented', { name, lines: commented.map((a) => line(name, a)) }));
  }
  return findings;
}

function registryFindings(ctx: Context, config: EffectiveConfig): Finding[] {
  if (!config.registry) return [];
  return Object.entries(config.registry)
    .filter(([name]) => isClaudeVariable(name))
    .filter(([name, value]) => envValue(ctx.processEnv, name, ctx.platform) !== value)
    .map(([name, value]) =>
      warning('config.registry-differs', {
        name,
        registryValue: displayValue(name, value),
        terminalValue: displayValue(name, envValue(ctx.processEnv, name, ctx.platform)),
      }),
    );
}

function line(name: string, a: StartupAssignment) {
  return { path: a.path, line: a.line, value: displayValue(name, a.value) };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
