import { NODE_LINES, eolStatus, suggestedLts } from '../../src/facts/node-eol';

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('eolStatus', () => {
  it.each([
    [18, '2025-04-29', { eol: false }],
    [18, '2025-04-30', { eol: true, eolDate: '2025-04-30' }],
    [20, '2026-11-29', { eol: true, eolDate: '2026-04-30' }],
    [22, '2026-11-29', { eol: false }],
    [23, '2026-11-29', { eol: true, eolDate: '2025-06-01' }],
    [16, '2026-11-29', { eol: true, eolDate: '2023-09-11' }],
    [8, '2026-11-29', { eol: true, eolDate: null }],
    [30, '2026-11-29', { eol: false }],
  ])('Node %i on %s', (major, date, expected) => {
    expect(eolStatus(major, at(date))).toEqual(expected);
  });
});

describe('suggestedLts', () => {
  it.each([
    ['2024-06-01', 20],
    ['2024-11-01', 22],
    ['2025-11-01', 24],
    ['2026-11-29', 26],
    ['2031-01-01', 26],
  ])('on %s suggests Node %i', (date, major) => {
    expect(suggestedLts(at(date))).toBe(major);
  });

  it('suggests only even, supported lines from the table', () => {
    for (const line of NODE_LINES) if (line.ltsFrom) expect(line.major % 2).toBe(0);
    expect(NODE_LINES.find((l) => l.major === 25)?.ltsFrom).toBeUndefined();
  });
});
