// Path helpers every fact module needs: the right path flavour and Windows' case-insensitive names.
import { posix, win32, type PlatformPath } from 'path';
import type { Context } from '../core/types';

export function pathFor(ctx: Pick<Context, 'platform'>): PlatformPath {
  return ctx.platform === 'win32' ? win32 : posix;
}

/**
 * Environment lookup; on Windows `Path` and `PATH` are the same variable. Own properties only, so a variable
 * named like an Object.prototype member (`constructor`) is not found where none is set.
 */
export function envVar(ctx: Pick<Context, 'env' | 'platform'>, name: string): string | undefined {
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(ctx.env, key) ? ctx.env[key] : undefined);
  if (own(name) !== undefined || ctx.platform !== 'win32') return own(name);
  const upper = name.toUpperCase();
  const key = Object.keys(ctx.env).find((k) => k.toUpperCase() === upper);
  return key === undefined ? undefined : ctx.env[key];
}

/** A form of a path fit for equality tests: normalized, no trailing separator, case-folded on Windows. */
export function comparablePath(ctx: Pick<Context, 'platform'>, p: string): string {
  const flavour = pathFor(ctx);
  let out = flavour.normalize(p);
  // A POSIX root is the leading slash or nothing: path.parse would be compiled on first use just to say so.
  const root = ctx.platform === 'win32' ? flavour.parse(out).root : out.startsWith('/') ? '/' : '';
  while (out.length > root.length && (out.endsWith('/') || (ctx.platform === 'win32' && out.endsWith('\\')))) out = out.slice(0, -1);
  return ctx.platform === 'win32' ? out.toLowerCase() : out;
}

export function samePath(ctx: Pick<Context, 'platform'>, a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return comparablePath(ctx, a) === comparablePath(ctx, b);
}
