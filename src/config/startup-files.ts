// Finds ANTHROPIC_* / CLAUDE_* assignments in shell start-up files, commented ones included: they explain
// "I edited ~/.zshrc but this terminal still has the old value" and the guide's commented CN/AI pairs.
import type { StartupLines } from '../shell/env-commands';
import type { StartupAssignment, StartupShell } from './types';

const NAME = '((?:ANTHROPIC|CLAUDE)_[A-Za-z0-9_]+)';
const POSIX = new RegExp(`^\\s*(#\\s*)?(?:export\\s+|declare\\s+-x\\s+|typeset\\s+-x\\s+)?${NAME}=(.*)$`);
const FISH = new RegExp(`^\\s*(#\\s*)?set\\s+((?:-[A-Za-z]+\\s+)*)${NAME}(?:\\s+(.*))?$`);
const PWSH_ENV = new RegExp(`^\\s*(#\\s*)?\\$env:${NAME}\\s*=\\s*(.*)$`, 'i');
const PWSH_DOTNET = new RegExp(
  `^\\s*(#\\s*)?\\[(?:System\\.)?Environment\\]::SetEnvironmentVariable\\(\\s*["']${NAME}["']\\s*,\\s*(.*?)\\s*(?:,\\s*["']?\\w+["']?\\s*)?\\)\\s*;?\\s*$`,
  'i',
);

export function parseStartupFile(path: string, text: string, shell: StartupShell): StartupAssignment[] {
  const found: StartupAssignment[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const hit = match(lineText, shell);
    if (hit) found.push({ path, line: index + 1, shell, ...hit });
  });
  return found;
}

function match(line: string, shell: StartupShell): Omit<StartupAssignment, 'path' | 'line' | 'shell'> | null {
  if (shell === 'posix') {
    const m = POSIX.exec(line);
    return m ? { name: m[2], commented: !!m[1], ...shellWord(m[3]) } : null;
  }
  if (shell === 'fish') {
    const m = FISH.exec(line);
    // Only exported variables reach claude: -x / --export (set -gx, set -Ux).
    if (!m || !/x/.test(m[2] ?? '')) return null;
    return { name: m[3], commented: !!m[1], ...shellWord(m[4] ?? '') };
  }
  const m = PWSH_ENV.exec(line) ?? PWSH_DOTNET.exec(line);
  return m ? { name: m[2], commented: !!m[1], ...shellWord(m[3]) } : null;
}

/** The first word, unquoted as a shell would, stopping at an unquoted comment or `;`. */
export function shellWord(input: string): { value: string; dynamic: boolean } {
  let value = '';
  let dynamic = false;
  let i = 0;
  const s = input.trim();
  while (i < s.length) {
    const c = s[i];
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      value += s.slice(i + 1, end === -1 ? s.length : end);
      i = end === -1 ? s.length : end + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) j++;
        if (s[j] === '$' || s[j] === '`') dynamic = true;
        value += s[j];
        j++;
      }
      i = j + 1;
    } else if (/\s|;|#/.test(c)) {
      break;
    } else {
      if (c === '$' || c === '`') dynamic = true;
      value += c;
      i++;
    }
  }
  return { value, dynamic };
}

/** What render advice needs from the start-up files: where each variable is set (uncommented), never the values. */
export function startupLines(assignments: readonly StartupAssignment[]): StartupLines {
  return { assignments: assignments.filter((a) => !a.commented).map(({ path, line, name, shell }) => ({ path, line, name, shell })) };
}
