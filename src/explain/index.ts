// `kimi-claude explain`'s pure core: text in, diagnosis out. The CLI shell lives in src/cli/explain.ts.
export { explain, explainUiFor } from './explain';
export type { ExplainOptions, Explanation } from './explain';
export { diagnose } from './diagnose';
export type { DiagnoseResult, Diagnosis } from './diagnose';
export { parsePaste } from './parse-paste';
export type { CleanPaste } from './parse-paste';
export { EXPLAIN_ONLY_VERDICTS, EXPLAIN_VERDICTS } from './verdicts';
export type { Confidence, ExplainOnlyVerdict, ExplainVerdict } from './verdicts';
