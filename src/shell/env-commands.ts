// Commands that set or remove environment variables, in the user's shell, for now and for good.
import type { Shell } from '../core/types';
import { quoteFor } from './quote';

export interface EnvCommands {
  /** Affects this terminal only. */
  temporary: string[];
  /** Survives a new terminal. */
  persistent: string[];
  /**
   * Lines of the user's start-up files that already set the variables (known only when the doctor read them): the
   * persistent commands then change or delete those lines instead of adding another. Empty with `startup` known and
   * nothing to remove: there is then nothing persistent to do.
   */
  existing?: Array<{ path: string; line: number }>;
}

/** What the user's start-up files hold, without values (they may be secrets): uncommented assignments only. */
export interface StartupLines {
  assignments: ReadonlyArray<{ path: string; line: number; name: string; shell: 'posix' | 'fish' | 'powershell' }>;
}

/** The start-up file family a shell reads. cmd reads none (setx writes the registry). */
const FAMILY: Record<Shell, 'posix' | 'fish' | 'powershell' | null> = { bash: 'posix', zsh: 'posix', fish: 'fish', powershell: 'powershell', cmd: null };

function linesSetting(startup: StartupLines | undefined, shell: Shell, name: string): Array<{ path: string; line: number }> {
  if (!startup || FAMILY[shell] === null) return [];
  return startup.assignments.filter((a) => a.name === name && a.shell === FAMILY[shell]).map((a) => ({ path: a.path, line: a.line }));
}

/** One `sed -i.bak` per file, with one expression per line: `3s|.*|…|` to replace, `3d` to delete. */
function sedCommands(shell: Shell, lines: ReadonlyArray<{ path: string; line: number }>, replacement: string | null, shown: (p: string) => string): string[] {
  const byFile = new Map<string, number[]>();
  for (const l of lines) byFile.set(l.path, [...(byFile.get(l.path) ?? []), l.line]);
  return [...byFile].map(([file, nums]) => {
    const exprs = nums.map((n) => (replacement === null ? `${n}d` : `${n}s${sedReplace(replacement)}`));
    return `sed -i.bak ${exprs.map((e) => `-e ${quoteFor(shell, e)}`).join(' ')} ${quoteFor(shell, shown(file)).replace(/^'(~\/[^']*)'$/, '$1')}`;
  });
}

/** `|.*|text|` with a delimiter that is not in the text, and sed's special characters in the text escaped. */
function sedReplace(text: string): string {
  const d = ['|', '#', '@', '%', ',', '!'].find((c) => !text.includes(c)) ?? '|';
  const escaped = text.replace(/[\\&]/g, (c) => `\\${c}`).split(d).join(`\\${d}`);
  return `${d}.*${d}${escaped}${d}`;
}

export function rcFileFor(shell: Shell): string {
  switch (shell) {
    case 'zsh':
      return '~/.zshrc';
    case 'fish':
      return '~/.config/fish/config.fish';
    case 'powershell':
      return '$PROFILE';
    case 'cmd':
      return 'HKCU\\Environment';
    case 'bash':
      return '~/.bashrc';
  }
}

export function setEnvCommands(shell: Shell, vars: ReadonlyArray<[string, string]>, startup?: StartupLines, shown: (p: string) => string = (p) => p): EnvCommands {
  const temporary: string[] = [];
  const persistent: string[] = [];
  const existing: Array<{ path: string; line: number }> = [];
  for (const [name, value] of vars) {
    const already = linesSetting(startup, shell, name);
    if (already.length > 0 && shell !== 'cmd') {
      // The start-up file already sets it: a second line would leave two, and the later one wins. Change the line.
      existing.push(...already);
      const line = shell === 'fish' ? `set -gx ${name} ${quoteFor(shell, value)}` : shell === 'powershell' ? `$env:${name} = ${quoteFor(shell, value)}` : `export ${name}=${quoteFor(shell, value)}`;
      temporary.push(shell === 'powershell' ? line : setEnvCommands(shell, [[name, value]]).temporary[0]);
      if (shell === 'powershell') persistent.push(line);
      else persistent.push(...sedCommands(shell, already, line, shown));
      continue;
    }
    switch (shell) {
      case 'bash':
      case 'zsh': {
        temporary.push(`export ${name}=${quoteFor(shell, value)}`);
        const line = `export ${name}=${quoteFor(shell, value)}`;
        persistent.push(`echo ${quoteFor(shell, line)} >> ${rcFileFor(shell)}`);
        break;
      }
      case 'fish':
        temporary.push(`set -gx ${name} ${quoteFor(shell, value)}`);
        persistent.push(`set -Ux ${name} ${quoteFor(shell, value)}`);
        break;
      case 'powershell':
        temporary.push(`$env:${name} = ${quoteFor(shell, value)}`);
        persistent.push(`[Environment]::SetEnvironmentVariable('${name}', ${quoteFor(shell, value)}, 'User')`);
        break;
      case 'cmd':
        temporary.push(`set "${name}=${value.replace(/"/g, '')}"`);
        persistent.push(`setx ${name} ${quoteFor(shell, value)}`);
        break;
    }
  }
  return existing.length > 0 ? { temporary, persistent, existing } : { temporary, persistent };
}

export function unsetEnvCommands(shell: Shell, names: readonly string[], startup?: StartupLines, shown: (p: string) => string = (p) => p): EnvCommands {
  const temporary: string[] = [];
  const persistent: string[] = [];
  const existing: Array<{ path: string; line: number }> = [];
  for (const name of names) {
    switch (shell) {
      case 'bash':
      case 'zsh': {
        temporary.push(`unset ${name}`);
        if (!startup) {
          persistent.push(`sed -i.bak '/${name}=/d' ${rcFileFor(shell)}`);
          break;
        }
        // Known start-up files: delete exactly the lines that set it, and touch no file that does not.
        const lines = linesSetting(startup, shell, name);
        existing.push(...lines);
        persistent.push(...sedCommands(shell, lines, null, shown));
        break;
      }
      case 'fish': {
        temporary.push(`set -e ${name}`);
        persistent.push(`set -Ue ${name}`);
        const lines = linesSetting(startup, shell, name);
        existing.push(...lines);
        persistent.push(...sedCommands(shell, lines, null, shown));
        break;
      }
      case 'powershell':
        temporary.push(`Remove-Item Env:${name}`);
        existing.push(...linesSetting(startup, shell, name));
        persistent.push(`[Environment]::SetEnvironmentVariable('${name}', $null, 'User')`);
        break;
      case 'cmd':
        temporary.push(`set ${name}=`);
        persistent.push(`reg delete HKCU\\Environment /v ${name} /f`);
        break;
    }
  }
  return startup ? { temporary, persistent, existing } : { temporary, persistent };
}
