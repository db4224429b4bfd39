// What setup writes: the `env` block Claude Code reads, and the onboarding flag in ~/.claude.json.
import type { JsonEdit } from '../fix/json-edit';
import { REGIONS, type Region } from './regions';

export interface SetupChoice {
  region: Region;
  model: string;
  /** --base-url: a gateway in front of the region's service (LiteLLM, claude-code-router, a company proxy). */
  baseUrl?: string;
}

export function baseUrlFor(choice: SetupChoice): string {
  return choice.baseUrl ?? REGIONS[choice.region].baseUrl;
}

/** The variables setup sets, without the key (so they can be shown). */
export function setupVariables(choice: SetupChoice): Array<[string, string]> {
  return [
    ['ANTHROPIC_BASE_URL', baseUrlFor(choice)],
    ['ANTHROPIC_MODEL', choice.model],
    // The background model must exist on Kimi too; the chosen model is the one known to.
    ['ANTHROPIC_SMALL_FAST_MODEL', choice.model],
    // Nonessential traffic goes to api.anthropic.com; off, whatever credential is used.
    ['CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', '1'],
  ];
}

/**
 * The key goes in ANTHROPIC_AUTH_TOKEN, which is sent only to the base URL. An ANTHROPIC_API_KEY left in the same
 * block would go out as well (and to api.anthropic.com), so it is removed; the backup keeps it.
 */
export function settingsEdits(choice: SetupChoice, key: string): JsonEdit[] {
  return [
    ...setupVariables(choice).map(([name, value]): JsonEdit => ({ op: 'set', path: ['env', name], value })),
    { op: 'set', path: ['env', 'ANTHROPIC_AUTH_TOKEN'], value: key },
    { op: 'delete', path: ['env', 'ANTHROPIC_API_KEY'] },
  ];
}

export const claudeJsonEdits: JsonEdit[] = [{ op: 'set', path: ['hasCompletedOnboarding'], value: true }];
