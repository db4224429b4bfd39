// Runs one check on a fake context and renders its findings, the way the report would, in both languages.
import { createRenderKit } from '../../src/i18n/render-kit';
import { loadCatalog } from '../../src/i18n/catalog';
import type { CheckDefinition, CheckOutcome, Finding, Lang, Shell } from '../../src/core/types';
import { fakeContext, FakeContext, FakeContextOptions } from './fake-context';

export async function runCheck(check: CheckDefinition, opts: FakeContextOptions): Promise<CheckOutcome & { ctx: FakeContext; codes: string[] }> {
  const ctx = fakeContext(opts);
  const skip = check.appliesTo?.(ctx);
  const outcome = skip ?? (await check.run(ctx));
  return { ...outcome, ctx, codes: outcome.findings.map((f) => f.code) };
}

export const SHELLS: Shell[] = ['bash', 'zsh', 'fish', 'powershell', 'cmd'];

/** Message plus remediation, as one string, for assertions on wording. */
export function render(finding: Finding, lang: Lang = 'en', shell: Shell = 'bash', homeDir = '/home/user'): string {
  const catalog = loadCatalog(lang);
  const entry = catalog.findings[finding.code];
  if (!entry) throw new Error(`no ${lang} wording for ${finding.code}`);
  const kit = createRenderKit({ lang, shell, platform: shell === 'powershell' || shell === 'cmd' ? 'win32' : 'linux', homeDir, ui: catalog.ui });
  const values = finding.values ?? {};
  return [entry.message(values, kit), entry.remediation?.(values, kit) ?? ''].join('\n');
}

/** Every rendering of the findings in every language and shell. */
export function renderAll(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) for (const lang of ['en', 'zh'] as const) for (const shell of SHELLS) out.push(render(f, lang, shell));
  return out;
}
