// The `npm` on PATH, its version, and where `npm install -g` puts commands.
import { validVersion } from '../core/versions';
import type { Context } from '../core/types';
import { locateNode } from './node';
import { prefixFromNpmrcFile, resolveNpmPath } from './npmrc';
import { findOnPath, isOnPath } from './path-search';
import { envVar, pathFor } from './platform-path';
import { readJsonObject } from './read-file';
import { spawnVersion, type VersionProblem } from './spawn-version';

export type PrefixSource = 'env' | 'user-npmrc' | 'global-npmrc' | 'builtin-npmrc' | 'default';

export interface NpmFacts {
  path: string | null;
  realPath: string | null;
  version: string | null;
  versionSource: 'package.json' | 'spawn' | null;
  versionError: VersionProblem | null;
  /** npm's own package directory (…/node_modules/npm), when found. */
  packageDir: string | null;
  prefix: string | null;
  prefixSource: PrefixSource | null;
  /** Where global commands land: POSIX <prefix>/bin, Windows <prefix>. */
  globalBin: string | null;
  /** Where global packages land: POSIX <prefix>/lib/node_modules, Windows <prefix>\node_modules. */
  globalModules: string | null;
  globalBinOnPath: boolean;
}

export function locateNpm(ctx: Context): Promise<NpmFacts> {
  return ctx.memo('facts:npm', async () => {
    const flavour = pathFor(ctx);
    const [first] = await findOnPath(ctx, 'npm');
    const realPath = first ? await ctx.files.realpath(first.path) : null;
    const pkg = first ? await findNpmPackage(ctx, first.path, realPath) : null;

    // The spawn (up to 3 s) and the prefix lookup (which waits for node's facts) overlap.
    const [spawned, { prefix, source }] = await Promise.all([
      first && !pkg ? spawnVersion(ctx, first.path) : Promise.resolve(null),
      globalPrefix(ctx, pkg?.dir ?? null),
    ]);
    const version = pkg?.version ?? spawned?.version ?? null;
    const versionSource: NpmFacts['versionSource'] = pkg ? 'package.json' : spawned?.version ? 'spawn' : null;
    const versionError = spawned?.reason ?? null;
    const globalBin = prefix === null ? null : ctx.platform === 'win32' ? prefix : flavour.join(prefix, 'bin');
    const globalModules = prefix === null ? null : ctx.platform === 'win32' ? flavour.join(prefix, 'node_modules') : flavour.join(prefix, 'lib', 'node_modules');
    return {
      path: first?.path ?? null,
      realPath,
      version,
      versionSource,
      versionError,
      packageDir: pkg?.dir ?? null,
      prefix,
      prefixSource: source,
      globalBin,
      globalModules,
      globalBinOnPath: globalBin !== null && isOnPath(ctx, globalBin),
    };
  });
}

/**
 * npm's package.json sits at a fixed place relative to its launcher: POSIX bin/npm -> ../lib/node_modules/npm/bin/npm-cli.js,
 * Windows npm.cmd beside node_modules\npm. Shell-script launchers get the lib/ guess too.
 */
async function findNpmPackage(ctx: Context, file: string, realPath: string | null): Promise<{ dir: string; version: string } | null> {
  const flavour = pathFor(ctx);
  const dir = flavour.dirname(file);
  const candidates = [
    ...(realPath ? [flavour.dirname(flavour.dirname(realPath))] : []),
    flavour.join(dir, 'node_modules', 'npm'),
    flavour.join(dir, '..', 'lib', 'node_modules', 'npm'),
  ];
  for (const candidate of candidates) {
    const json = await readJsonObject(ctx, flavour.join(candidate, 'package.json'));
    const version = typeof json?.version === 'string' ? validVersion(json.version) : null;
    if (json?.name === 'npm' && version) return { dir: flavour.normalize(candidate), version };
  }
  return null;
}

/** The same order npm reads its config in: env, user npmrc, global npmrc, npm's builtin npmrc, then the default. */
async function globalPrefix(ctx: Context, npmPackageDir: string | null): Promise<{ prefix: string | null; source: PrefixSource | null }> {
  const flavour = pathFor(ctx);
  const fromEnv = ctx.env.npm_config_prefix ?? envVar(ctx, 'NPM_CONFIG_PREFIX');
  if (fromEnv) {
    const resolved = resolveNpmPath(ctx, fromEnv);
    if (resolved) return { prefix: resolved, source: 'env' };
  }

  const userConfigRaw = ctx.env.npm_config_userconfig ?? envVar(ctx, 'NPM_CONFIG_USERCONFIG');
  const userConfig = (userConfigRaw && resolveNpmPath(ctx, userConfigRaw)) || flavour.join(ctx.homeDir, '.npmrc');
  const fromUser = await prefixFromNpmrcFile(ctx, userConfig);
  if (fromUser) return { prefix: fromUser, source: 'user-npmrc' };

  const nodeDir = await nodeInstallPrefix(ctx, npmPackageDir);
  if (nodeDir) {
    const globalConfigRaw = ctx.env.npm_config_globalconfig ?? envVar(ctx, 'NPM_CONFIG_GLOBALCONFIG');
    const globalConfig = (globalConfigRaw && resolveNpmPath(ctx, globalConfigRaw)) || flavour.join(nodeDir, 'etc', 'npmrc');
    const fromGlobal = await prefixFromNpmrcFile(ctx, globalConfig);
    if (fromGlobal) return { prefix: fromGlobal, source: 'global-npmrc' };
  }

  // Homebrew and the Windows installer ship npm with a builtin npmrc that sets the prefix.
  if (npmPackageDir) {
    const fromBuiltin = await prefixFromNpmrcFile(ctx, flavour.join(npmPackageDir, 'npmrc'));
    if (fromBuiltin) return { prefix: fromBuiltin, source: 'builtin-npmrc' };
  }

  if (ctx.platform === 'win32') {
    const appData = envVar(ctx, 'APPDATA') || flavour.join(ctx.homeDir, 'AppData', 'Roaming');
    return { prefix: flavour.join(appData, 'npm'), source: 'default' };
  }
  return nodeDir ? { prefix: nodeDir, source: 'default' } : { prefix: null, source: null };
}

/**
 * npm's built-in global prefix: POSIX, the directory above the node binary's bin/ (node's realpath, as
 * process.execPath is); Windows, node's own directory. Without a node, npm's location tells the same.
 */
async function nodeInstallPrefix(ctx: Context, npmPackageDir: string | null): Promise<string | null> {
  const flavour = pathFor(ctx);
  const node = await locateNode(ctx);
  const nodeBinary = node.realPath ?? node.path;
  if (nodeBinary) return ctx.platform === 'win32' ? flavour.dirname(nodeBinary) : flavour.dirname(flavour.dirname(nodeBinary));
  if (npmPackageDir) {
    const parts = npmPackageDir.split(flavour.sep);
    // POSIX <prefix>/lib/node_modules/npm, Windows <prefix>\node_modules\npm
    const depth = ctx.platform === 'win32' ? 2 : 3;
    if (parts.length > depth) return parts.slice(0, parts.length - depth).join(flavour.sep) || flavour.sep;
  }
  return null;
}
