// Language, shell and terminal capabilities, decided from the environment the user gave us.
import type { Env, Lang, Platform, Shell } from './types';

export function localeOf(env: Env): string | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (v && v.trim()) return v.trim();
  }
  return null;
}

export function detectLang(env: Env): Lang {
  const locale = localeOf(env);
  return locale && /^zh([_-]|$)/i.test(locale) ? 'zh' : 'en';
}

export function detectShell(env: Env, platform: Platform): Shell {
  if (platform === 'win32') {
    // PowerShell adds the user's Documents module folder to PSModulePath; cmd inherits only the system entries.
    const psPath = env.PSModulePath ?? '';
    if (/[\\/]Documents[\\/](Windows)?PowerShell[\\/]Modules/i.test(psPath)) return 'powershell';
    if (env.SHELL && /bash|zsh|fish/.test(env.SHELL)) return shellFromPath(env.SHELL);
    return 'cmd';
  }
  return env.SHELL ? shellFromPath(env.SHELL) : 'bash';
}

function shellFromPath(shellPath: string): Shell {
  const name = shellPath.split(/[\\/]/).pop()?.replace(/\.exe$/i, '') ?? '';
  if (name === 'zsh' || name === 'fish' || name === 'bash') return name;
  if (name === 'pwsh' || name === 'powershell') return 'powershell';
  return 'bash';
}

/** Whether the terminal can show ✓ ✗ and box drawing; otherwise the report falls back to ASCII. */
export function supportsUnicode(env: Env, platform: Platform): boolean {
  if (platform === 'win32') return Boolean(env.WT_SESSION || env.TERM_PROGRAM || env.ConEmuANSI === 'ON');
  if (env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/** Colour level: off for pipes, on for terminals; NO_COLOR, FORCE_COLOR and --[no-]color decide first. */
export function colorLevel(env: Env, isTTY: boolean, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (flag === true) return 1;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}
