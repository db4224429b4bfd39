// Small helpers every fact module needs: the right path flavour and Windows' case-insensitive names.
import * as path from 'path';
import type { Context } from '../core/types';

export function pathFor(ctx: Pick<Context, 'platform'>): path.PlatformPath {
  return ctx.platform === 'win32' ? path.win32 : path.posix;
}

/** Environment lookup; on Windows `Path` and `PATH` are the same variable. */
export function envVar(ctx: Pick<Context, 'env' | 'platform'>, name: string): string | undefined {
  const direct = ctx.env[name];
  if (direct !== undefined || ctx.platform !== 'win32') return direct;
  const upper = name.toUpperCase();
  for (const [key, value] of Object.entries(ctx.env)) if (key.toUpperCase() === upper) return value;
  return undefined;
}

/** A form of a path fit for equality tests: normalized, no trailing separator, case-folded on Windows. */
export function comparablePath(ctx: Pick<Context, 'platform'>, p: string): string {
  const flavour = pathFor(ctx);
  let out = flavour.normalize(p);
  const root = flavour.parse(out).root;
  while (out.length > root.length && (out.endsWith('/') || (ctx.platform === 'win32' && out.endsWith('\\')))) out = out.slice(0, -1);
  return ctx.platform === 'win32' ? out.toLowerCase() : out;
}

export function samePath(ctx: Pick<Context, 'platform'>, a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return comparablePath(ctx, a) === comparablePath(ctx, b);
}

/** Text of a small file, or null: every odd file (missing, a FIFO, unreadable, a loop) reads as null. */
export async function readText(ctx: Pick<Context, 'files'>, file: string, maxBytes = 256 * 1024): Promise<string | null> {
  const r = await ctx.files.readFile(file, { maxBytes });
  if (!r.ok) return null;
  return Buffer.from(r.bytes).toString('utf8');
}

/** A JSON object from a file, or null for anything else (missing, garbage, an array). Never throws. */
export async function readJsonObject(ctx: Pick<Context, 'files'>, file: string): Promise<Record<string, unknown> | null> {
  const text = await readText(ctx, file);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
