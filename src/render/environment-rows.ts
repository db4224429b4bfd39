// The environment section as label/value rows, shared by the human and Markdown reports.
import { loadCatalog } from '../i18n/catalog';
import type { Lang } from '../core/types';
import type { EnvironmentInfo, VersionedPath } from '../report/types';

export function environmentRows(env: EnvironmentInfo, lang: Lang, doctorVersion: string): Array<[string, string]> {
  const ui = loadCatalog(lang).ui;
  const unknown = ui.unknown;
  const vp = (v: VersionedPath | null) => (v ? [v.version ?? unknown, v.path ? `(${v.path})` : ''].join(' ').trim() : unknown);
  const l = ui.envLabels;
  return [
    [l.os, env.os ?? unknown],
    [l.arch, env.arch ?? unknown],
    [l.node, vp(env.node)],
    [l.npm, vp(env.npm)],
    [l.claude, vp(env.claude)],
    [l.installMethod, env.installMethod ? (ui.installMethods as Record<string, string>)[env.installMethod] ?? env.installMethod : unknown],
    [l.shell, env.shell ?? unknown],
    [l.locale, env.locale ?? unknown],
    [l.doctor, doctorVersion],
  ];
}
