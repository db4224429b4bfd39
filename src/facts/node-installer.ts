// How the `node` on PATH was installed, read from where it lives: the upgrade advice has to use the same tool,
// or the new Node lands somewhere PATH never looks (an `nvm install` where nvm is not installed does nothing at all).
import { asciiLower } from '../core/ascii-case';
import type { Context } from '../core/types';

export type NodeInstaller = 'nvm' | 'fnm' | 'volta' | 'mise' | 'homebrew' | 'distro' | 'official' | 'unknown';

/**
 * Path markers, checked on the PATH entry and on its real path (volta and fnm put a shim first on PATH):
 * nvm ~/.nvm/versions/node/vX/bin/node (nvm-windows: …\nvm\vX\node.exe, C:\nvm4w\nodejs); fnm …/fnm/node-versions/ or
 * …/fnm_multishells/; volta ~/.volta/; mise …/mise/installs/; Homebrew /opt/homebrew, /usr/local/Cellar,
 * /home/linuxbrew/.linuxbrew; a distribution package /usr/bin/node; the official installer /usr/local/bin/node on
 * macOS (the .pkg) and C:\Program Files\nodejs on Windows (the .msi).
 */
export function nodeInstaller(ctx: Pick<Context, 'platform'>, paths: ReadonlyArray<string | null | undefined>): NodeInstaller {
  // Each path once: the PATH entry is usually its own real path, and a second test of the same text would make V8
  // compile every pattern to machine code as well (a pattern's second use tiers it up): 0.13 ms measured.
  const all = [...new Set(paths.filter((p): p is string => !!p).map((p) => p.replace(/\\/g, '/')))];
  const any = (re: RegExp) => all.some((p) => re.test(p));
  // The markers that match in any case (Windows folders, ~/.Volta…) are written in lower case and tested on the paths
  // with their ASCII letters lower-cased: src/core/ascii-case.ts says why and why it is exact.
  const lowered = all.map(asciiLower);
  const anyCase = (re: RegExp) => lowered.some((p) => re.test(p));
  if (anyCase(/\/\.?nvm\/versions\/node\/|\/nvm\/v\d[^/]*\/node(?:\.exe)?$|\/nvm4w\/|\/appdata\/(?:roaming|local)\/nvm\//)) return 'nvm';
  if (anyCase(/\/fnm\/node-versions\/|\/fnm_multishells\/|\/\.fnm\//)) return 'fnm';
  if (anyCase(/\/\.?volta\//)) return 'volta';
  if (any(/\/mise\/installs\//)) return 'mise';
  if (any(/^\/opt\/homebrew\/|^\/usr\/local\/Cellar\/|^\/usr\/local\/opt\/node|\/\.linuxbrew\//)) return 'homebrew';
  const first = all[0] ?? '';
  if (ctx.platform === 'win32' && /\/program files(?: \(x86\))?\/nodejs\/node\.exe$/.test(lowered[0] ?? '')) return 'official';
  if (ctx.platform === 'darwin' && first === '/usr/local/bin/node') return 'official';
  if (ctx.platform === 'linux' && /^\/usr\/bin\/node(?:js)?$/.test(first)) return 'distro';
  return 'unknown';
}

/** With no node on PATH: a version manager whose variables the shell has (it is installed, just not in use). */
export function nodeManagerFromEnv(env: Readonly<Record<string, string | undefined>>): NodeInstaller {
  if (env.NVM_DIR || env.NVM_HOME) return 'nvm';
  if (env.FNM_DIR || env.FNM_MULTISHELL_PATH) return 'fnm';
  if (env.VOLTA_HOME) return 'volta';
  return 'unknown';
}

/**
 * The commands that install Node.js `major` with the installer that put the current one there, or null where there is
 * no such one command (a distribution package, the official installer, an unknown origin: the wording then points at
 * https://nodejs.org/en/download, which has the instructions for each of them).
 */
export function nodeUpgradeCommands(installer: NodeInstaller, major: number, windows: boolean): string[] | null {
  switch (installer) {
    case 'nvm':
      // nvm-windows has no `alias`: `nvm use` switches the one global Node.
      return windows ? [`nvm install ${major}`, `nvm use ${major}`] : [`nvm install ${major}`, `nvm alias default ${major}`];
    case 'fnm':
      return [`fnm install ${major}`, `fnm default ${major}`];
    case 'volta':
      return [`volta install node@${major}`];
    case 'mise':
      return [`mise use --global node@${major}`];
    case 'homebrew':
      // node@N is keg-only: link it over the current `node`.
      return [`brew install node@${major}`, `brew link --overwrite --force node@${major}`];
    case 'official':
    case 'unknown':
      // winget's OpenJS.NodeJS.LTS is the official .msi; elsewhere the official route is a download page.
      return windows ? ['winget install OpenJS.NodeJS.LTS'] : null;
    case 'distro':
      return null;
  }
}
