// The command line, parsed by yargs into a plain object; every mistake becomes a UsageError (exit code 2).
import yargsFactory from 'yargs/yargs';
import type { Argv } from 'yargs';
import type { Lang, Shell } from '../core/types';
import { FORMATS, type Format } from '../render';
import { EXPLAIN_FORMATS, type ExplainFormat } from './explain-formats';
import { allChecks } from '../../checks';
import { givenValues, helpText } from './help-text';
import { YARGS_ZH } from './yargs-strings';
import { REGIONS, type Region } from '../setup/regions';

export class UsageError extends Error {}

export interface DoctorArgs {
  command: 'doctor';
  ids: string[];
  /** undefined: not given (GitHub Actions then gets `github`, everyone else `human`). */
  format?: Format;
  output?: string;
  offline: boolean;
  only: string[];
  skip: string[];
  strict: boolean;
  timeoutMs: number;
  verbose: boolean;
  lang?: Lang;
  shell?: Shell;
  color?: boolean;
  envFile?: string;
  model?: string;
  /** --no-client-capture: never run the installed Claude Code to learn what it sends. */
  clientCapture: boolean;
  /** --fix: repair what is safe; --dry-run: only show the diff; --yes: apply without asking. */
  fix: boolean;
  dryRun: boolean;
  yes: boolean;
}

export interface ExplainArgs {
  command: 'explain';
  /** Words of the pasted text; empty or ['-'] means standard input. */
  text: string[];
  format: ExplainFormat;
  lang?: Lang;
  shell?: Shell;
  color?: boolean;
}

/** What the command line asks for: a command to run, or text yargs already wrote (help, version). */
export interface SetupCommandArgs {
  command: 'setup';
  region?: Region;
  model?: string;
  baseUrl?: string;
  shell?: Shell;
  print: boolean;
  offline: boolean;
  timeoutMs: number;
  lang?: Lang;
  color?: boolean;
}

/** A command the command line asks for. */
export type Command = { kind: 'run'; args: DoctorArgs } | { kind: 'explain'; args: ExplainArgs } | { kind: 'setup'; args: SetupCommandArgs };

/** What parsing led to: a command already started (its exit code to come), or text yargs wrote (help, version). */
export type Parsed = { kind: 'started'; exitCode: Promise<number> } | { kind: 'printed'; text: string };

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish', 'powershell', 'cmd'];

/** Comma- or space-separated lists, given once or repeated. */
const idList = (v: unknown): string[] =>
  ([] as unknown[])
    .concat(v ?? [])
    .flatMap((x) => String(x).split(/[,\s]+/))
    .map((x) => x.trim())
    .filter(Boolean);

/** setup's options that take a value: the word after one of them is that value, not a stray argument. */
const SETUP_VALUE_OPTIONS = new Set(['--region', '--model', '--base-url', '--shell', '--timeout', '--lang']);

/** A key typed after `setup` (the guide's habit): it would stay in the shell's history, and setup reads stdin. */
function keyOnCommandLine(rest: string[]): boolean {
  return rest.some((a, i) => !a.startsWith('-') && !SETUP_VALUE_OPTIONS.has(rest[i - 1]) && /^["']?(?:Bearer\s+)?sk-/i.test(a));
}

const wantsHelp = (argv: string[]) => argv.length === 0 || argv.includes('--help') || argv.includes('-h');

/**
 * After a command's handler runs, yargs lays out the command's help text and caches it (about 10 ms of CPU), in case
 * help is shown later. It never is here: help comes only from --help/-h or no arguments (then this is not called),
 * and .fail() below throws a UsageError instead of printing help. Any other use of the cache still works: yargs
 * lays the text out when asked. Checked by test/cli/startup-output.test.ts.
 */
function skipHelpCache(parser: Argv): void {
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } })
    .getInternalMethods?.()
    .getUsageInstance?.();
  if (internal && typeof internal.cacheHelpMessage === 'function') internal.cacheHelpMessage = () => undefined;
}

/**
 * Parses argv and starts the command it names with `start`, from inside yargs' command handler (yargs' help cache,
 * which it would fill right after, is skipped: see skipHelpCache).
 */
