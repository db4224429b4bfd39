// Renders findings through both catalogues, so check tests also prove the wording accepts the values given.
import type { Finding, Platform } from '../../src/core/types';
import { loadCatalog } from '../../src/i18n/catalog';
import { createRenderKit } from '../../src/i18n/render-kit';

export function renderAll(findings: readonly Finding[], platform: Platform, homeDir: string): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const catalog = loadCatalog(lang);
    for (const shell of platform === 'win32' ? (['powershell', 'cmd'] as const) : (['bash', 'fish'] as const)) {
      const kit = createRenderKit({ lang, shell, platform, homeDir, ui: catalog.ui });
      for (const f of findings) {
        const entry = catalog.findings[f.code];
        out.push(entry.message(f.values ?? {}, kit));
        if (entry.remediation) out.push(entry.remediation(f.values ?? {}, kit));
      }
    }
  }
  return out;
}

/** Every rendered sentence must be free of holes such as "undefined", "null" or "[object Object]". */
export function expectWellRendered(findings: readonly Finding[], platform: Platform, homeDir: string): void {
  for (const text of renderAll(findings, platform, homeDir)) {
    expect(text).not.toMatch(/undefined|\bnull\b|\[object Object\]|NaN/);
  }
}
