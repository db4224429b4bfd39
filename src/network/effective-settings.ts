// The seam between the network checks and the configuration resolver: every value as Claude Code would see it,
// settings `env` blocks included, with its source.
import { asClaudeCodeReads } from '../claude-code/values';
import { resolveConfig } from '../config/resolve';
import type { ConfigSource, EffectiveConfig } from '../config/types';
import type { Context } from '../core/types';
import { NO_PROXY_VARS, PROXY_VARS, type ProxyVars } from './proxy-rules';
import { parseProxyUrl, rawProxyCredentials } from './proxy-url';

export interface NetworkSetting {
  name: string;
  value: string;
  source: ConfigSource;
}

export interface NetworkSettings {
  baseUrl?: NetworkSetting;
  apiKey?: NetworkSetting;
  authToken?: NetworkSetting;
  /** Every proxy-related variable that is set, by name (upper and lower case kept apart). */
  proxyVars: Partial<Record<keyof ProxyVars, NetworkSetting>>;
  extraCaCerts?: NetworkSetting;
  tlsRejectUnauthorized?: NetworkSetting;
}

export function networkSettings(ctx: Context): Promise<NetworkSettings> {
  return ctx.memo('network-settings', async () => readSettings(ctx, await resolveConfig(ctx)));
}

function readSettings(ctx: Context, config: EffectiveConfig): NetworkSettings {
  const read = (name: string): NetworkSetting | undefined => {
    const resolved = config.get(name);
    if (resolved === undefined) return undefined;
    // Trimmed where Claude Code trims (src/claude-code/values.ts).
    const value = asClaudeCodeReads(name, resolved.value);
    if (value === undefined) return undefined;
    return { name, value, source: resolved.source };
  };
  const proxyVars: NetworkSettings['proxyVars'] = {};
  for (const name of [...PROXY_VARS, ...NO_PROXY_VARS]) {
    const setting = read(name);
    if (!setting) continue;
    proxyVars[name] = setting;
    // Every proxy password is a secret, not only the winning one's.
    const parsed = parseProxyUrl(setting.value);
    if (parsed.ok) ctx.secrets.add(parsed.password);
    // One that does not parse still may hold a password: everything before the last "@" is treated as one.
    else for (const secret of rawProxyCredentials(setting.value)) ctx.secrets.add(secret, 'password');
  }
  const settings: NetworkSettings = {
    baseUrl: read('ANTHROPIC_BASE_URL'),
    apiKey: read('ANTHROPIC_API_KEY'),
    authToken: read('ANTHROPIC_AUTH_TOKEN'),
    proxyVars,
    extraCaCerts: read('NODE_EXTRA_CA_CERTS'),
    tlsRejectUnauthorized: read('NODE_TLS_REJECT_UNAUTHORIZED'),
  };
  ctx.secrets.add(settings.apiKey?.value);
  ctx.secrets.add(settings.authToken?.value);
  return settings;
}

/** The plain values proxy-rules works on. */
export function proxyVarValues(settings: NetworkSettings): ProxyVars {
  const values: ProxyVars = {};
  for (const [name, setting] of Object.entries(settings.proxyVars)) values[name as keyof ProxyVars] = setting.value;
  return values;
}
