// The configuration resolver: what Claude Code would see for every variable, and where each value came from.
// Pure on the injected context; computed once per run through ctx.memo.
import { skipped } from '../core/define-check';
import { withLazySignal } from '../core/lazy-signal';
import type { CheckOutcome, Context, Env } from '../core/types';
import { parseJsonWithLocation } from './json-location';
import { envVar } from '../facts/platform-path';
import { claudeConfigDir, pathFor, settingsLayers, startupFileList } from './paths';
import { readText } from './read-text';
import { parseRegQuery } from './registry';
import { registerEmbeddedSecrets, registerIfSecret, registerSecret } from './secrets';
import type { StartupLines } from '../shell/env-commands';
import { parseStartupFile, startupLines } from './startup-files';
import type {
  ClaudeJsonState,
  ConfigSource,
  DotEnvState,
  EffectiveConfig,
  ResolvedVar,
  SettingsFileState,
  SourcedValue,
  StartupAssignment,
} from './types';

/** ~/.claude.json grows with project history; a few MiB is normal. */
const CLAUDE_JSON_MAX_BYTES = 16 * 1024 * 1024;

export function resolveConfig(ctx: Context): Promise<EffectiveConfig> {
  return ctx.memo('config', () => computeConfig(ctx));
}

async function computeConfig(ctx: Context): Promise<EffectiveConfig> {
  for (const [name, value] of Object.entries(ctx.env)) registerIfSecret(ctx.secrets, name, value);
  for (const [name, value] of Object.entries(ctx.processEnv)) registerIfSecret(ctx.secrets, name, value);

  for (const env of [ctx.env, ctx.processEnv]) registerEmbeddedSecrets(ctx.secrets, env.ANTHROPIC_BASE_URL);
  const { dir: configDir, claudeJson: claudeJsonPath } = claudeConfigDir(ctx);
  const [settingsFiles, claudeJson, dotEnv, startup, registry] = await Promise.all([
    Promise.all(settingsLayers(ctx).map((layer) => readSettings(ctx, layer.scope, layer.path))),
    readClaudeJson(ctx, claudeJsonPath),
    readDotEnv(ctx),
    readStartupFiles(ctx),
    readRegistry(ctx),
  ]);

  const envSource: ConfigSource = { kind: 'process-env' };
  const layered = (name: string): SourcedValue[] => {
    const values: SourcedValue[] = [];
    for (const s of settingsFiles) {
      const v = s.env?.[name];
      if (v !== undefined) values.push({ value: v, source: { kind: 'settings', scope: s.scope, path: s.path } });
    }
    const fromEnv = envValue(ctx.env, name, ctx.platform);
    if (fromEnv !== undefined) values.push({ value: fromEnv, source: envSource });
    return values;
  };
  const get = (name: string): ResolvedVar | undefined => {
    const [winner, ...rest] = layered(name);
    if (!winner) return undefined;
    return { name, ...winner, shadowed: rest.filter((r) => r.value !== winner.value) };
  };

  const names = new Set<string>(Object.keys(ctx.env));
  for (const s of settingsFiles) for (const n of Object.keys(s.env ?? {})) names.add(n);
  const firstSetting = (key: 'apiKeyHelper' | 'model'): SourcedValue | undefined => {
    const s = settingsFiles.find((f) => f[key] !== undefined);
    return s ? { value: s[key]!, source: { kind: 'settings', scope: s.scope, path: s.path } } : undefined;
  };

  return {
    get,
    settingsFiles,
    names: [...names].sort(),
    configDir,
    claudeJson,
    apiKeyHelper: firstSetting('apiKeyHelper'),
    settingsModel: firstSetting('model'),
    dotEnv,
    startupAssignments: startup.assignments,
    startupFiles: startup.files,
    registry,
  };
}

