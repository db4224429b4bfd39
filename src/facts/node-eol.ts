// Node.js release lines and when they stop getting security fixes (https://github.com/nodejs/Release).
// Data, not logic: update this table when a new line ships. Dates are UTC days.

export interface NodeLine {
  major: number;
  /** First day without support. */
  eol: string;
  /** Even lines become LTS about six months after release; odd lines never do. */
  ltsFrom?: string;
}

export const NODE_LINES: readonly NodeLine[] = [
  { major: 10, eol: '2021-04-30', ltsFrom: '2018-10-30' },
  { major: 11, eol: '2019-06-01' },
  { major: 12, eol: '2022-04-30', ltsFrom: '2019-10-21' },
  { major: 13, eol: '2020-06-01' },
  { major: 14, eol: '2023-04-30', ltsFrom: '2020-10-27' },
  { major: 15, eol: '2021-06-01' },
  { major: 16, eol: '2023-09-11', ltsFrom: '2021-10-26' },
  { major: 17, eol: '2022-06-01' },
  { major: 18, eol: '2025-04-30', ltsFrom: '2022-10-25' },
  { major: 19, eol: '2023-06-01' },
  { major: 20, eol: '2026-04-30', ltsFrom: '2023-10-24' },
  { major: 21, eol: '2024-06-01' },
  { major: 22, eol: '2027-04-30', ltsFrom: '2024-10-29' },
  { major: 23, eol: '2025-06-01' },
  { major: 24, eol: '2028-04-30', ltsFrom: '2025-10-28' },
  { major: 25, eol: '2026-06-01' },
  // LTS since 2026-10-28 (https://github.com/nodejs/Release, schedule read 2026-12-04).
  { major: 26, eol: '2029-04-30', ltsFrom: '2026-10-28' },
];

/**
 * The one Node.js line the doctor recommends, everywhere: the node check, explain, and the too-old refusal in
 * bin/kimi-claude.js (a test holds the two equal). 26 is the active LTS line (since 2026-10-28, supported until
 * 2029-04-30), and this project's own Node matrix runs it (test/support/node-matrix.json). Review with the table.
 */
export const RECOMMENDED_NODE_LTS = 26;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export type EolVerdict =
  | { eol: false }
  /** eolDate is null for lines older than the table: long gone, date not kept. */
  | { eol: true; eolDate: string | null };

export function eolStatus(major: number, now: number): EolVerdict {
  const line = NODE_LINES.find((l) => l.major === major);
  if (line) return now >= day(line.eol) ? { eol: true, eolDate: line.eol } : { eol: false };
  const oldest = Math.min(...NODE_LINES.map((l) => l.major));
  return major < oldest ? { eol: true, eolDate: null } : { eol: false };
}

/** The newest LTS line supported at `now`; past the table's end, its newest even line. */
export function suggestedLts(now: number): number {
  const lts = NODE_LINES.filter((l) => l.ltsFrom !== undefined);
  const current = lts.filter((l) => day(l.ltsFrom!) <= now && now < day(l.eol));
  const pool = current.length > 0 ? current : lts;
  return Math.max(...pool.map((l) => l.major));
}
