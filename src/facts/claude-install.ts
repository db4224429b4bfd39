// Every `claude` on PATH: how it was installed, its version, and the npm package behind it.
// Single functions, not the semver index: the index loads every class and range helper at start-up.
import { validVersion } from '../core/versions';
import type { Context } from '../core/types';
import { locateNpm } from './npm';
import { findOnPath, isOnPath } from './path-search';
import { pathFor, samePath } from './platform-path';
import { readJsonObject, readText } from './read-file';
import { spawnVersion, type VersionProblem } from './spawn-version';

export type InstallMethod = 'npm-global' | 'native' | 'other';
export type ClaudeVersionSource = 'package.json' | 'native-path' | 'spawn';

export const CLAUDE_PACKAGE = '@anthropic-ai/claude-code';

/** What npm leaves in bin/claude.exe when the platform binary never arrived. */
const WRAPPER_MAX_BYTES = 4096;
const WRAPPER_MARKER = 'claude native binary not installed';

export interface ClaudeCopy {
  /** As found on PATH (on Windows the shim: claude.cmd, claude.ps1 or claude.exe). */
  path: string;
  dir: string;
  /** All symlinks followed, or null when the link is broken. */
  realPath: string | null;
  installMethod: InstallMethod;
  version: string | null;
  versionSource: ClaudeVersionSource | null;
  versionError: VersionProblem | null;
  /** The @anthropic-ai/claude-code package directory of an npm install. */
  packageDir: string | null;
  /** engines.node of that package, e.g. ">=22.0.0". */
  enginesNode: string | null;
  /** npm installed the package but its bin/claude.exe is still the small "not installed" wrapper. */
  nativeBinaryMissing: boolean;
}

export interface ClaudeInstall {
  /** PATH order, one per directory: the first one is what `claude` runs. */
  copies: ClaudeCopy[];
  /** An installed claude in a directory that is not on PATH (the classic "command not found"). */
  offPath: { native: { path: string; dir: string } | null; npm: { path: string; dir: string } | null };
}

export function locateClaude(ctx: Context): Promise<ClaudeInstall> {
  return ctx.memo('facts:claude-install', async () => {
    const matches = await findOnPath(ctx, 'claude', ['.ps1']);
    // claude.cmd and claude.ps1 in one directory are one npm install, not two copies.
    const firstPerDir = matches.filter((m, i) => matches.findIndex((o) => samePath(ctx, o.dir, m.dir)) === i);
    const [copies, offPath] = await Promise.all([Promise.all(firstPerDir.map((m) => describeCopy(ctx, m.path, m.dir))), findOffPath(ctx)]);
    return { copies, offPath };
  });
}

/** ~/.local/bin: where the native installer puts its launcher. */
export function nativeBinDir(ctx: Pick<Context, 'platform' | 'homeDir'>): string {
  return pathFor(ctx).join(ctx.homeDir, '.local', 'bin');
}

export function nativeLauncherPath(ctx: Pick<Context, 'platform' | 'homeDir'>): string {
  return pathFor(ctx).join(nativeBinDir(ctx), ctx.platform === 'win32' ? 'claude.exe' : 'claude');
}

async function describeCopy(ctx: Context, file: string, dir: string): Promise<ClaudeCopy> {
  const flavour = pathFor(ctx);
  const realPath = await ctx.files.realpath(file);
  const copy: ClaudeCopy = {
    path: file,
    dir,
    realPath,
    installMethod: 'other',
    version: null,
    versionSource: null,
    versionError: null,
    packageDir: null,
    enginesNode: null,
    nativeBinaryMissing: false,
  };

  const packageDir = packageDirFromRealPath(ctx, realPath) ?? (await packageDirFromShim(ctx, file));
  const nativeVersion = nativeVersionFromPath(ctx, realPath ?? file);
  if (packageDir) {
    copy.installMethod = 'npm-global';
    copy.packageDir = packageDir;
    const pkg = await readJsonObject(ctx, flavour.join(packageDir, 'package.json'));
    if (pkg && pkg.name === CLAUDE_PACKAGE) {
      const version = typeof pkg.version === 'string' ? validVersion(pkg.version) : null;
      if (version) (copy.version = version), (copy.versionSource = 'package.json');
      const engines = pkg.engines as Record<string, unknown> | undefined;
      if (engines && typeof engines === 'object' && typeof engines.node === 'string') copy.enginesNode = engines.node;
    }
    copy.nativeBinaryMissing = await isNativeWrapper(ctx, flavour.join(packageDir, 'bin', 'claude.exe'));
  } else if (nativeVersion !== undefined || samePath(ctx, dir, nativeBinDir(ctx))) {
    copy.installMethod = 'native';
    if (nativeVersion) (copy.version = nativeVersion), (copy.versionSource = 'native-path');
  }

  if (!copy.version) {
    if (!realPath) {
      copy.versionError = { kind: 'broken-link' };
    } else if (copy.nativeBinaryMissing) {
      copy.versionError = { kind: 'binary-missing' };
    } else {
      const spawned = await spawnVersion(ctx, file);
      if (spawned.version) (copy.version = spawned.version), (copy.versionSource = 'spawn');
      else copy.versionError = spawned.reason ?? null;
    }
  }
  return copy;
}

