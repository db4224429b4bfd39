// `doctor --fix`: plan the safe repairs from the first run, preview or apply them, and say what changed.
import { resolveConfig } from '../config/resolve';
import { realFileWriter } from '../context/write';
import { withLazySignal } from '../core/lazy-signal';
import { applyFixes, claudePaths, describeFix, fixReportEntries, fixRenderKit, gatherFixInput, planFixes, renderFixSummary } from '../fix';
import { loadCatalog } from '../i18n/catalog';
import type { RenderKit } from '../i18n/render-kit';
import type { FixSection, Report } from '../report/types';
import { promptLine } from '../setup/prompt';
import type { DoctorArgs } from './args';
import type { DoctorIo, Examination, Settings } from './doctor';
import { write } from './doctor';

type PreviewReason = 'dry-run' | 'no-tty' | 'declined';

export async function repair(
  first: Examination,
  args: DoctorArgs,
  io: DoctorIo,
  s: Settings,
): Promise<{ applied: boolean; text: string; section: FixSection; kit: RenderKit }> {
  const { ctx } = withLazySignal(first.base);
  const writer = io.writer ?? realFileWriter;
  const kit = fixRenderKit({ lang: s.lang, shell: s.shell, platform: ctx.platform, homeDir: ctx.homeDir });
  const input = await gatherFixInput({
    config: await resolveConfig(ctx),
    checks: first.results,
    paths: claudePaths(ctx),
    writer,
    // --only/--skip: repair what the checks that ran found, and nothing else.
    checkIds: first.report.checks.map((c) => c.id),
    platform: ctx.platform,
  });
  const actions = planFixes(input);
  const edits = actions.filter((a) => a.kind === 'edit');

  let reason: PreviewReason | null = args.dryRun ? 'dry-run' : null;
  const interactive = Boolean(io.stdin?.isTTY && io.stdout.isTTY);
  if (!reason && !args.yes && !interactive && edits.length > 0) reason = 'no-tty';
  let shownPreview = false;
  if (!reason && !args.yes && interactive && edits.length > 0 && io.stdin) {
    // Show exactly what would change, then ask; the default is No.
    const preview = await applyFixes(actions, writer, { dryRun: true, previewFor: 'confirm' });
    await write(io.stdout, io.redactor.redact(renderFixSummary(actions, preview, kit)));
    shownPreview = true;
    const answer = await promptLine(io.stdin, io.stdout, describeFix({ code: 'fix.confirm', values: {} }, kit).message, false).catch(() => '');
    if (!/^(y|yes|是)$/i.test(answer.trim())) reason = 'declined';
  }

  const results = await applyFixes(actions, writer, { dryRun: reason !== null, previewFor: reason ?? undefined });
  const applied = results.some((r) => r.status === 'updated' || r.status === 'created');
  const heading = describeFix({ code: 'fix.heading', values: {} }, kit).message;
  const body = shownPreview
    ? results.map((r) => `${r.status === 'updated' || r.status === 'created' ? '→' : '!'} ${describeText(r.outcome, kit)}`).join('\n') + '\n'
    : renderFixSummary(actions, results, kit);
  const note = reason && edits.length > 0 ? describeText({ code: 'fix.previewed', values: { reason } }, kit) + '\n' : '';
  return {
    applied,
    kit,
    text: `${heading}\n${body}${note}`,
    section: {
      dryRun: reason !== null,
      applied,
      before: {
        status: first.report.status,
        summary: first.report.summary,
        checks: first.report.checks.map((c) => ({ id: c.id, status: c.status })),
      },
      repairs: fixReportEntries(actions, results, kit),
    },
  };
}

/** "base-url: fail → pass" for every check whose status the repairs changed. */
export function beforeAfterText(before: Report, after: Report, kit: RenderKit): string {
  const lines: string[] = [];
  // The status words in the report language: "失败 → 通过" in zh.
  const word = loadCatalog(kit.lang).ui.status;
  for (const check of after.checks) {
    const old = before.checks.find((c) => c.id === check.id);
    if (!old || old.status === check.status) continue;
    lines.push(`  ${describeText({ code: 'fix.before-after', values: { title: check.title, before: word[old.status], after: word[check.status] } }, kit)}`);
  }
  if (lines.length === 0) return '';
  return `${describeFix({ code: 'fix.after-heading', values: {} }, kit).message}\n${lines.join('\n')}\n`;
}

function describeText(message: Parameters<typeof describeFix>[0], kit: RenderKit): string {
  const d = describeFix(message, kit);
  return d.remediation ? `${d.message}\n${d.remediation}` : d.message;
}
