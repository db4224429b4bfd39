// Report files the user asked for: --output and GitHub's step summary. Part of the real I/O adapter.
import { appendFileSync, writeFileSync } from 'fs';

export function writeReportFile(path: string, text: string): string | null {
  try {
    writeFileSync(path, text, 'utf8');
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
}

export function appendReportFile(path: string, text: string): string | null {
  try {
    appendFileSync(path, text, 'utf8');
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
}
