// `kimi-claude doctor`: run the checks, build one report, redact it, print it, return the exit code.
// With --fix: repair, run the checks again on a fresh context, and show before and after.
import { allChecks } from '../../checks';
import { withLazySignal } from '../core/lazy-signal';
import { runChecks } from '../core/runner';
import { exitCodeFor } from '../core/status';
import { colorLevel, detectLang, detectShell, supportsUnicode } from '../core/locale';
import type { Redactor } from '../core/redact';
import type { CheckDefinition, CheckResult, Context, Env, FileWriter, Lang, Shell } from '../core/types';
import { createRealContext } from '../context/real';
import { buildReport } from '../report/build';
import { startupLinesFor } from '../config/resolve';
import { collectEnvironment } from '../report/environment';
import type { Report } from '../report/types';
import { renderers, type Format, type RenderOptions } from '../render';
import { appendReportFile, writeReportFile } from '../context/report-files';
import { writeText } from '../context/stdio';
import type { SetupInput } from '../setup/prompt';
import { UsageError, type DoctorArgs } from './args';
import { Progress } from './progress';

export interface DoctorIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** For the --fix confirmation on a terminal. */
  stdin?: SetupInput;
  processEnv: Env;
  envFile?: Env;
  version: string;
  redactor: Redactor;
  /** The checks to run (default: all registered ones); a seam for tests of crash isolation. */
  checks?: readonly CheckDefinition[];
  /** Where --fix writes (default: the real atomic writer). */
  writer?: FileWriter;
}

export function selectChecks(args: Pick<DoctorArgs, 'ids' | 'only' | 'skip'>, checks: readonly CheckDefinition[]): CheckDefinition[] {
  const valid = checks.map((c) => c.id);
  const unknown = [...args.ids, ...args.only, ...args.skip].filter((id) => !valid.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown check id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Valid ids: ${valid.join(', ')}`);
  }
  const wanted = new Set([...args.ids, ...args.only]);
  return checks.filter((c) => (wanted.size === 0 || wanted.has(c.id)) && !args.skip.includes(c.id));
}

/** One run of the checks on a fresh context, with its report (already redacted). */
export interface Examination {
  base: Omit<Context, 'signal'>;
  results: CheckResult[];
  report: Report;
}

export interface Settings {
  lang: Lang;
  shell: Shell;
}

export async function examine(checks: readonly CheckDefinition[], args: DoctorArgs, io: DoctorIo, progressOn: boolean): Promise<Examination & Settings> {
  const lang: Lang = args.lang ?? detectLang(io.processEnv);
  const options = { offline: args.offline, timeoutMs: args.timeoutMs, verbose: args.verbose, model: args.model, clientCapture: args.clientCapture };
  const base = createRealContext({ options, redactor: io.redactor, doctorVersion: io.version, envOverride: io.envFile });
  const shell = args.shell ?? detectShell(io.processEnv, base.platform);

  const progress = progressOn && io.stderr.isTTY ? new Progress(io.stderr, lang, checks.length) : undefined;
  let results: CheckResult[];
  try {
    results = await runChecks(checks, base, { onSettled: (_r, pending) => progress?.update(pending) });
  } finally {
    progress?.stop();
  }

  const environment = await collectEnvironment(withLazySignal(base).ctx, shell);
  const report = io.redactor.redactDeep(
    buildReport(results, environment, {
      lang,
      shell,
      platform: base.platform,
      homeDir: base.homeDir,
      generatedAt: new Date(base.clock.now()),
      doctorVersion: io.version,
      verbose: args.verbose,
      startup: await startupLinesFor(base),
    }),
  );
  return { base, results, report, lang, shell };
}

export async function runDoctor(args: DoctorArgs, io: DoctorIo): Promise<number> {
  const checks = selectChecks(args, io.checks ?? allChecks);
  const onGithub = io.processEnv.GITHUB_ACTIONS === 'true';
  const format: Format = args.format ?? (onGithub ? 'github' : 'human');
  const humanOnTerminal = format === 'human' || Boolean(args.output);

  const first = await examine(checks, args, io, humanOnTerminal && !args.output);
  let final: Examination = first;
  let report: Report = first.report;
  let fixText = '';
  if (args.fix) {
    // The repair engine (and the writer's crypto) loads only for --fix.
    const { beforeAfterText, repair } = require('./doctor-fix') as typeof import('./doctor-fix');
    const outcome = await repair(first, args, io, { lang: first.lang, shell: first.shell });
    fixText = outcome.text;
    if (outcome.applied) {
      final = await examine(checks, args, io, false);
      fixText += beforeAfterText(first.report, final.report, outcome.kit);
    }
    report = { ...final.report, fix: outcome.section };
  }

  const renderOptions: RenderOptions = {
    lang: first.lang,
    colorLevel: colorLevel(io.processEnv, Boolean(io.stdout.isTTY), args.color),
    unicode: supportsUnicode(io.processEnv, first.base.platform) || first.lang === 'zh',
    verbose: args.verbose,
    strict: args.strict,
    homeDir: first.base.homeDir,
    notRun: (io.checks ?? allChecks).length - checks.length,
  };
  const render = (f: Format, o: RenderOptions = renderOptions) => io.redactor.redact(renderers[f](report, o));

  // The repair summary (diffs, backups, commands) is for people; machine formats carry it in `fix`.
  if (fixText && humanOnTerminal) await write(io.stdout, io.redactor.redact(fixText) + '\n');
  if (args.output) {
    const failure = writeReportFile(args.output, render(format, { ...renderOptions, colorLevel: 0 }));
    if (failure) throw new UsageError(`cannot write --output ${args.output}: ${failure}`);
    await write(io.stdout, render('human'));
  } else {
    await write(io.stdout, render(format));
  }
  const summaryFile = io.processEnv.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    const failure = appendReportFile(summaryFile, render('markdown'));
    if (failure) await write(io.stderr, `kimi-claude: cannot append to GITHUB_STEP_SUMMARY (${summaryFile}): ${failure}\n`);
  }
  return exitCodeFor(report.summary, args.strict);
}

/**
 * Resolves once the text is handed to the OS, so a piped JSON report is never cut short by exit. Never rejects: a
 * reader that closed early (`| head -1`) drops the rest quietly, and the run keeps its exit code.
 */
export const write: (stream: NodeJS.WritableStream, text: string) => Promise<void> = writeText;
