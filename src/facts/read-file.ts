// Reading a user's files through ctx.files, where every oddity ends as null rather than a throw.
import { readText as readTextOrWhyNot } from '../config/read-text';
import type { Context } from '../core/types';

/**
 * Text of a small file, or null: every odd file (missing, a FIFO, unreadable, a loop, too large, not text) reads
 * as null. The configuration checks' reader, for callers that need no reason.
 */
export async function readText(ctx: Pick<Context, 'files'>, file: string, maxBytes = 256 * 1024): Promise<string | null> {
  const r = await readTextOrWhyNot(ctx, file, maxBytes);
  return r.ok ? r.text : null;
}

/** A JSON object from a file, or null for anything else (missing, garbage, an array). Never throws. */
export async function readJsonObject(ctx: Pick<Context, 'files'>, file: string, maxBytes?: number): Promise<Record<string, unknown> | null> {
  const text = await readText(ctx, file, maxBytes);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
