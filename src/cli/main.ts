// Entry point: parse, run, and map every outcome to an exit code. Nothing escapes as a stack trace.
import { version } from '../../package.json';
import { Redactor } from '../core/redact';
import { detectLang } from '../core/locale';
import type { Env, Lang } from '../core/types';
import { readEnvFile } from '../context/env-file';
import { realHomeDir, realProcessEnv } from '../context/real';
// Standard output and error, created only when needed, and quiet when the reader closes early (`| head -1`).
import { stdio } from '../context/stdio';
import { parseArgs, UsageError, type Command, type SetupCommandArgs } from './args';
import { helpPointer } from './help-text';
import { runDoctor, write } from './doctor';
import { registerEnvironmentSecrets } from './secrets';

// explain and setup (with the file writer, which needs crypto) load only when asked for: start-up is for the doctor.
const lazyExplain = () => require('./explain') as typeof import('./explain');
const lazySetup = () => require('./setup') as typeof import('./setup');
const lazyWriter = () => (require('../context/write') as typeof import('../context/write')).realFileWriter;

export async function main(argv: string[]): Promise<number> {
  const redactor = new Redactor();
  const processEnv: Env = realProcessEnv();
  registerEnvironmentSecrets(redactor, processEnv);
  const lang = langFromArgv(argv) ?? detectLang(processEnv);
  const verbose = argv.includes('--verbose');
  try {
    const parsed = await parseArgs(argv, lang, version, (command) => dispatch(command, processEnv, redactor));
    if (parsed.kind === 'printed') {
      await write(stdio.stdout, parsed.text);
      return 0;
    }
    return await parsed.exitCode;
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    if (err instanceof UsageError) {
      await write(stdio.stderr, redactor.redact(`kimi-claude: ${err.message}\n${helpPointer(lang, argv)}\n`));
      return 2;
    }
    const detail = verbose && err.stack ? err.stack : err.message;
    await write(stdio.stderr, redactor.redact(`kimi-claude: internal error: ${detail}\n${bugHint(lang)}\n`));
    return 2;
  }
}

async function dispatch(command: Command, processEnv: Env, redactor: Redactor): Promise<number> {
  switch (command.kind) {
    case 'explain':
      return lazyExplain().runExplain(command.args, { stdout: stdio.stdout, stderr: stdio.stderr, stdin: process.stdin, processEnv, redactor });
    case 'setup':
      return setupThenDoctor(command.args, processEnv, redactor);
    case 'run': {
      const envFile = command.args.envFile ? envFileOrUsageError(command.args.envFile) : undefined;
      if (envFile) registerEnvironmentSecrets(redactor, envFile);
      return runDoctor(command.args, {
        stdout: stdio.stdout,
        stderr: stdio.stderr,
        // process.stdin is created on first access; only --fix asks on a terminal.
        stdin: command.args.fix ? process.stdin : undefined,
        processEnv,
        envFile,
        version,
        redactor,
      });
    }
  }
}

/** `setup` writes the configuration, then the doctor checks it as Claude Code will read it. */
async function setupThenDoctor(args: SetupCommandArgs, processEnv: Env, redactor: Redactor): Promise<number> {
  const code = await lazySetup().runSetup(
    { region: args.region, model: args.model, baseUrl: args.baseUrl, shell: args.shell, print: args.print, lang: args.lang },
    { stdin: process.stdin, stdout: stdio.stdout, stderr: stdio.stderr, env: processEnv, homeDir: realHomeDir(), cwd: process.cwd(), platform: process.platform, writer: lazyWriter() },
  );
  if (code !== 0 || args.print) return code;
  await write(stdio.stdout, '\n');
  return runDoctor(
    {
      command: 'doctor', ids: [], only: [], skip: [], format: 'human', offline: args.offline, strict: false,
      timeoutMs: args.timeoutMs, verbose: false, lang: args.lang, shell: args.shell, color: args.color, clientCapture: true,
      fix: false, dryRun: false, yes: false,
    },
    { stdout: stdio.stdout, stderr: stdio.stderr, processEnv, version, redactor },
  );
}

function langFromArgv(argv: string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  return undefined;
}

function envFileOrUsageError(path: string): Env {
  const read = readEnvFile(path);
  if (!read.ok) throw new UsageError(`cannot read --env-file ${path}: ${read.reason}`);
  return read.env;
}

const bugHint = (lang: Lang) =>
  lang === 'zh'
    ? '这是 kimi-claude 的缺陷。请附上 `--verbose` 的输出反馈给我们。'
    : 'This is a bug in kimi-claude. Please report it with the output of --verbose.';
