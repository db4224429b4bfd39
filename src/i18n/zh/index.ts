import type { Catalog, MessageEntry } from '../catalog';
import type { FindingCode } from '../codes';
import { coreFindings, titles, ui } from './core';
import { claudeCodeFindings } from './claude-code';
import { configFindings, configTitles } from './config';
import { explainFindings } from './explain';
import { fixFindings, fixTitles } from './fix';
import { networkFindings, networkTitles } from './network';

// Typed against the English codes: a code without a Chinese entry does not compile.
const zhFindings: Record<FindingCode, MessageEntry> = {
  ...coreFindings,
  ...configFindings,
  ...networkFindings,
  ...claudeCodeFindings,
  ...explainFindings,
  ...fixFindings,
};

export const zh: Catalog = { ui, titles: { ...titles, ...configTitles, ...networkTitles, ...fixTitles }, findings: zhFindings };
