// Commands that set or remove environment variables, in the user's shell, for now and for good.
import type { Shell } from '../core/types';
import { quoteFor } from './quote';

export interface EnvCommands {
  /** Affects this terminal only. */
  temporary: string[];
  /** Survives a new terminal. */
  persistent: string[];
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

export function setEnvCommands(shell: Shell, vars: ReadonlyArray<[string, string]>): EnvCommands {
  const temporary: string[] = [];
  const persistent: string[] = [];
  for (const [name, value] of vars) {
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
  return { temporary, persistent };
}

export function unsetEnvCommands(shell: Shell, names: readonly string[]): EnvCommands {
  const temporary: string[] = [];
  const persistent: string[] = [];
  for (const name of names) {
    switch (shell) {
      case 'bash':
      case 'zsh':
        temporary.push(`unset ${name}`);
        persistent.push(`sed -i.bak '/${name}=/d' ${rcFileFor(shell)}`);
        break;
      case 'fish':
        temporary.push(`set -e ${name}`);
        persistent.push(`set -Ue ${name}`);
        break;
      case 'powershell':
        temporary.push(`Remove-Item Env:${name}`);
        persistent.push(`[Environment]::SetEnvironmentVariable('${name}', $null, 'User')`);
        break;
      case 'cmd':
        temporary.push(`set ${name}=`);
        persistent.push(`reg delete HKCU\\Environment /v ${name} /f`);
        break;
    }
  }
  return { temporary, persistent };
}
