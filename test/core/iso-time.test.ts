import fc from 'fast-check';
import { isoTimestamp } from '../../src/core/iso-time';

test('isoTimestamp gives what toISOString gives, for any valid date', () => {
  const edges = [0, -1, 1, Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(2026, 11, 4, 9, 7, 5, 42), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1), -62167219200000, 8.64e15, -8.64e15];
  for (const ms of edges) expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
  fc.assert(
    fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => isoTimestamp(new Date(ms)) === new Date(ms).toISOString()),
    { numRuns: 5000 },
  );
});

test('an invalid date throws as toISOString does', () => {
  expect(() => isoTimestamp(new Date(NaN))).toThrow(RangeError);
});