async function readSettings(ctx: Context, scope: SettingsFileState['scope'], path: string): Promise<SettingsFileState> {
  const r = await readText(ctx, path);
  if (!r.ok) {
    if (r.reason === 'missing') return { scope, path, state: 'missing' };
    return { scope, path, state: 'unreadable', detail: r.reason === 'not-text' ? r.problem : `${r.reason}: ${r.detail}` };
  }
  // A UTF-8 BOM is dropped before parsing: Claude Code reads such a file and uses it (2.1.332, measured 2026-12-04).
  const parsed = parseJsonWithLocation(r.text);
  if (!parsed.ok) {
    const { line, column, cause, found } = parsed.problem;
    return { scope, path, state: 'invalid', problem: { line, column, cause, message: found ? `unexpected ${JSON.stringify(found)}` : 'unexpected end' } };
  }
  const json = parsed.value;
  if (!isObject(json)) return { scope, path, state: 'invalid', problem: { line: 1, column: 1, message: 'not a JSON object' } };
  if (typeof json.apiKeyHelper === 'string') registerEmbeddedSecrets(ctx.secrets, json.apiKeyHelper);
  // No prototype: a variable named "__proto__" or "constructor" is just a name here.
  const env: Record<string, string> = Object.create(null);
  if (isObject(json.env)) {
    for (const [name, value] of Object.entries(json.env)) {
      // Claude Code passes numbers and booleans on as strings; objects and null are dropped.
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        env[name] = String(value);
        registerIfSecret(ctx.secrets, name, env[name]);
        if (name === 'ANTHROPIC_BASE_URL') registerEmbeddedSecrets(ctx.secrets, env[name]);
      }
    }
  }
  return {
    scope,
    path,
    state: 'ok',
    env,
    mode: r.info.mode,
    ...(typeof json.apiKeyHelper === 'string' ? { apiKeyHelper: json.apiKeyHelper } : {}),
    ...(typeof json.model === 'string' ? { model: json.model } : {}),
  };
}

async function readClaudeJson(ctx: Context, path: string): Promise<ClaudeJsonState> {
  const r = await readText(ctx, path, CLAUDE_JSON_MAX_BYTES);
  if (!r.ok) {
    switch (r.reason) {
      case 'missing':
        return { path, state: 'missing' };
      case 'not-a-file':
        return { path, state: 'not-a-file', detail: r.detail };
      case 'unreadable':
        return { path, state: 'unreadable', detail: r.detail };
      case 'too-large':
        return { path, state: 'too-large', size: r.size ?? 0 };
      case 'not-text':
        return { path, state: 'not-text', problem: r.problem, offset: r.offset };
    }
  }
  const parsed = parseJsonWithLocation(r.text);
  if (!parsed.ok) return { path, state: 'invalid', problem: parsed.problem };
  const json = parsed.value;
  if (!isObject(json)) return { path, state: 'not-object' };
  const responses = isObject(json.customApiKeyResponses) ? json.customApiKeyResponses : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const rejectedKeySuffixes = strings(responses.rejected);
  const approvedKeySuffixes = strings(responses.approved);
  // Key fragments are secrets too: 20 characters of a key are most of its entropy.
  for (const s of [...rejectedKeySuffixes, ...approvedKeySuffixes]) registerSecret(ctx.secrets, s);
  const primaryApiKey = typeof json.primaryApiKey === 'string' ? json.primaryApiKey : undefined;
  registerSecret(ctx.secrets, primaryApiKey);
  return {
    path,
    state: 'ok',
    mode: r.info.mode,
    content: {
      hasCompletedOnboarding: json.hasCompletedOnboarding,
      ...(typeof json.customApiUrl === 'string' ? { customApiUrl: json.customApiUrl } : {}),
      rejectedKeySuffixes,
      approvedKeySuffixes,
      ...(primaryApiKey !== undefined ? { primaryApiKey } : {}),
      ...(typeof json.installMethod === 'string' ? { installMethod: json.installMethod } : {}),
    },
  };
}

