// The last resort for a version: run `<file> --version`, bounded, and read the first x.y.z it prints.
import type { Context } from '../core/types';
import { pathFor } from './platform-path';

/** A hung binary must not eat the check's whole budget. */
export const VERSION_TIMEOUT_MS = 3000;

/** Why a version is unknown, as data: the catalogue words it in each language. */
export type VersionProblem =
  | { kind: 'timeout'; seconds: number }
  | { kind: 'spawn-failed'; error: string }
  | { kind: 'bad-exit'; exitCode: number | null; output: string }
  | { kind: 'script-shim' }
  | { kind: 'broken-link' }
  | { kind: 'binary-missing' };

export type SpawnedVersion = { version: string; reason?: undefined } | { version: null; reason: VersionProblem };

/** First semver-looking token: handles `v22.12.0`, `10.9.2` and `2.1.197 (Claude Code)`. */
export function parseVersionOutput(output: string): string | null {
  const m = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output);
  return m ? m[1] : null;
}

/**
 * Without a shell, Windows can start only real executables: .cmd and .ps1 shims would need cmd.exe or
 * PowerShell, whose quoting rules make a user's path unsafe to pass. Those are read, not run.
 */
export function canSpawnDirectly(ctx: Pick<Context, 'platform'>, file: string): boolean {
  if (ctx.platform !== 'win32') return true;
  return /\.(exe|com)$/i.test(pathFor(ctx).extname(file));
}

export async function spawnVersion(ctx: Context, file: string): Promise<SpawnedVersion> {
  if (!canSpawnDirectly(ctx, file)) return { version: null, reason: { kind: 'script-shim' } };
  const r = await ctx.proc.run(file, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS });
  if (r.timedOut) return { version: null, reason: { kind: 'timeout', seconds: VERSION_TIMEOUT_MS / 1000 } };
  if (r.error) return { version: null, reason: { kind: 'spawn-failed', error: r.error } };
  const version = parseVersionOutput(r.stdout) ?? parseVersionOutput(r.stderr);
  if (version && r.exitCode === 0) return { version };
  const output = (r.stderr || r.stdout).trim().split('\n')[0]?.trim().slice(0, 120) ?? '';
  return { version: null, reason: { kind: 'bad-exit', exitCode: r.exitCode, output } };
}
