// `kimi-claude doctor`: run the checks, build one report, redact it, print it, return the exit code.
import { allChecks } from '../../checks';
import { runChecks } from '../core/runner';
import { exitCodeFor } from '../core/status';
import { colorLevel, detectLang, detectShell, supportsUnicode } from '../core/locale';
import type { Redactor } from '../core/redact';
import type { CheckDefinition, CheckResult, Env, Lang } from '../core/types';
import { createRealContext } from '../context/real';
import { buildReport } from '../report/build';
import { collectEnvironment } from '../report/environment';
import { renderers, type Format, type RenderOptions } from '../render';
import { appendReportFile, writeReportFile } from '../context/report-files';
import { UsageError, type DoctorArgs } from './args';
import { Progress } from './progress';

export interface DoctorIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  processEnv: Env;
  envFile?: Env;
  version: string;
  redactor: Redactor;
  /** The check registry; defaults to every shipped check (tests inject misbehaving ones here). */
  checks?: readonly CheckDefinition[];
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

export async function runDoctor(args: DoctorArgs, io: DoctorIo): Promise<number> {
  const checks = selectChecks(args, io.checks ?? allChecks);
  const lang: Lang = args.lang ?? detectLang(io.processEnv);
  const options = { offline: args.offline, timeoutMs: args.timeoutMs, verbose: args.verbose, model: args.model };
  const base = createRealContext({ options, redactor: io.redactor, doctorVersion: io.version, envOverride: io.envFile });
  const shell = args.shell ?? detectShell(io.processEnv, base.platform);

  const progress = (args.format ?? 'human') === 'human' && !args.output && io.stderr.isTTY ? new Progress(io.stderr, lang, checks.length) : undefined;
  let results: CheckResult[];
  try {
    results = await runChecks(checks, base, { onSettled: (_r, pending) => progress?.update(pending) });
  } finally {
    progress?.stop();
  }

  const environment = await collectEnvironment({ ...base, signal: new AbortController().signal }, shell);
  const report = io.redactor.redactDeep(
    buildReport(results, environment, {
      lang,
      shell,
      platform: base.platform,
      homeDir: base.homeDir,
      generatedAt: new Date(base.clock.now()),
      doctorVersion: io.version,
      verbose: args.verbose,
    }),
  );

  const level = colorLevel(io.processEnv, Boolean(io.stdout.isTTY), args.color);
  const renderOptions: RenderOptions = {
    lang,
    colorLevel: level,
    unicode: supportsUnicode(io.processEnv, base.platform) || lang === 'zh',
    verbose: args.verbose,
    strict: args.strict,
    homeDir: base.homeDir,
  };
  const render = (format: Format, o: RenderOptions = renderOptions) => io.redactor.redact(renderers[format](report, o));
  const onGithub = io.processEnv.GITHUB_ACTIONS === 'true';
  const format: Format = args.format ?? (onGithub ? 'github' : 'human');

  if (args.output) {
    const plain: RenderOptions = { ...renderOptions, colorLevel: 0 };
    const failure = writeReportFile(args.output, render(format, plain));
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

/** Resolves once the text is handed to the OS, so a piped JSON report is never cut short by exit. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}
