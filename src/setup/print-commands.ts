// `setup --print`: the same configuration as shell commands. The key is read without echo, so it appears
// neither on screen nor in the shell's history, and it is never part of what kimi-claude prints.
import type { Shell } from '../core/types';
import { rcFileFor, setEnvCommands } from '../shell/env-commands';
import { setupVariables, type SetupChoice } from './settings-edits';

const KEY_VAR = 'ANTHROPIC_AUTH_TOKEN';
/** PowerShell: a SecureString prompt turned into plain text for the variable only. */
const PS_READ_KEY = "[System.Net.NetworkCredential]::new('', (Read-Host -AsSecureString 'API key')).Password";

/** Lines that read the key into the variable, for this terminal and for new ones. */
function keyCommands(shell: Shell): { temporary: string[]; persistent: string[] } {
  switch (shell) {
    case 'bash':
    case 'zsh':
      return {
        temporary: [`printf 'API key: '; read -rs ${KEY_VAR}; echo; export ${KEY_VAR}`],
        persistent: [`echo "export ${KEY_VAR}='$${KEY_VAR}'" >> ${rcFileFor(shell)}`],
      };
    case 'fish':
      return { temporary: [`read --silent --prompt-str 'API key: ' --global --export ${KEY_VAR}`], persistent: [`set -Ux ${KEY_VAR} $${KEY_VAR}`] };
    case 'powershell':
      return {
        temporary: [`$env:${KEY_VAR} = ${PS_READ_KEY}`],
        persistent: [`[Environment]::SetEnvironmentVariable('${KEY_VAR}', $env:${KEY_VAR}, 'User')`],
      };
    case 'cmd':
      // cmd cannot read without echo; PowerShell, present on every supported Windows, can.
      return {
        temporary: [`for /f "usebackq delims=" %K in (\`powershell -NoProfile -Command "${PS_READ_KEY.replace(/"/g, '\\"')}"\`) do set "${KEY_VAR}=%K"`],
        persistent: [`setx ${KEY_VAR} "%${KEY_VAR}%"`],
      };
  }
}

export interface SetupCommands {
  temporary: string[];
  persistent: string[];
}

export function setupCommands(shell: Shell, choice: SetupChoice): SetupCommands {
  const key = keyCommands(shell);
  const vars = setEnvCommands(shell, setupVariables(choice));
  return { temporary: [...key.temporary, ...vars.temporary], persistent: [...key.persistent, ...vars.persistent] };
}
