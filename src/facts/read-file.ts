// Reading a user's files through ctx.files, where every oddity ends as null rather than a throw.
import type { Context } from '../core/types';

/** Text of a small file, or null: every odd file (missing, a FIFO, unreadable, a loop) reads as null. */
export async function readText(ctx: Pick<Context, 'files'>, file: string, maxBytes = 256 * 1024): Promise<string | null> {
  const r = await ctx.files.readFile(file, { maxBytes });
  if (!r.ok) return null;
  return Buffer.from(r.bytes).toString('utf8');
}

/** A JSON object from a file, or null for anything else (missing, garbage, an array). Never throws. */
export async function readJsonObject(ctx: Pick<Context, 'files'>, file: string, maxBytes?: number): Promise<Record<string, unknown> | null> {
  const text = await readText(ctx, file, maxBytes);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