/** …/node_modules/@anthropic-ai/claude-code/bin/claude.exe (or cli.js) -> the package directory. */
function packageDirFromRealPath(ctx: Context, realPath: string | null): string | null {
  if (!realPath) return null;
  const flavour = pathFor(ctx);
  const parts = realPath.split(ctx.platform === 'win32' ? /[\\/]/ : /\//);
  for (let i = parts.length - 3; i >= 0; i--) {
    if (parts[i] === 'node_modules' && parts[i + 1] === '@anthropic-ai' && parts[i + 2] === 'claude-code') {
      return flavour.normalize(parts.slice(0, i + 3).join(flavour.sep) || flavour.sep);
    }
  }
  return null;
}

/**
 * npm on Windows writes shims (claude.cmd, claude.ps1) instead of symlinks; they name the package relative to
 * their own directory: "%dp0%\node_modules\@anthropic-ai\claude-code\…" or "$basedir/node_modules/…".
 */
async function packageDirFromShim(ctx: Context, file: string): Promise<string | null> {
  if (!/\.(cmd|ps1|bat)$/i.test(file)) return null;
  const text = await readText(ctx, file, 16 * 1024);
  if (text === null || !/node_modules[\\/]@anthropic-ai[\\/]claude-code([\\/"']|$)/m.test(text)) return null;
  const flavour = pathFor(ctx);
  return flavour.join(flavour.dirname(file), 'node_modules', '@anthropic-ai', 'claude-code');
}

/**
 * The native installer's launcher points into …/share/claude/versions/<version>.
 * Returns the version, null for a versions path without one, undefined for any other path.
 */
function nativeVersionFromPath(ctx: Context, file: string): string | null | undefined {
  const parts = file.split(ctx.platform === 'win32' ? /[\\/]/ : /\//);
  for (let i = parts.length - 2; i >= 2; i--) {
    if (parts[i] === 'versions' && parts[i - 1] === 'claude' && parts[i - 2] === 'share') {
      return validVersion(parts[i + 1].replace(/\.exe$/i, '')) ?? null;
    }
  }
  return undefined;
}

async function isNativeWrapper(ctx: Context, file: string): Promise<boolean> {
  const info = await ctx.files.stat(file);
  if (!info || info.kind !== 'file' || info.size >= WRAPPER_MAX_BYTES) return false;
  const text = await readText(ctx, file, WRAPPER_MAX_BYTES);
  return text !== null && text.includes(WRAPPER_MARKER);
}

/** A claude the user installed but cannot run by name because its directory is missing from PATH. */
async function findOffPath(ctx: Context): Promise<ClaudeInstall['offPath']> {
  const flavour = pathFor(ctx);
  const nativeDir = nativeBinDir(ctx);
  const nativeFile = nativeLauncherPath(ctx);
  const native = !isOnPath(ctx, nativeDir) && (await ctx.files.isExecutable(nativeFile)) ? { path: nativeFile, dir: nativeDir } : null;

  const npm = await locateNpm(ctx);
  let npmCopy: { path: string; dir: string } | null = null;
  if (npm.globalBin && !npm.globalBinOnPath && !samePath(ctx, npm.globalBin, nativeDir)) {
    const names = ctx.platform === 'win32' ? ['claude.cmd', 'claude.ps1', 'claude.exe'] : ['claude'];
    for (const name of names) {
      const file = flavour.join(npm.globalBin, name);
      if (await ctx.files.isExecutable(file)) {
        npmCopy = { path: file, dir: npm.globalBin };
        break;
      }
    }
  }
  return { native, npm: npmCopy };
}
