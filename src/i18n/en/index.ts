import type { Catalog, CatalogParts, MessageEntry } from '../catalog';
import { coreFindings, ui } from './core';
import { claudeCodeFindings } from './claude-code';
import { configFindings } from './config';
import type { explainFindings } from './explain';
import type { fixFindings } from './fix';
import { networkFindings } from './network';

/** What the doctor's checks and runner say. */
export type EnDoctorFindings = typeof coreFindings & typeof configFindings & typeof networkFindings & typeof claudeCodeFindings;

/** Every finding, the doctor's and those of --fix, setup and explain. */
export type EnFindings = EnDoctorFindings & typeof explainFindings & typeof fixFindings;

// The doctor's table, copied into a prototype-less object: a spread into an object literal gives the table a new hidden
// class for each of its keys (0.3 ms of every run), a dictionary does not.
const doctorFindings: EnDoctorFindings = Object.assign(
  Object.create(null) as EnDoctorFindings,
  coreFindings,
  configFindings,
  networkFindings,
  claudeCodeFindings,
) satisfies Record<string, MessageEntry>;

export const en: Catalog = { ui, titles: {}, findings: doctorFindings };

/** The wording only `--fix` and setup, or explain, use: loaded by those commands alone (0.3 ms of a doctor run). */
export const enParts: CatalogParts = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fix: () => require('./fix').fixFindings,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  explain: () => require('./explain').explainFindings,
};
