// Moonshot's official hosts and what follows from them: region, console, balance and model-list URLs.
// Follow-up requests go only to these hosts, so a key never travels to a host the user did not choose.

import { KIMI_ROOTS } from '../core/endpoints';

export type Region = 'cn' | 'ai';

export const OFFICIAL_HOSTS: Record<Region, string> = { cn: 'api.moonshot.cn', ai: 'api.moonshot.ai' };
/**
 * The web consoles (keys, balance, recharge). Moonshot moved them off the moonshot domains; the API hosts did not move.
 * - cn: platform.moonshot.cn answers 301 to platform.kimi.com; Moonshot's own Claude Code guide links
 *   https://platform.kimi.com/console/api-keys (https://platform.kimi.com/docs/guide/agent-support).
 * - ai: the developer portal was renamed from platform.moonshot.ai to platform.kimi.ai, "API endpoint unaffected per
 *   their migration notice" (aallan/vera-bench#47, 2026-04-10); Kimi's help centre sends users to the platform.kimi.ai
 *   console (https://www.kimi.com/zh-cn/help/kimi-api/api-balance-and-usage).
 * Checked 2026-12-04.
 */
export const CONSOLE_URLS: Record<Region, string> = { cn: 'https://platform.kimi.com/console', ai: 'https://platform.kimi.ai/console' };
export const ANTHROPIC_ROOTS: Record<Region, string> = { cn: KIMI_ROOTS.cn, ai: KIMI_ROOTS.ai };
export const CURRENCY: Record<Region, 'CNY' | 'USD'> = { cn: 'CNY', ai: 'USD' };
export const KIMI_CODE_HOST = 'api.kimi.com';
export const KIMI_CODE_ROOT = KIMI_ROOTS['kimi-code'];

/** The region of an official https URL, or null for gateways, Kimi Code and anything on another port. */
export function officialRegionOf(url: string): Region | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return null;
  const host = parsed.hostname.toLowerCase();
  if (host === OFFICIAL_HOSTS.cn) return 'cn';
  if (host === OFFICIAL_HOSTS.ai) return 'ai';
  return null;
}

export const otherRegion = (region: Region): Region => (region === 'cn' ? 'ai' : 'cn');
export const balanceUrl = (region: Region) => `https://${OFFICIAL_HOSTS[region]}/v1/users/me/balance`;
export const modelsUrl = (region: Region) => `https://${OFFICIAL_HOSTS[region]}/v1/models`;

export function isKimiCodeUrl(url: string): boolean {
  try {
    return new URL(url).hostname.toLowerCase() === KIMI_CODE_HOST;
  } catch {
    return false;
  }
}

export type KeyKind = 'kimi-code' | 'anthropic' | 'platform' | 'unknown';

/** Platform keys start with sk-, Kimi Code keys with sk-kimi-, Anthropic keys with sk-ant- (FACTS.md). */
export function keyKindOf(key: string): KeyKind {
  if (key.startsWith('sk-kimi-')) return 'kimi-code';
  if (key.startsWith('sk-ant-')) return 'anthropic';
  if (key.startsWith('sk-')) return 'platform';
  return 'unknown';
}
