// `kimi-claude setup`: writes a working configuration the way Claude Code reads it (settings `env` and the
// onboarding flag), through the FileWriter, or with --print shows the equivalent shell commands.
// The key comes from standard input or a hidden prompt, never from argv, and is never printed.
import { GUIDE_SLOTS, liveModel, liveModelsLike, lowBalanceModel, retiredModel, serviceOf } from '../config/models';
import { isClaudeModel } from '../claude-code/model-slots';
import { Writable } from 'stream';
import { detectLang, detectShell } from '../core/locale';
import { Redactor } from '../core/redact';
import type { Env, FileSnapshot, FileWriter, Lang, Platform, Shell } from '../core/types';
import { claudePaths } from '../fix/claude-paths';
import { describeFix, fixRenderKit, refusalCode } from '../fix/describe';
import { editableText, editFailure } from '../fix/file-text';
import { applyJsonEdits, type JsonEdit } from '../fix/json-edit';
import type { FixMessage } from '../fix/types';
import { loadCatalog } from '../i18n/catalog';
import type { RenderKit } from '../i18n/render-kit';
import { keyProblem, MAX_KEY_LENGTH, normalizeKey } from '../setup/key';
import { PromptInterrupted, promptLine, readAll, STDIN_LIMIT, type SetupInput } from '../setup/prompt';
import { setupCommands } from '../setup/print-commands';
import { REGIONS, regionFromAnswer, type Region } from '../setup/regions';
import { baseUrlFor, claudeJsonEdits, COMPETING_MODEL_VARS, settingsEdits, type SetupChoice } from '../setup/settings-edits';
import { URL_SCHEME } from '../core/url-scheme';

export interface SetupArgs {
  /** Asked for on a terminal when missing; required otherwise. */
  region?: Region;
  /** Default: the region's model from src/config/models.ts (through src/setup/regions.ts). */
  model?: string;
  /** Default: the region's endpoint; a gateway's URL otherwise. */
  baseUrl?: string;
  /** Shell for --print and for remediation; default detected from the environment. */
  shell?: Shell;
  /** Write nothing; print the equivalent commands. */
  print: boolean;
  lang?: Lang;
}

export interface SetupIo {
  stdin: SetupInput;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Env;
  homeDir: string;
  /** Where setup was started: a relative CLAUDE_CONFIG_DIR is taken from here, as Claude Code does. */
  cwd: string;
  platform: Platform;
  writer: FileWriter;
}

/** A file setup writes may hold a key: created 0600, and an existing one loses group and other access. */
const KEY_FILE_MODE = 0o600;
const NOT_FOR_OTHERS = 0o077;

const EXIT_OK = 0;
const EXIT_WRITE_FAILED = 1;
const EXIT_USAGE = 2;

class SetupStop extends Error {
  constructor(readonly exitCode: number, readonly reason: FixMessage) {
    super(reason.code);
  }
}

function say(stream: NodeJS.WritableStream, message: FixMessage, kit: RenderKit): void {
  const d = describeFix(message, kit);
  stream.write(`${d.message}${d.remediation ? `\n${d.remediation}` : ''}\n`);
}

async function chooseRegion(args: SetupArgs, io: SetupIo, kit: RenderKit): Promise<Region> {
  if (args.region) return args.region;
  if (!io.stdin.isTTY) throw new SetupStop(EXIT_USAGE, { code: 'setup.region-required', values: {} });
  const question = describeFix({ code: 'setup.region-prompt', values: {} }, kit).message;
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await promptLine(io.stdin, io.stderr, question, false);
    const region = regionFromAnswer(answer);
    if (region) return region;
    say(io.stderr, { code: 'setup.region-invalid', values: { answer: answer.trim() } }, kit);
  }
  throw new SetupStop(EXIT_USAGE, { code: 'setup.region-required', values: {} });
}

