// Reads a user's file as text, turning every odd case (directory, FIFO, loop, binary, UTF-16) into data.
import type { Context, FileInfo } from '../core/types';
import { decodeText, DecodeProblem } from './decode';

export type TextRead =
  | { ok: true; text: string; bom: boolean; info: FileInfo }
  | { ok: false; reason: 'missing' | 'not-a-file' | 'unreadable' | 'too-large'; detail: string; size?: number }
  | { ok: false; reason: 'not-text'; problem: DecodeProblem; offset?: number; text?: string };

/** Settings and start-up files are small; anything bigger than this is not one a person wrote. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export async function readText(ctx: Pick<Context, 'files'>, path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<TextRead> {
  const r = await ctx.files.readFile(path, { maxBytes });
  if (!r.ok) {
    if (r.reason === 'missing') return { ok: false, reason: 'missing', detail: r.detail };
    if (r.reason === 'not-a-file') return { ok: false, reason: 'not-a-file', detail: r.detail };
    return { ok: false, reason: 'unreadable', detail: r.reason === 'loop' ? 'symlink loop' : r.detail };
  }
  if (r.truncated) return { ok: false, reason: 'too-large', detail: `${r.size} bytes`, size: r.size };
  const decoded = decodeText(r.bytes);
  if (!decoded.ok) return { ok: false, reason: 'not-text', problem: decoded.problem, offset: decoded.offset, text: decoded.text };
  return { ok: true, text: decoded.text, bom: decoded.bom, info: r.info };
}
