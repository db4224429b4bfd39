// Where a command is on PATH, in the order the shell would try it.
import type { Context } from '../core/types';
import { comparablePath, envVar, pathFor } from './platform-path';

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/** PATH entries in order: empty entries dropped, duplicates (same directory) kept once. */
export function pathDirectories(ctx: Pick<Context, 'env' | 'platform' | 'cwd'>): string[] {
  return [...pathIndex(ctx).dirs];
}

export function isOnPath(ctx: Pick<Context, 'env' | 'platform' | 'cwd'>, dir: string): boolean {
  return pathIndex(ctx).keys.has(comparablePath(ctx, dir));
}

// A doctor run looks up PATH for every command it locates and asks isOnPath several times: 77 path.resolve/
// normalize/parse calls, which run in the interpreter this early (~5 µs each, 0.4 ms a run). The answer depends
// only on the platform, the working directory and PATH, so the last one is kept.
let lastIndex: { input: string; dirs: readonly string[]; keys: ReadonlySet<string> } | undefined;

function pathIndex(ctx: Pick<Context, 'env' | 'platform' | 'cwd'>): { dirs: readonly string[]; keys: ReadonlySet<string> } {
  const raw = envVar(ctx, 'PATH') ?? '';
  const input = `${ctx.platform}\0${ctx.cwd}\0${raw}`;
  if (lastIndex?.input === input) return lastIndex;
  const flavour = pathFor(ctx);
  const keys = new Set<string>();
  const dirs: string[] = [];
  for (let entry of raw.split(ctx.platform === 'win32' ? ';' : ':')) {
    entry = entry.trim();
    // Windows users often quote entries with spaces; cmd accepts them, so do we.
    if (ctx.platform === 'win32') entry = entry.replace(/^"(.*)"$/, '$1');
    if (!entry) continue;
    const dir = flavour.resolve(ctx.cwd, entry);
    const key = comparablePath(ctx, dir);
    if (keys.has(key)) continue;
    keys.add(key);
    dirs.push(dir);
  }
  lastIndex = { input, dirs, keys };
  return lastIndex;
}

/** File names to try for a command: on Windows every PATHEXT extension (plus extras such as .ps1). */
export function candidateNames(ctx: Pick<Context, 'env' | 'platform'>, command: string, extraExtensions: readonly string[] = []): string[] {
  if (ctx.platform !== 'win32') return [command];
  const exts = (envVar(ctx, 'PATHEXT') || DEFAULT_PATHEXT)
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e.startsWith('.'));
  const seen = new Set<string>();
  const names: string[] = [];
  for (const ext of [...exts, ...extraExtensions]) {
    const name = command + ext.toLowerCase();
    if (!seen.has(name)) seen.add(name), names.push(name);
  }
  return names;
}

export interface PathMatch {
  /** The file found, e.g. /usr/local/bin/claude or C:\Users\me\AppData\Roaming\npm\claude.cmd. */
  path: string;
  /** The PATH directory it was found in. */
  dir: string;
}

/** Every executable match of `command` on PATH, first = the one the shell runs. Memoized per command. */
export function findOnPath(ctx: Context, command: string, extraExtensions: readonly string[] = []): Promise<PathMatch[]> {
  return ctx.memo(`facts:path:${command}:${extraExtensions.join(',')}`, async () => {
    const flavour = pathFor(ctx);
    const names = candidateNames(ctx, command, extraExtensions);
    const perDir = await Promise.all(
      pathDirectories(ctx).map(async (dir) => {
        const found: PathMatch[] = [];
        for (const name of names) {
          const file = flavour.join(dir, name);
          if (await ctx.files.isExecutable(file)) found.push({ path: file, dir });
        }
        return found;
      }),
    );
    return perDir.flat();
  });
}
