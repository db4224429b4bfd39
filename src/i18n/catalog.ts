// The message catalogue: every sentence the doctor says, keyed by finding code, in English and Chinese.
import type { Finding, Lang, Shell } from '../core/types';
import type { RenderKit } from './render-kit';

/** Values are typed loosely on purpose: each entry knows which fields its check puts in. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Values = Record<string, any>;

export interface MessageEntry {
  message: (v: Values, kit: RenderKit) => string;
  /** What to do about it; omitted for findings that need no action. */
  remediation?: (v: Values, kit: RenderKit) => string;
}

export interface UiStrings {
  categories: Record<'install' | 'config' | 'network', string>;
  status: Record<'pass' | 'warn' | 'fail' | 'skip', string>;
  reportTitle: string;
  /** After the title: which kimi-claude wrote the report. */
  titleVersion: (version: string) => string;
  environment: string;
  checks: string;
  details: string;
  check: string;
  result: string;
  notes: string;
  envLabels: Record<'os' | 'arch' | 'node' | 'npm' | 'shell' | 'claude' | 'installMethod' | 'locale' | 'doctor', string>;
  unknown: string;
  /** How Claude Code was installed (InstallMethod in src/facts/claude-install.ts), as the report names it. */
  installMethods: Record<'npm-global' | 'native' | 'other', string>;
  /** Closing line: answers "am I good to go?". */
  verdictAllPassed: (checks: number) => string;
  verdictSelectedPassed: (checks: number, unchecked: number) => string;
  verdictProblems: (fails: number, warns: number, strict: boolean) => string;
  verdictWarningsOnly: (warns: number) => string;
  inThisTerminal: string;
  forNewTerminals: string;
  setxNote: string;
  openNewTerminal: string;
  /** Start-up file lines that already set a variable ("~/.bashrc line 3"): change or delete them, never add another. */
  startupLines: {
    /** The commands below change the lines in place. */
    change: (where: ReadonlyArray<{ path: string; line: number }>) => string;
    /** No command can: the user edits the lines to the one shown. */
    replaceWith: (where: ReadonlyArray<{ path: string; line: number }>) => string;
    delete: (where: ReadonlyArray<{ path: string; line: number }>) => string;
    /** No command deletes them (a PowerShell profile): the user does. */
    deleteByHand: (where: ReadonlyArray<{ path: string; line: number }>) => string;
    /** Unset, and no start-up file sets it. */
    none: string;
  };
  addToPathHeading: string;
  timing: (ms: number) => string;
  crashDetails: string;
  progress: (done: number, total: number, running: string) => string;
}

export interface Catalog {
  ui: UiStrings;
  /** Check titles by check id (English titles come from the check definitions). */
  titles: Record<string, string>;
  findings: Record<string, MessageEntry>;
}

export interface RenderedFinding {
  code: string;
  severity: Finding['severity'];
  message: string;
  remediation: string | null;
}

/** A command's wording: the doctor's findings, with those of `--fix` and setup, or of explain, for those commands. */
export type CatalogPart = 'doctor' | 'fix' | 'explain';

/** The findings of each part beyond the doctor's, each loaded when first asked for. */
export type CatalogParts = Record<Exclude<CatalogPart, 'doctor'>, () => Record<string, MessageEntry>>;

let cache: Partial<Record<`${Lang} ${CatalogPart}`, Catalog>> = {};

/** Loads only the language and the part asked for: the rest is never turned into objects. */
export function loadCatalog(lang: Lang, part: CatalogPart = 'doctor'): Catalog {
  const key = `${lang} ${part}` as const;
  const hit = cache[key];
  if (hit) return hit;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const language = lang === 'zh' ? require('./zh') : require('./en');
  const catalog: Catalog = lang === 'zh' ? language.zh : language.en;
  const parts: CatalogParts = lang === 'zh' ? language.zhParts : language.enParts;
  const loaded = part === 'doctor' ? catalog : { ...catalog, findings: Object.assign(Object.create(null), catalog.findings, parts[part]()) };
  cache = { ...cache, [key]: loaded };
  return loaded;
}

export type { Shell };
