// Check data and finding values end up in JSON reports and in every renderer. A check that hands back
// something JSON cannot hold (a BigInt, a cycle, a function, absurd nesting) must not take the report down,
// so the runner passes everything through here once.

import { isoTimestamp } from './iso-time';

const MAX_DEPTH = 32;

export function plainData(value: unknown, depth = 0, ancestors: Set<object> = new Set()): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value + 0 : null; // + 0 turns -0 into 0, as JSON does
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  const object = value as object;
  if (ancestors.has(object)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : isoTimestamp(object);
  ancestors.add(object);
  try {
    if (Array.isArray(object)) return object.map((v) => plainData(v, depth + 1, ancestors) ?? null);
    const out: Record<string, unknown> = {};
    // Object.keys, not entries: no [key, value] pair array per property (every check's data passes through here).
    for (const k of Object.keys(object)) {
      const plain = plainData((object as Record<string, unknown>)[k], depth + 1, ancestors);
      if (plain !== undefined) setOwn(out, k, plain);
    }
    return out;
  } finally {
    ancestors.delete(object);
  }
}

/** out[key] = value, except that a key named __proto__ (JSON.parse makes one) stays data instead of replacing the prototype. */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty only where it matters: for any other key a plain assignment does the same, several times faster.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** plainData for a record (check data, finding values): always a plain object back. */
export function plainRecord(value: Record<string, unknown>): Record<string, unknown> {
  return plainData(value) as Record<string, unknown>;
}