async function readKey(io: SetupIo, kit: RenderKit): Promise<string> {
  if (!io.stdin.isTTY) {
    const input = await readAll(io.stdin);
    if (input.cut) throw new SetupStop(EXIT_USAGE, { code: 'setup.key-too-long', values: { length: STDIN_LIMIT, max: MAX_KEY_LENGTH, cut: true } });
    return normalizeKey(input.text);
  }
  const question = describeFix({ code: 'setup.key-prompt', values: {} }, kit).message;
  return normalizeKey(await promptLine(io.stdin, io.stderr, question, true));
}

interface PlannedWrite {
  snapshot: FileSnapshot;
  text: string;
}

/** Both files are checked before either is written, so a broken file stops setup before any change. */
async function planWrite(io: SetupIo, file: string, edits: JsonEdit[]): Promise<PlannedWrite> {
  const snapshot = await io.writer.snapshot(file);
  const editable = editableText(snapshot, file);
  if (!editable.ok) throw new SetupStop(EXIT_WRITE_FAILED, asSetupProblem(editable.problem));
  const result = applyJsonEdits(editable.text, edits);
  if (!result.ok) {
    throw new SetupStop(EXIT_WRITE_FAILED, asSetupProblem(editFailure(file, editable.text, result)));
  }
  return { snapshot, text: result.text };
}

async function write(io: SetupIo, planned: PlannedWrite, kit: RenderKit): Promise<void> {
  const file = planned.snapshot.path;
  const outcome = await io.writer.replace(planned.snapshot, Buffer.from(planned.text, 'utf8'), {
    newFileMode: KEY_FILE_MODE,
    clearModeBits: NOT_FOR_OTHERS,
  });
  if (!outcome.ok) {
    throw new SetupStop(EXIT_WRITE_FAILED, { code: refusalCode(outcome.reason), values: { file, detail: outcome.detail } });
  }
  const result: FixMessage = outcome.created
    ? { code: 'fix.result.created', values: { file } }
    : { code: 'fix.result.updated', values: { file, backup: outcome.backupPath } };
  say(io.stdout, result, kit);
}

/** Why setup will not write this model (the doctor would flag it), or undefined. */
function modelProblem(model: string, region: Region): FixMessage | undefined {
  const live = liveModelsLike(model, serviceOf(region));
  if (/[\s"'“”‘’]/.test(model)) return { code: 'setup.model-invalid', values: { model, live } };
  const retired = retiredModel(model);
  if (retired) return { code: 'setup.model-retired', values: { model, retired: retired.retired, live } };
  if (isClaudeModel(model)) return { code: 'setup.model-claude', values: { model, live } };
  return undefined;
}

/** Model variables this terminal sets that would beat the slots setup writes (settings win only name by name). */
function sayCompetingModels(io: SetupIo, kit: RenderKit): void {
  const names = COMPETING_MODEL_VARS.filter((name) => (io.env[name] ?? '').trim() !== '');
  if (names.length) say(io.stdout, { code: 'setup.shell-model', values: { names, values: names.map((n) => io.env[n]) } }, kit);
}

function printCommands(choice: SetupChoice, shell: Shell, kit: RenderKit, io: SetupIo): void {
  const paths = claudePaths({ env: io.env, homeDir: io.homeDir, cwd: io.cwd, platform: io.platform });
  const commands = setupCommands(shell, choice);
  const ui = loadCatalog(kit.lang).ui;
  say(io.stdout, { code: 'setup.print-intro', values: { shell } }, kit);
  const lines = [ui.inThisTerminal, kit.commands(commands.temporary), ui.forNewTerminals, kit.commands(commands.persistent)];
  if (shell === 'cmd') lines.push(ui.setxNote);
  io.stdout.write(lines.join('\n') + '\n');
  say(io.stdout, { code: 'setup.print-notes', values: { settingsFile: paths.userSettings, claudeJson: paths.claudeJson } }, kit);
}

/** Everything setup prints goes through the doctor's redactor: a password in --base-url is never shown. */
function redacting(target: NodeJS.WritableStream, redactor: Redactor): NodeJS.WritableStream {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      target.write(redactor.redact(String(chunk)));
      done();
    },
  });
}

