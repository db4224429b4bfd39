// The `node` the user's shell runs (first on PATH), which may differ from the Node running the doctor.
import type { Context } from '../core/types';
import { nodeInstaller, type NodeInstaller } from './node-installer';
import { findOnPath } from './path-search';
import { samePath } from './platform-path';
import { parseVersionOutput, spawnVersion, type VersionProblem } from './spawn-version';

export interface NodeFacts {
  /** First `node` on PATH, or null when there is none. */
  path: string | null;
  realPath: string | null;
  /** Without the leading v, e.g. 22.12.0. */
  version: string | null;
  versionSource: 'runtime' | 'spawn' | null;
  /** Why the version is unknown. */
  versionError: VersionProblem | null;
  /** True when the PATH node is the very binary running the doctor. */
  isRuntime: boolean;
  /** What installed it (nvm, Homebrew, a distribution package…), from where it lives; 'unknown' when no node. */
  installer: NodeInstaller;
}

export function locateNode(ctx: Context): Promise<NodeFacts> {
  return ctx.memo('facts:node', async () => {
    const [first] = await findOnPath(ctx, 'node');
    if (!first) return { path: null, realPath: null, version: null, versionSource: null, versionError: null, isRuntime: false, installer: 'unknown' };
    const [realPath, runtimeReal] = await Promise.all([ctx.files.realpath(first.path), ctx.files.realpath(ctx.runtime.execPath)]);
    const installer = nodeInstaller(ctx, [first.path, realPath]);
    const isRuntime = samePath(ctx, realPath ?? first.path, runtimeReal ?? ctx.runtime.execPath);
    if (isRuntime) {
      // Same binary: its version is known without starting a process.
      return { path: first.path, realPath, version: parseVersionOutput(ctx.runtime.nodeVersion), versionSource: 'runtime', versionError: null, isRuntime, installer };
    }
    const spawned = await spawnVersion(ctx, first.path);
    return {
      path: first.path,
      realPath,
      version: spawned.version,
      versionSource: spawned.version ? 'spawn' : null,
      versionError: spawned.reason ?? null,
      isRuntime,
      installer,
    };
  });
}
