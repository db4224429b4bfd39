// How Claude Code reads the values it takes from the environment and settings `env` blocks (FACTS.md):
// whitespace and line breaks around the base URL and the credentials are trimmed; every other value is taken as
// it is (quotes, a BOM, a full-width colon all survive and break the request).
const TRIMMED = new Set(['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN']);

/** The value Claude Code uses, or undefined when it counts as unset. */
export function asClaudeCodeReads(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = TRIMMED.has(name) ? raw.trim() : raw;
  return value === '' ? undefined : value;
}

/** Providers that make Claude Code ignore ANTHROPIC_BASE_URL (measured for Bedrock on 2.1.332), by their flag. */
export const THIRD_PARTY_PROVIDERS = {
  CLAUDE_CODE_USE_BEDROCK: 'Amazon Bedrock',
  CLAUDE_CODE_USE_VERTEX: 'Google Vertex AI',
  CLAUDE_CODE_USE_FOUNDRY: 'Microsoft Foundry',
} as const;

export const THIRD_PARTY_PROVIDER_VARS = Object.keys(THIRD_PARTY_PROVIDERS) as Array<keyof typeof THIRD_PARTY_PROVIDERS>;

/** The provider a flag switches on ("Amazon Bedrock"), or undefined for any other name. */
export function providerName(flag: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(THIRD_PARTY_PROVIDERS, flag) ? THIRD_PARTY_PROVIDERS[flag as keyof typeof THIRD_PARTY_PROVIDERS] : undefined;
}

/** Claude Code treats these flags as on for any value but empty, 0, false, no and off. */
export function isTruthyFlag(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  return !['', '0', 'false', 'no', 'off'].includes(raw.trim().toLowerCase());
}
