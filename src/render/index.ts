// Formats by name; the compiler checks that every format has a renderer.
import type { Lang } from '../core/types';
import type { Report } from '../report/types';
import { renderHuman } from './human';
import { renderMarkdown } from './markdown';
import { renderJunit } from './junit';
import { renderGithub } from './github';

export const FORMATS = ['human', 'json', 'markdown', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  lang: Lang;
  /** 0: no colour. Only the human report uses it. */
  colorLevel: 0 | 1 | 2 | 3;
  unicode: boolean;
  verbose: boolean;
  strict: boolean;
  homeDir: string;
  /** How many of the doctor's checks were left out (--only, --skip, ids): "all passed" then is not "ready". */
  notRun?: number;
}

export const renderers = {
  human: (report, o) => renderHuman(report, o),
  json: (report, _o) => JSON.stringify(report, null, 2) + '\n',
  markdown: (report, o) => renderMarkdown(report, o),
  junit: (report, o) => renderJunit(report, o),
  github: (report, o) => renderGithub(report, o),
} satisfies Record<Format, (report: Report, o: RenderOptions) => string>;
