// Model names that no longer answer on Moonshot's endpoints, kept as dated data so updating is one edit.
// The live probe (network checks) is the real test; this list only lets the offline check say so early.

export interface RetiredModel {
  name: string;
  /** When we noticed it gone from Moonshot's public model list (ISO date). */
  noticed: string;
  replacement: string;
}

/** Reviewed on this date; entries older than a year may deserve a second look. */
export const RETIRED_MODELS_REVIEWED = '2026-11-29';

export const RETIRED_MODELS: readonly RetiredModel[] = [
  // The setup guide's example model.
  { name: 'kimi-k2-0711-preview', noticed: '2026-06-29', replacement: 'kimi-k2.6' },
  { name: 'kimi-k2-0905-preview', noticed: '2026-06-29', replacement: 'kimi-k2.6' },
  { name: 'kimi-k2-turbo-preview', noticed: '2026-06-29', replacement: 'kimi-k2.6' },
  { name: 'kimi-latest', noticed: '2026-06-29', replacement: 'kimi-k2.6' },
];

/** What remediation suggests when nothing is configured, by endpoint. */
export const SUGGESTED_MODELS = {
  platform: { main: 'kimi-k2.6', smallFast: 'kimi-k2.6' },
  'kimi-code': { main: 'kimi-for-coding', smallFast: 'kimi-for-coding' },
} as const;

export function retiredModel(name: string): RetiredModel | undefined {
  const n = name.trim().toLowerCase();
  return RETIRED_MODELS.find((m) => m.name === n);
}
