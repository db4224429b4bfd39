// The Anthropic-compatible roots Claude Code must be given for Kimi; it appends /v1/messages itself (FACTS.md).
// The one place these URLs live: checks, wording, setup and the probe's follow-ups all read them from here.

export type KimiRegion = 'cn' | 'ai' | 'kimi-code';

export const KIMI_ROOTS: Readonly<Record<KimiRegion, string>> = {
  cn: 'https://api.moonshot.cn/anthropic',
  ai: 'https://api.moonshot.ai/anthropic',
  'kimi-code': 'https://api.kimi.com/coding/',
};
