// `kimi-claude doctor`: run the checks, build one report, redact it, print it, return the exit code.
import * as chalkModule from 'chalk';
import { allChecks } from '../../checks';
import { runChecks } from '../core/runner';
import { exitCodeFor } from '../core/status';
import { colorLevel, detectLang, detectShell, supportsUnicode } from '../core/locale';
import type { Redactor } from '../core/redact';
import type { CheckDefinition, CheckResult, Env, Lang } from '../core/types';
import { createRealContext } from '../context/real';
import { buildReport } from '../report/build';
import { collectEnvironment } from '../report/environment';
import { renderers } from '../render';
import { UsageError, type DoctorArgs } from './args';
import { Progress } from './progress';

export interface DoctorIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  processEnv: Env;
  envFile?: Env;
  version: string;
  redactor: Redactor;
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
  const checks = selectChecks(args, allChecks);
  const lang: Lang = args.lang ?? detectLang(io.processEnv);
  const options = { offline: args.offline, timeoutMs: args.timeoutMs, verbose: args.verbose, model: args.model };
  const base = createRealContext({ options, redactor: io.redactor, doctorVersion: io.version, envOverride: io.envFile });
  const shell = args.shell ?? detectShell(io.processEnv, base.platform);

  const progress = args.format === 'human' && io.stderr.isTTY ? new Progress(io.stderr, lang, checks.length) : undefined;
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
  const chalk = new chalkModule.Instance({ level });
  const text = renderers[args.format](report, {
    lang,
    chalk,
    unicode: supportsUnicode(io.processEnv, base.platform) || lang === 'zh',
    verbose: args.verbose,
    strict: args.strict,
    homeDir: base.homeDir,
  });
  await write(io.stdout, io.redactor.redact(text));
  return exitCodeFor(report.summary, args.strict);
}

/** Resolves once the text is handed to the OS, so a piped JSON report is never cut short by exit. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}
