// Helpers the catalogue uses to write remediation: commands for the user's shell, paths with ~.
import type { Lang, Platform, Shell } from '../core/types';
import { setEnvCommands, unsetEnvCommands, type EnvCommands, type StartupLines } from '../shell/env-commands';
import { quoteFor } from '../shell/quote';
import type { UiStrings } from './catalog';

/** Command lines in a remediation start with this indent; renderers use it to show them as code. */
export const COMMAND_INDENT = '    ';

export interface RenderKit {
  lang: Lang;
  shell: Shell;
  platform: Platform;
  /** A block of commands, one per line. */
  commands(lines: readonly string[]): string;
  /** How to set variables now and for every new terminal, in the user's shell. */
  setEnv(vars: ReadonlyArray<[string, string]>): string;
  unsetEnv(names: readonly string[]): string;
  /** How to put a directory on PATH, now and for good. */
  addToPath(dir: string): string;
  /** The home directory shown as ~. */
  home(path: string): string;
}

/** `startup`: the lines of the user's start-up files that set variables (doctor runs); advice then edits those lines. */
export function createRenderKit(opts: { lang: Lang; shell: Shell; platform: Platform; homeDir: string; ui: UiStrings; startup?: StartupLines }): RenderKit {
  const { lang, shell, platform, homeDir, ui, startup } = opts;
  const commands = (lines: readonly string[]) => lines.map((l) => COMMAND_INDENT + l).join('\n');
  const twoWays = (temporary: string[], persistent: string[]) => {
    const parts = [ui.inThisTerminal, commands(temporary), ui.forNewTerminals, commands(persistent)];
    if (shell === 'cmd') parts.push(ui.setxNote);
    else if (shell !== 'fish' && shell !== 'powershell') parts.push(ui.openNewTerminal);
    return parts.join('\n');
  };
  const home = (path: string) => withTilde(path, homeDir);
  /** Commands that know the start-up files: change or delete the lines that set a variable, never add a second one. */
  const known = (c: EnvCommands, unset: boolean) => {
    const where = (c.existing ?? []).map((l) => ({ path: home(l.path), line: l.line }));
    const tail = shell === 'cmd' ? [ui.setxNote] : shell !== 'fish' && shell !== 'powershell' ? [ui.openNewTerminal] : [];
    const heading = [ui.inThisTerminal, commands(c.temporary)];
    if (where.length === 0) return unset && c.persistent.length === 0 ? [...heading, ui.startupLines.none].join('\n') : twoWays(c.temporary, c.persistent);
    if (unset && shell === 'powershell') return [twoWays(c.temporary, c.persistent), ui.startupLines.deleteByHand(where)].join('\n');
    if (unset) return [...heading, ui.startupLines.delete(where), commands(c.persistent), ...tail].join('\n');
    const edit = shell === 'powershell' ? ui.startupLines.replaceWith(where) : ui.startupLines.change(where);
    return [...heading, edit, commands(c.persistent), ...tail].join('\n');
  };
  return {
    lang,
    shell,
    platform,
    commands,
    home,
    setEnv(vars) {
      const c = setEnvCommands(shell, vars, startup, home);
      return startup ? known(c, false) : twoWays(c.temporary, c.persistent);
    },
    unsetEnv(names) {
      const c = unsetEnvCommands(shell, names, startup, home);
      return startup ? known(c, true) : twoWays(c.temporary, c.persistent);
    },
    addToPath(dir) {
      const shown = home(dir);
      switch (shell) {
        case 'bash':
        case 'zsh': {
          const rc = shell === 'zsh' ? '~/.zshrc' : '~/.bashrc';
          const p = shown.startsWith('~/') ? `$HOME/${shown.slice(2)}` : shown;
          return twoWays([`export PATH="${p}:$PATH"`], [`echo 'export PATH="${p}:$PATH"' >> ${rc}`]);
        }
        case 'fish':
          return twoWays([`set -gx PATH ${quoteFor('fish', dir)} $PATH`], [`fish_add_path ${quoteFor('fish', dir)}`]);
        case 'powershell':
          return twoWays(
            [`$env:Path = '${dir}' + ';' + $env:Path`],
            [`[Environment]::SetEnvironmentVariable('Path', '${dir}' + ';' + [Environment]::GetEnvironmentVariable('Path', 'User'), 'User')`],
          );
        case 'cmd':
          return twoWays([`set "PATH=${dir};%PATH%"`], [`for /f "tokens=2,*" %A in ('reg query HKCU\\Environment /v Path') do setx PATH "${dir};%B"`]);
      }
    },
  };
}

/** The home directory shown as ~ wherever it appears (a root or empty home is left alone). */
export function withTilde(text: string, homeDir: string): string {
  if (!homeDir || homeDir.length < 2) return text;
  return text.split(homeDir).join('~');
}
