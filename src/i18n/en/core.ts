// English wording for the report frame and the install checks (node, claude-cli), plus the runner's own findings.
import type { MessageEntry, UiStrings, Values } from '../catalog';
import { entry } from '../entry';
import type { NodeInstaller } from '../../facts/node-installer';
import { NODE_DOWNLOAD, nodeAdvice } from '../node-advice';
import type { RenderKit } from '../render-kit';

const NODE_INSTALLER: Record<NodeInstaller, string> = {
  nvm: 'nvm',
  fnm: 'fnm',
  volta: 'Volta',
  mise: 'mise',
  homebrew: 'Homebrew',
  distro: "your distribution's package manager",
  official: 'the official installer',
  unknown: '',
};

/** " with nvm, which installed the current one:\n    nvm install 26…": the tool that put the current node there. */
function installNode(v: Values, k: RenderKit): string {
  const { installer, lts, commands: cmds } = nodeAdvice(v, k);
  if (cmds) {
    const by = installer === 'unknown' || installer === 'official' ? 'with winget' : `with ${NODE_INSTALLER[installer]}${v.path ? ', which installed the current one' : ''}`;
    return ` ${by}:\n${k.commands(cmds)}`;
  }
  if (installer === 'distro') {
    return `. The current one comes from ${NODE_INSTALLER.distro}, whose Node.js lags behind: take ${lts} from ${NODE_DOWNLOAD} (it has the package sources for Debian, Ubuntu, Fedora and others, and the version managers).`;
  }
  if (installer === 'official') return ` from ${NODE_DOWNLOAD}, with ${NODE_INSTALLER.official} that installed the current one.`;
  return ` from ${NODE_DOWNLOAD}, or with the version manager you use (nvm, fnm, Volta).`;
}

const startupWhere = (w: ReadonlyArray<{ path: string; line: number }>) => w.map((l) => `line ${l.line} of ${l.path}`).join(', ');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const ui: UiStrings = {
  categories: { install: 'Installation', config: 'Configuration', network: 'Network' },
  status: { pass: 'pass', warn: 'warning', fail: 'fail', skip: 'skipped' },
  reportTitle: 'kimi-claude doctor report',
  titleVersion: (version) => ` (kimi-claude ${version})`,
  environment: 'Environment',
  checks: 'Checks',
  details: 'Details',
  check: 'Check',
  result: 'Result',
  notes: 'Notes',
  envLabels: {
    os: 'OS',
    arch: 'Architecture',
    node: 'Node.js',
    npm: 'npm',
    shell: 'Shell',
    claude: 'Claude Code',
    installMethod: 'Install method',
    locale: 'Locale',
    doctor: 'kimi-claude',
  },
  unknown: 'unknown',
  installMethods: { 'npm-global': 'npm-global', native: 'native', other: 'other' },
  verdictAllPassed: (n) => `All ${plural(n, 'check')} passed: Claude Code is ready to use Kimi.`,
  verdictSelectedPassed: (n, unchecked) =>
    `${n === 1 ? 'The check that ran passed' : `All ${n} checks that ran passed`}; ${plural(unchecked, 'other check')} did not run or ${unchecked === 1 ? 'was' : 'were'} skipped, so run the whole doctor before relying on Claude Code.`,
  verdictProblems: (fails, warns, strict) =>
    fails === 0
      ? `No problems, but ${plural(warns, 'warning')}, and --strict counts warnings as failures: fix the ! items above, then run the doctor again.`
      : `${plural(fails, 'problem')}${warns ? ` and ${plural(warns, 'warning')}` : ''}: fix the ✗ ${strict && warns ? 'and ! items above (--strict: warnings count as failures)' : 'items above'}, then run the doctor again.`,
  verdictWarningsOnly: (warns) => `No problems, ${plural(warns, 'warning')}: Claude Code should work, but read the ! items above.`,
  inThisTerminal: 'In this terminal:',
  forNewTerminals: 'For every new terminal:',
  setxNote: 'setx changes new windows only: the current window keeps the old value, so open a new one.',
  openNewTerminal: 'Then open a new terminal (or source the file).',
  startupLines: {
    change: (w) => `For every new terminal: ${startupWhere(w)} already ${w.length > 1 ? 'set' : 'sets'} it, so change that line instead of adding another (a .bak copy is kept):`,
    replaceWith: (w) => `For every new terminal: ${startupWhere(w)} already ${w.length > 1 ? 'set' : 'sets'} it; change that line to:`,
    delete: (w) => `For every new terminal: delete ${startupWhere(w)}, which ${w.length > 1 ? 'set' : 'sets'} it (a .bak copy is kept):`,
    deleteByHand: (w) => `Also delete ${startupWhere(w)}, which ${w.length > 1 ? 'set' : 'sets'} it.`,
    none: 'None of your shell start-up files sets it, so there is no line to delete.',
  },
  addToPathHeading: 'Add it to PATH:',
  timing: (ms) => `${ms} ms`,
  crashDetails: 'Details',
  progress: (done, total, running) => `Checking… ${done}/${total} done, waiting for ${running}`,
};

