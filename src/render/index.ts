// Formats by name; the compiler checks that every format has a renderer.
import type { Chalk } from 'chalk';
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
  chalk: Chalk;
  unicode: boolean;
  verbose: boolean;
  strict: boolean;
  homeDir: string;
}

export const renderers = {
  human: (report, o) => renderHuman(report, o),
  json: (report, _o) => JSON.stringify(report, null, 2) + '\n',
  markdown: (report, o) => renderMarkdown(report, o),
  junit: (report, o) => renderJunit(report, o),
  github: (report, o) => renderGithub(report, o),
} satisfies Record<Format, (report: Report, o: RenderOptions) => string>;
