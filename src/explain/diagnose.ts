// Pasted text → a diagnosis as data (no wording): the line that matters, its verdict, and what Claude Code did.
import { behaviourFor, type Behaviour } from './claude-code-behaviour';
import { confirmingChecks } from './confirming-checks';
import { closestGuesses } from './guesses';
import { readLine, type PasteContext } from './line-readers';
import { parsePaste } from './parse-paste';
import type { Reading } from './reading';
import type { RetryInfo } from './retry-lines';
import type { Confidence, ExplainVerdict } from './verdicts';

export interface Diagnosis extends Reading {
  behaviour: Behaviour;
  /** Doctor check ids that would confirm it. */
  checks: string[];
}

export interface DiagnoseResult {
  /** null: nothing recognised; see guesses. */
  diagnosis: Diagnosis | null;
  /** Other causes recognised elsewhere in the paste, one per verdict. */
  alsoSeen: Reading[];
  retried?: RetryInfo;
  /** When nothing was recognised: the closest causes by the words used. */
  guesses: ExplainVerdict[];
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function diagnose(text: string): DiagnoseResult {
  const paste = parsePaste(text);
  const ctx = pasteContext(paste.lines);
  const readings = paste.lines.map((l) => readLine(l, ctx)).filter((r): r is Reading => r !== null);
  const retried = paste.retry ? { retried: paste.retry } : {};
  const main = pickMain(readings);
  if (!main) return { diagnosis: null, alsoSeen: [], ...retried, guesses: closestGuesses(paste.lines.join('\n')) };
  const alsoSeen = uniqueByVerdict(readings.filter((r) => r !== main && r.verdict !== main.verdict));
  const diagnosis: Diagnosis = { ...main, behaviour: behaviourFor(main, paste.retry), checks: confirmingChecks(main.verdict) };
  return { diagnosis, alsoSeen, ...retried, guesses: [] };
}

/** The surest reading; among equals the last one, since the newest line on a screen is the one the user is stuck on. */
function pickMain(readings: readonly Reading[]): Reading | undefined {
  let best: Reading | undefined;
  for (const r of readings) if (!best || RANK[r.confidence] >= RANK[best.confidence]) best = r;
  return best;
}

function uniqueByVerdict(readings: readonly Reading[]): Reading[] {
  const seen = new Set<ExplainVerdict>();
  return readings.filter((r) => !seen.has(r.verdict) && seen.add(r.verdict));
}

/** A status line printed above a body (curl -i, HTTP/1.1 429 Too Many Requests). */
function pasteContext(lines: readonly string[]): PasteContext {
  let httpStatus: number | undefined;
  for (const line of lines) {
    const m = /^(?:<\s*)?HTTP\/[\d.]+\s+(\d{3})\b/i.exec(line);
    if (m) httpStatus = Number(m[1]);
  }
  return httpStatus !== undefined ? { httpStatus } : {};
}