async function readDotEnv(ctx: Context): Promise<DotEnvState> {
  const path = pathFor(ctx).join(ctx.cwd, '.env');
  const r = await readText(ctx, path);
  if (!r.ok) return { path, state: r.reason === 'missing' ? 'missing' : 'unreadable' };
  // dotenv loads only when a .env exists: it pulls in crypto, which most runs never need.
  const vars = (require('dotenv') as typeof import('dotenv')).parse(r.text);
  for (const [name, value] of Object.entries(vars)) registerIfSecret(ctx.secrets, name, value);
  return { path, state: 'ok', vars };
}

async function readStartupFiles(ctx: Context): Promise<{ assignments: StartupAssignment[]; files: EffectiveConfig['startupFiles'] }> {
  const list = startupFileList(ctx);
  const reads = await Promise.all(list.map((f) => readText(ctx, f.path)));
  const assignments: StartupAssignment[] = [];
  const files: EffectiveConfig['startupFiles'] = [];
  list.forEach((f, i) => {
    const r = reads[i];
    // A UTF-16 PowerShell profile is normal on Windows: PowerShell reads it, so read its decoded text too.
    const text = r.ok ? r.text : r.reason === 'not-text' ? r.text : undefined;
    files.push({ ...f, state: text !== undefined ? 'ok' : !r.ok && r.reason === 'missing' ? 'missing' : 'unreadable' });
    if (text === undefined) return;
    for (const a of parseStartupFile(f.path, text, f.shell)) {
      registerIfSecret(ctx.secrets, a.name, a.value);
      assignments.push(a);
    }
  });
  return { assignments, files };
}

async function readRegistry(ctx: Context): Promise<Record<string, string> | null> {
  if (ctx.platform !== 'win32') return null;
  const r = await ctx.proc.run('reg', ['query', 'HKCU\\Environment'], { timeoutMs: 5000 });
  if (r.error || r.exitCode !== 0) return null;
  const values = parseRegQuery(r.stdout);
  for (const [name, value] of Object.entries(values)) registerIfSecret(ctx.secrets, name, value);
  return values;
}

/** Where the user's start-up files set variables (no values), for advice that edits those lines (the render kit). */
export async function startupLinesFor(ctx: Omit<Context, 'signal'>): Promise<StartupLines> {
  return startupLines((await resolveConfig(withLazySignal(ctx).ctx)).startupAssignments);
}

/** The first settings file that exists but cannot be read (invalid JSON, no permission…): Claude Code skips it whole. */
export function brokenSettingsFile(config: Pick<EffectiveConfig, 'settingsFiles'>): SettingsFileState | undefined {
  return config.settingsFiles.find((f) => f.state === 'invalid' || f.state === 'unreadable');
}

/**
 * For a check whose variables are set nowhere the doctor can read while a settings file is broken: they may well be in
 * that file, so "not set" would be a guess, and its advice (export it again, run setup) would add a second copy.
 * The outcome says the answer is unknown until that file is valid and points at that one fix; null when the check
 * can judge (a name is set somewhere readable, `known` is true, or no settings file is broken).
 */
export function unknownUntilValid(config: EffectiveConfig, names: readonly string[], known = false): CheckOutcome | null {
  if (known || names.some((n) => config.get(n) !== undefined)) return null;
  const file = brokenSettingsFile(config);
  if (!file) return null;
  const where = file.problem ? { line: file.problem.line, column: file.problem.column, cause: file.problem.cause ?? null } : { line: null, column: null, cause: null };
  return skipped('config.unknown-until-valid', { path: file.path, scope: file.scope, state: file.state, detail: file.detail ?? null, ...where, names: [...names] }, { unknownUntilValid: file.path });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Windows variable names are case-insensitive; a copied environment object is not. */
export function envValue(env: Env, name: string, platform: Context['platform']): string | undefined {
  return envVar({ env, platform }, name);
}
