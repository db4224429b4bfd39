// A pasted terminal screen → the lines worth reading. Removes what terminals and Claude Code's UI add:
// ANSI codes, carriage returns, box drawing, bullets and prompts, and the retry lines (kept aside as RetryInfo).
import { mergeRetries, withoutRetryPart, type RetryInfo } from './retry-lines';

export interface CleanPaste {
  /** Non-empty lines, cleaned, in screen order, with the retry announcements taken out. */
  lines: string[];
  retry?: RetryInfo;
}

// CSI (colours, cursor moves), OSC (titles, hyperlinks) and any other lone escape.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// Box drawing, blocks, and the glyphs Claude Code puts in front of its lines (⎿ ⏺ ● ✻ ⚠ ✗ ❯ …).
const DECORATION = /[\u2500-\u259f\u23bf\u23fa\u25cf\u25cb\u2022\u273b\u2733\u26a0\ufe0f\u2717\u2718\u274c\u276f\u203a\u2502]/g;
const OTHER_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]/g;

export function parsePaste(text: string): CleanPaste {
  const raw = text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .replace(OTHER_CONTROL, '')
    .split('\n');
  const lines = raw.map(cleanLine).filter((l) => l.length > 0);
  const retry = mergeRetries(lines);
  // A retry line that also carries the error ("API Error (429 …) · Retrying…") keeps the error part.
  const kept = lines.map(withoutRetryPart).filter((l) => l.length > 0);
  return retry ? { lines: kept, retry } : { lines: kept };
}

function cleanLine(line: string): string {
  return line
    .replace(DECORATION, ' ')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .trim()
    // A leading "> " or "$ " is a prompt or a quote marker, not part of the error.
    .replace(/^(?:[>$#%]\s+)+/, '');
}
