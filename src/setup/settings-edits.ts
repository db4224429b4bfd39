// What setup writes: the `env` block Claude Code reads, and the onboarding flag in ~/.claude.json.
// The model goes in the slots Moonshot's guide sets (src/config/models.ts GUIDE_SLOTS), with tool search off as
// both Kimi guides say.
import { GUIDE_SLOTS, GUIDE_TOOL_SEARCH } from '../config/models';
import type { JsonEdit } from '../fix/json-edit';
import { REGIONS, type Region } from './regions';

export interface SetupChoice {
  region: Region;
  model: string;
  /** --base-url: a gateway in front of the region's service (LiteLLM, claude-code-router, a company proxy). */
  baseUrl?: string;
}

/**
 * Variables that would name the model before the guide's slots: ANTHROPIC_MODEL beats the default alias, and the
 * deprecated ANTHROPIC_SMALL_FAST_MODEL beats ANTHROPIC_DEFAULT_HAIKU_MODEL. Setup removes them from the block it
 * writes, and names them when the terminal still sets them.
 */
export const COMPETING_MODEL_VARS = ['ANTHROPIC_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL'] as const;

export function baseUrlFor(choice: SetupChoice): string {
  return choice.baseUrl ?? REGIONS[choice.region].baseUrl;
}

/** The variables setup sets, without the key (so they can be shown). */
export function setupVariables(choice: SetupChoice): Array<[string, string]> {
  return [
    ['ANTHROPIC_BASE_URL', baseUrlFor(choice)],
    ...GUIDE_SLOTS.map((slot): [string, string] => [slot, choice.model]),
    ['ENABLE_TOOL_SEARCH', GUIDE_TOOL_SEARCH],
    // Nonessential traffic goes to api.anthropic.com; off, whatever credential is used.
    ['CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', '1'],
  ];
}

/**
 * The key goes in ANTHROPIC_AUTH_TOKEN, which is sent only to the base URL. An ANTHROPIC_API_KEY left in the same
 * block would go out as well (and to api.anthropic.com), so it is removed, as are model variables that would beat
 * the slots; the backup keeps them.
 */
export function settingsEdits(choice: SetupChoice, key: string): JsonEdit[] {
  return [
    ...setupVariables(choice).map(([name, value]): JsonEdit => ({ op: 'set', path: ['env', name], value })),
    ...COMPETING_MODEL_VARS.map((name): JsonEdit => ({ op: 'delete', path: ['env', name] })),
    { op: 'set', path: ['env', 'ANTHROPIC_AUTH_TOKEN'], value: key },
    { op: 'delete', path: ['env', 'ANTHROPIC_API_KEY'] },
  ];
}

export const claudeJsonEdits: JsonEdit[] = [{ op: 'set', path: ['hasCompletedOnboarding'], value: true }];
