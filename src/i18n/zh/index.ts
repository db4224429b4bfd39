import type { Catalog, CatalogParts, MessageEntry } from '../catalog';
import type { EnDoctorFindings } from '../en';
import { coreFindings, titles, ui } from './core';
import { claudeCodeFindings } from './claude-code';
import { configFindings, configTitles } from './config';
import { networkFindings, networkTitles } from './network';

// Typed against the English codes: a code without a Chinese entry does not compile (zh/fix.ts and zh/explain.ts are
// typed against theirs the same way).
const zhFindings: Record<keyof EnDoctorFindings, MessageEntry> = {
  ...coreFindings,
  ...configFindings,
  ...networkFindings,
  ...claudeCodeFindings,
};

export const zh: Catalog = { ui, titles: { ...titles, ...configTitles, ...networkTitles }, findings: zhFindings };

/** As enParts: loaded only by the commands that say them. */
export const zhParts: CatalogParts = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fix: () => require('./fix').fixFindings,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  explain: () => require('./explain').explainFindings,
};
