// explain's output formats, on their own: the command line lists them, and loading the explain renderer for that would
// load the whole explain machinery (its line readers and guesses) into every run of the doctor.
export const EXPLAIN_FORMATS = ['human', 'json', 'markdown'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];