export const coreFindings = {
  // ----- the runner's own findings -----
  'internal.crash': entry(
    (v) => `This check stopped with an internal error: ${v.error}`,
    () =>
      'This is a bug in kimi-claude, not in your setup. The other checks are still valid. Please report it with the output of `kimi-claude doctor --verbose`.',
  ),
  'internal.timeout': entry(
    (v) => `This check did not finish within ${v.seconds} s and was stopped.`,
    () =>
      'Something on this machine answered very slowly (a network drive, a hanging program, a slow proxy). Run the doctor again; if it keeps happening, run with --verbose and report it.',
  ),
  'internal.malformed-result': entry(
    () => 'This check returned a result the doctor could not understand.',
    () => 'This is a bug in kimi-claude. Please report it with the output of `kimi-claude doctor --verbose`.',
  ),
  'skip.offline': entry(
    () => 'Skipped: --offline was given, so nothing was sent over the network.',
  ),
  'skip.platform': entry(
    (v) => `Skipped: this only applies on ${v.platform}.`,
  ),

  // ----- node -----
  'node.ok': entry(
    (v) => `Node.js ${v.version} at ${v.path} meets Claude Code's requirement (${v.required}).`,
  ),
  'node.ok-native': entry(
    (v) => `Node.js ${v.version} at ${v.path}. Claude Code here is the native build, which does not use Node at all; Node matters only to tools you install with npm.`,
  ),
  'node.not-found': entry(
    () => 'No `node` was found on PATH. npm installs and updates of Claude Code need Node.js.',
    (v, k) => `Install Node.js ${v.suggestedLts} LTS${installNode(v, k)}\nThen open a new terminal.`,
  ),
  'node.too-old': entry(
    (v) =>
      `Node.js ${v.version} (${v.path}) is too old for the installed Claude Code${v.claudeVersion ? ` ${v.claudeVersion}` : ''}, which needs ${v.required}${
        v.requiredSource === 'default' ? ' (no npm install found; assuming the oldest supported line)' : ''
      }.`,
    (v, k) => `Install Node.js ${v.suggestedLts} LTS${installNode(v, k)}\nThen reinstall Claude Code:\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}`,
  ),
  'node.too-old-native': entry(
    (v) =>
      v.viaNpm
        ? `Node.js ${v.version} is older than the ${v.required} that Claude Code ${v.claudeVersion ?? ''} declares. claude itself still runs: the npm package installs a native program (since 2.1.113), which does not use Node. Installing and updating it with npm does use Node: npm warns (EBADENGINE), and the package's install script is only supported on ${v.required}.`
        : `Node.js ${v.version} is older than ${v.required}, but Claude Code is the native build, which does not use Node. Node matters only if you update Claude Code with npm.`,
    (v, k) =>
      v.viaNpm
        ? `Nothing is needed to run claude today. Before the next update, install Node.js ${v.suggestedLts} LTS${installNode(v, k)}`
        : `Nothing is needed to run claude. To update with npm later, install Node.js ${v.suggestedLts} LTS first.`,
  ),
  'node.eol': entry(
    (v) =>
      v.eolDate
        ? `Node.js ${v.major} reached end of life on ${v.eolDate}: it no longer gets security fixes.`
        : `Node.js ${v.major} is long past its end of life: it no longer gets security fixes.`,
    (v, k) => `Move to Node.js ${v.suggestedLts} LTS${installNode(v, k)}`,
  ),
  'node.differs-from-runtime': entry(
    (v) =>
      `The doctor runs on Node.js ${v.runtimeVersion} (${v.runtimePath}), but the first \`node\` on PATH, the one npm and claude use, is ${v.version ?? '(version unknown)'} (${v.path}). This report judges the one on PATH.`,
  ),
  'node.version-unknown': entry(
    (v) => `Could not tell the version of ${v.path}: ${versionProblem(v.reason)}.`,
    () => 'Run `node --version` yourself; if it fails or hangs, reinstall Node.js.',
  ),
  'npm.ok': entry(
    (v) => `npm ${v.version ?? '(version unknown)'} at ${v.path}${v.globalBin ? `; global commands go to ${v.globalBin}` : ''}.`,
  ),
  'npm.not-found': entry(
    () => 'No `npm` was found on PATH: `npm install -g @anthropic-ai/claude-code` and npm-based updates will not work.',
    () => 'npm comes with Node.js: reinstall Node.js from https://nodejs.org (or with your version manager), then open a new terminal.',
  ),
  'npm.global-bin-not-on-path': entry(
    (v) =>
      `npm's global bin directory ${v.globalBin} is not on PATH, so after \`npm install -g @anthropic-ai/claude-code\` the shell says "claude: command not found".`,
    (v, k) => k.addToPath(v.globalBin),
  ),

  // ----- claude-cli -----
  'claude.ok': entry(
    (v) => `Claude Code ${v.version ?? '(version unknown)'} at ${v.path} (${v.installMethod}).`,
  ),
  'claude.not-found': entry(
    () => 'No `claude` command was found on PATH.',
    (_v, k) =>
      k.shell === 'powershell' || k.shell === 'cmd'
        ? `Install Claude Code with npm (Node.js 18 or newer):\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\nor with the native installer (PowerShell):\n${k.commands(['irm https://claude.ai/install.ps1 | iex'])}\nThen open a new terminal.`
        : `Install Claude Code with npm:\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\nor with the native installer:\n${k.commands(['curl -fsSL https://claude.ai/install.sh | bash'])}\nThen open a new terminal.`,
  ),
  'claude.local-bin-not-on-path': entry(
    (v) => `Claude Code is installed at ${v.path}, but ${v.dir} is not on PATH, so the shell cannot find \`claude\`.`,
    (v, k) => k.addToPath(v.dir),
  ),
  'claude.npm-bin-not-on-path': entry(
    (v) => `Claude Code is installed in npm's global bin directory (${v.path}), but ${v.dir} is not on PATH.`,
    (v, k) => k.addToPath(v.dir),
  ),
  'claude.native-binary-missing': entry(
    (v) =>
      `The npm package at ${v.packageDir} has no native binary: its install script did not run (--ignore-scripts, some pnpm setups) or the platform package was skipped (--omit=optional). Running claude prints "claude native binary not installed".`,
    (v, k) =>
      `Run the package's install step, or reinstall without --ignore-scripts / --omit=optional:\n${k.commands([
        `node ${quoteArg(v.installScript)}`,
      ])}\nor\n${k.commands(['npm install -g @anthropic-ai/claude-code --include=optional --foreground-scripts'])}`,
  ),
  'claude.shadowed': entry(
    (v) =>
      `There are ${v.count} copies of claude on PATH with different versions: ${v.first.path} (${v.first.version ?? '?'}) runs, and hides ${v.others
        .map((o: { path: string; version: string | null }) => `${o.path} (${o.version ?? '?'})`)
        .join(', ')}.`,
    (v) =>
      `Keep one installation. Updates may land in the copy that does not run. To remove an npm copy: \`npm uninstall -g @anthropic-ai/claude-code\`; to remove a native copy: delete ${v.nativeLauncher} and ${v.nativeVersions}.`,
  ),
  'claude.version-unknown': entry(
    (v) => `Could not tell the version of ${v.path}: ${versionProblem(v.reason)}.`,
    () => 'Run `claude --version` yourself. If it fails, reinstall Claude Code.',
  ),
  'claude.install-method-mismatch': entry(
    (v, k) =>
      `${k.home(v.file)} records installMethod "${v.recorded}", but the claude on PATH is a ${v.actual} install. Auto-update follows the recorded method and may update a copy you do not run.`,
    (v, k) => `Set "installMethod": "${v.expected}" in ${k.home(v.file)}, or remove the line and let Claude Code record it again.`,
  ),
} satisfies Record<string, MessageEntry>;

/** Why a version is unknown (a VersionProblem from src/facts/spawn-version.ts). */
function versionProblem(r: Values): string {
  switch (r?.kind) {
    case 'timeout':
      return `\`--version\` did not answer within ${r.seconds} s`;
    case 'spawn-failed':
      return `it could not be started (${r.error})`;
    case 'bad-exit':
      return `\`--version\` exited with code ${r.exitCode ?? '?'}${r.output ? `: ${r.output}` : ' and printed no version'}`;
    case 'script-shim':
      return 'it is a script shim, which the doctor reads but does not run, and it names no known package';
    case 'broken-link':
      return 'it is a broken link';
    case 'binary-missing':
      return 'its native binary is missing';
    default:
      return 'unknown reason';
  }
}

function quoteArg(s: string): string {
  return /\s/.test(s) ? `"${s}"` : s;
}
