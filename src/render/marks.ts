// Status marks, with an ASCII fallback for terminals that are not UTF-8.
import type { CheckStatus } from '../core/types';

export const UNICODE_MARKS: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '-' };
export const ASCII_MARKS: Record<CheckStatus, string> = { pass: '+', warn: '!', fail: 'x', skip: '-' };

/** Replaces the few non-ASCII symbols the English wording uses; Chinese text implies a UTF-8 terminal anyway. */
export function toAscii(text: string): string {
  return text
    .replace(/✓/g, '+')
    .replace(/✗/g, 'x')
    .replace(/…/g, '...')
    .replace(/·/g, '-')
    .replace(/→/g, '->')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—/g, '-');
}
