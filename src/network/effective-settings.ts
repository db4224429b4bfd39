// The seam between the network checks and the configuration resolver.
// Until the resolver (src/config/resolve.ts) is merged, values come straight from ctx.env with a process-env source;
// on merge this body becomes a lookup through the memoized EffectiveConfig, and the shape returned stays the same.
import type { ConfigSource } from '../config/types';
import type { Context } from '../core/types';
import { NO_PROXY_VARS, PROXY_VARS, type ProxyVars } from './proxy-rules';
import { parseProxyUrl } from './proxy-url';

export interface NetworkSetting {
  name: string;
  value: string;
  source: ConfigSource;
}

export interface NetworkSettings {
  baseUrl?: NetworkSetting;
  apiKey?: NetworkSetting;
  authToken?: NetworkSetting;
  model?: NetworkSetting;
  /** Every proxy-related variable that is set, by name (upper and lower case kept apart). */
  proxyVars: Partial<Record<keyof ProxyVars, NetworkSetting>>;
  extraCaCerts?: NetworkSetting;
  tlsRejectUnauthorized?: NetworkSetting;
}

// Claude Code trims whitespace and line breaks around the URL and the key (FACTS.md); other values are taken as they are.
const TRIMMED = new Set(['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN']);

export function networkSettings(ctx: Context): Promise<NetworkSettings> {
  return ctx.memo('network-settings', async () => readSettings(ctx));
}

function readSettings(ctx: Context): NetworkSettings {
  const read = (name: string): NetworkSetting | undefined => {
    const raw = ctx.env[name];
    if (raw === undefined) return undefined;
    const value = TRIMMED.has(name) ? raw.trim() : raw;
    if (value === '') return undefined;
    return { name, value, source: { kind: 'process-env' } };
  };
  const proxyVars: NetworkSettings['proxyVars'] = {};
  for (const name of [...PROXY_VARS, ...NO_PROXY_VARS]) {
    const setting = read(name);
    if (!setting) continue;
    proxyVars[name] = setting;
    // Every proxy password is a secret, not only the winning one's.
    const parsed = parseProxyUrl(setting.value);
    if (parsed.ok) ctx.secrets.add(parsed.password);
  }
  const settings: NetworkSettings = {
    baseUrl: read('ANTHROPIC_BASE_URL'),
    apiKey: read('ANTHROPIC_API_KEY'),
    authToken: read('ANTHROPIC_AUTH_TOKEN'),
    model: read('ANTHROPIC_MODEL'),
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
