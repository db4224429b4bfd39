// Why a key was refused, when the key itself or the other region can tell.
import { isKimiCodeUrl, keyKindOf, officialRegionOf, type Region } from './moonshot-hosts';

export type RegionHint =
  | 'key-belongs-to-cn'
  | 'key-belongs-to-ai'
  | 'kimi-code-key-on-platform'
  | 'platform-key-on-kimi-code'
  | 'anthropic-key';

/** A hint from the key's prefix alone, so no request is spent on what the prefix already says. */
export function hintFromKey(key: string, url: string): RegionHint | undefined {
  const kind = keyKindOf(key);
  if (kind === 'anthropic') return 'anthropic-key';
  if (kind === 'kimi-code' && officialRegionOf(url) !== null) return 'kimi-code-key-on-platform';
  if (kind === 'platform' && isKimiCodeUrl(url)) return 'platform-key-on-kimi-code';
  return undefined;
}

export function hintFromRegion(region: Region): RegionHint {
  return region === 'cn' ? 'key-belongs-to-cn' : 'key-belongs-to-ai';
}
