// The --fix engine the doctor calls: gather snapshots, plan, apply (or preview), describe.
export { applyFixes, type ApplyOptions } from './apply';
export { claudePaths } from './claude-paths';
export { describeFix, fixReportEntries, fixRenderKit, refusalCode, renderFixSummary, type FixReportEntry } from './describe';
export { gatherFixInput } from './gather';
export { planFixes } from './plan';
export type * from './types';