export async function parseArgs(argv: string[], lang: Lang, version: string, start: (command: Command) => Promise<number>): Promise<Parsed> {
  const t = helpText(lang);
  if (argv[0] === 'setup' && keyOnCommandLine(argv.slice(1))) throw new UsageError(t.keyOnCommandLine);
  let printed = '';
  let started: Promise<number> | undefined;
  /** yargs turns `--timeout abc` into NaN: the message quotes what was typed. */
  const checkTimeout = (timeout: unknown) => {
    if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > 600000) {
      throw new UsageError(t.badTimeout(givenValues(argv, 'timeout')));
    }
  };
  const begin = (command: Command) => {
    started = start(command);
    // main awaits it; this only keeps an early rejection from being reported as unhandled meanwhile.
    started.catch(() => undefined);
  };

  const parser: Argv = yargsFactory(argv)
    .scriptName('kimi-claude')
    .locale(lang === 'zh' ? 'zh_CN' : 'en')
    // yargs' own words (Options:, [default: …], its usage errors) in the user's language.
    .updateStrings(lang === 'zh' ? (YARGS_ZH as Record<string, string>) : {})
    .usage(t.usage)
    .command(
      'doctor [ids..]',
      t.doctor,
      (y) =>
        y
          .positional('ids', { type: 'string', array: true, describe: t.ids })
          .option('format', { type: 'string', choices: FORMATS as unknown as string[], describe: t.format })
          .option('json', { type: 'boolean', describe: t.json })
          .option('markdown', { type: 'boolean', describe: t.markdown })
          .option('offline', { type: 'boolean', default: false, describe: t.offline })
          .option('only', { type: 'string', array: true, describe: t.only })
          .option('skip', { type: 'string', array: true, describe: t.skip })
          .option('strict', { type: 'boolean', default: false, describe: t.strict })
          .option('timeout', { type: 'number', default: 10000, describe: t.timeout })
          .option('verbose', { type: 'boolean', default: false, describe: t.verbose })
          .option('lang', { type: 'string', choices: ['en', 'zh'], describe: t.lang })
          .option('shell', { type: 'string', choices: SHELLS as unknown as string[], describe: t.shell })
          .option('color', { type: 'boolean', describe: t.color })
          .option('env-file', { type: 'string', describe: t.envFile })
          .option('model', { type: 'string', describe: t.model })
          .option('client-capture', { type: 'boolean', default: true, describe: t.clientCapture })
          .option('output', { type: 'string', describe: t.output })
          .option('fix', { type: 'boolean', default: false, describe: t.fix })
          .option('dry-run', { type: 'boolean', default: false, describe: t.dryRun })
          .option('yes', { type: 'boolean', alias: 'y', default: false, describe: t.yes })
          .example(t.examples)
          .epilogue(t.exitCodes)
          .check((a) => {
            checkTimeout(a.timeout);
            const formats = [a.format && 'format', a.json && 'json', a.markdown && 'markdown'].filter(Boolean);
            if (formats.length > 1) throw new UsageError(t.oneFormat(formats.map((f) => `--${f}`)));
            if ((a['dry-run'] || a.yes) && !a.fix) throw new UsageError(t.fixOnly);
            const valid = allChecks.map((c) => c.id);
            const unknown = [...idList(a.ids), ...idList(a.only), ...idList(a.skip)].filter((id) => !valid.includes(id));
            if (unknown.length > 0) throw new UsageError(t.unknownIds(unknown, valid));
            return true;
          }),
      (a) => {
        begin({
          kind: 'run',
          args: {
            command: 'doctor',
            ids: idList(a.ids),
            format: a.json ? 'json' : a.markdown ? 'markdown' : (a.format as Format | undefined),
            output: a.output as string | undefined,
            offline: Boolean(a.offline),
            only: idList(a.only),
            skip: idList(a.skip),
            strict: Boolean(a.strict),
            timeoutMs: Math.round(a.timeout as number),
            verbose: Boolean(a.verbose),
            lang: a.lang as Lang | undefined,
            shell: a.shell as Shell | undefined,
            color: a.color as boolean | undefined,
            envFile: a['env-file'] as string | undefined,
            model: a.model as string | undefined,
            clientCapture: a['client-capture'] !== false,
            fix: Boolean(a.fix),
            dryRun: Boolean(a['dry-run']),
            yes: Boolean(a.yes),
          },
        });
      },
    )
    .command(
      'setup',
      t.setup,
      (y) =>
        y
          .option('region', { type: 'string', choices: Object.keys(REGIONS), describe: t.region })
          .option('model', { type: 'string', describe: t.setupModel })
          .option('base-url', { type: 'string', describe: t.setupBaseUrl })
          .option('shell', { type: 'string', choices: SHELLS as unknown as string[], describe: t.shell })
          .option('print', { type: 'boolean', default: false, describe: t.print })
          .option('offline', { type: 'boolean', default: false, describe: t.setupOffline })
          .option('timeout', { type: 'number', default: 10000, describe: t.timeout })
          .option('lang', { type: 'string', choices: ['en', 'zh'], describe: t.lang })
          .option('color', { type: 'boolean', describe: t.color })
          .example(t.setupExamples)
          .check((a) => {
            checkTimeout(a.timeout);
            return true;
          }),
      (a) => {
        begin({
          kind: 'setup',
          args: {
            command: 'setup',
            region: a.region as Region | undefined,
            model: a.model as string | undefined,
            baseUrl: a['base-url'] as string | undefined,
            shell: a.shell as Shell | undefined,
            print: Boolean(a.print),
            offline: Boolean(a.offline),
            timeoutMs: Math.round(a.timeout as number),
            lang: a.lang as Lang | undefined,
            color: a.color as boolean | undefined,
          },
        });
      },
    )
    .command(
      'explain [text..]',
      t.explain,
      (y) =>
        y
          .positional('text', { type: 'string', array: true, describe: t.explainText })
          .option('format', { type: 'string', choices: EXPLAIN_FORMATS as unknown as string[], default: 'human', describe: t.format })
          .option('json', { type: 'boolean', describe: t.json })
          .option('markdown', { type: 'boolean', describe: t.markdown })
          .option('lang', { type: 'string', choices: ['en', 'zh'], describe: t.lang })
          .option('shell', { type: 'string', choices: SHELLS as unknown as string[], describe: t.shell })
          .option('color', { type: 'boolean', describe: t.color })
          .example(t.explainExamples)
          .epilogue(t.explainExitCodes)
          .check((a) => {
            if (a.json && a.markdown) throw new UsageError(t.oneFormat(['--json', '--markdown']));
            return true;
          }),
      (a) => {
        begin({
          kind: 'explain',
          args: {
            command: 'explain',
            // Numbers stay text: `explain 401` is the status as the user typed it.
            text: ([] as unknown[]).concat(a.text ?? []).map(String),
            format: a.json ? 'json' : a.markdown ? 'markdown' : (a.format as ExplainFormat),
            lang: a.lang as Lang | undefined,
            shell: a.shell as Shell | undefined,
            color: a.color as boolean | undefined,
          },
        });
      },
    )
    .example(t.examples)
    .epilogue(t.exitCodes)
    .strict()
    .help()
    .alias('h', 'help')
    .version(version)
    // Laying out help text costs milliseconds on every run (yargs caches it); do it only when help is shown.
    .wrap(wantsHelp(argv) ? Math.min(100, process.stdout.columns || 100) : null)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err instanceof UsageError ? err : new UsageError(msg || err?.message || 'invalid command line');
    });

  if (!wantsHelp(argv)) skipHelpCache(parser);
  await parser.parseAsync(argv, {}, (_err, _argv, output) => {
    printed = output;
  });
  if (started) return { kind: 'started', exitCode: started };
  // No command: `kimi-claude` alone prints help (or --help / --version already produced text).
  if (!printed) printed = await parser.getHelp();
  return { kind: 'printed', text: printed.endsWith('\n') ? printed : printed + '\n' };
}