/** The password of a gateway URL, also when the URL does not parse (a raw "@" in it, or no scheme). */
function registerUrlSecrets(redactor: Redactor, url: string | undefined): void {
  if (!url) return;
  redactor.addUrlPassword(url);
  const rest = url.trim().replace(URL_SCHEME, '');
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  if (at < 0 || colon < 0 || colon > at) return;
  const password = rest.slice(colon + 1, at);
  redactor.add(password, 'password');
  try {
    redactor.add(decodeURIComponent(password), 'password');
  } catch {
    // A malformed percent escape: the raw form is registered.
  }
}

/** Runs setup; returns the exit code: 0 written (or printed), 1 a file could not be written, 2 bad input. */
export async function runSetup(args: SetupArgs, givenIo: SetupIo): Promise<number> {
  const redactor = new Redactor();
  registerUrlSecrets(redactor, args.baseUrl);
  const io: SetupIo = { ...givenIo, stdout: redacting(givenIo.stdout, redactor), stderr: redacting(givenIo.stderr, redactor) };
  const lang = args.lang ?? detectLang(io.env);
  const shell = args.shell ?? detectShell(io.env, io.platform);
  const kit = fixRenderKit({ lang, shell, platform: io.platform, homeDir: io.homeDir });
  try {
    const region = await chooseRegion(args, io, kit);
    const model = args.model?.trim() || REGIONS[region].model;
    const unusable = modelProblem(model, region);
    if (unusable) throw new SetupStop(EXIT_USAGE, unusable);
    const baseUrl = args.baseUrl?.trim();
    if (baseUrl !== undefined && !/^https?:\/\/[^\s"'<>]+$/.test(baseUrl)) {
      throw new SetupStop(EXIT_USAGE, { code: 'setup.base-url-invalid', values: { url: baseUrl } });
    }
    const choice: SetupChoice = { region, model, ...(baseUrl ? { baseUrl } : {}) };
    if (args.print) {
      printCommands(choice, shell, kit, io);
      sayCompetingModels(io, kit);
      return EXIT_OK;
    }
    const key = await readKey(io, kit);
    const problem = keyProblem(key, region);
    // A placeholder is the guide's public text ("sk-xxxx"), not a secret: masking it would blank the sentence quoting it.
    if (problem?.code !== 'setup.key-placeholder') redactor.add(key);
    if (problem) throw new SetupStop(EXIT_USAGE, problem);

    const paths = claudePaths({ env: io.env, homeDir: io.homeDir, cwd: io.cwd, platform: io.platform });
    const settings = await planWrite(io, paths.userSettings, settingsEdits(choice, key));
    const claudeJson = await planWrite(io, paths.claudeJson, claudeJsonEdits);
    await write(io, settings, kit);
    await write(io, claudeJson, kit);
    const values = {
      region,
      baseUrl: baseUrlFor(choice),
      model,
      slots: [...GUIDE_SLOTS],
      settingsFile: paths.userSettings,
      claudeJson: paths.claudeJson,
      needsRecharge: liveModel(model)?.needsRecharge === true,
      lowBalance: lowBalanceModel(region),
    };
    say(io.stdout, { code: 'setup.wrote', values }, kit);
    sayCompetingModels(io, kit);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof SetupStop) {
      say(io.stderr, e.reason, kit);
      return e.exitCode;
    }
    if (e instanceof PromptInterrupted) return 130;
    throw e;
  }
}

/** setup's own words for a file it will not touch: "run setup again", not "run --fix again". */
function asSetupProblem(problem: FixMessage): FixMessage {
  return problem.code === 'fix.blocked.invalid-json' ? { ...problem, code: 'setup.blocked.invalid-json' } : problem;
}
