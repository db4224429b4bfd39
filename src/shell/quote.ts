// Quoting for the five shells remediation commands are written for.
import type { Shell } from '../core/types';

/** A literal argument: what the user pastes is exactly what the program receives. */
export function quoteFor(shell: Shell, value: string): string {
  switch (shell) {
    case 'bash':
    case 'zsh':
      return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
    case 'fish':
      return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'powershell':
      return `'${value.replace(/'/g, "''")}'`;
    case 'cmd':
      // cmd has no escape for a double quote inside quotes; values we suggest never contain one.
      return `"${value.replace(/"/g, '')}"`;
  }
}
