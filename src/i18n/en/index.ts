import type { Catalog, MessageEntry } from '../catalog';
import { coreFindings, ui } from './core';
import { claudeCodeFindings } from './claude-code';
import { configFindings } from './config';
import { explainFindings } from './explain';
import { fixFindings } from './fix';
import { networkFindings } from './network';

export const enFindings = {
  ...coreFindings,
  ...configFindings,
  ...networkFindings,
  ...claudeCodeFindings,
  ...explainFindings,
  ...fixFindings,
} satisfies Record<string, MessageEntry>;

export const en: Catalog = { ui, titles: {}, findings: enFindings };
