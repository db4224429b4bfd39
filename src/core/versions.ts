// The semver functions the doctor uses, answered directly for the plain `X.Y.Z` versions and `>=X.Y.Z` ranges that
// nearly every run sees, and by semver itself for everything else. semver is required lazily: loading it builds
// about a hundred regexes (internal/re.js) and a Range for each `satisfies`, 2.5 ms of every doctor run profiled.
// Every fast path gives exactly what semver gives (test/core/versions.test.ts compares them).

// No leading zeros (semver rejects them) and at most 15 digits, so that every number is a safe integer (semver
// throws above Number.MAX_SAFE_INTEGER).
const PLAIN = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;

/** [major, minor, patch] of a plain `X.Y.Z`, or null for anything else (prefix, prerelease, build, spaces). */
function plainParts(s: string): [number, number, number] | null {
  const m = PLAIN.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * The parts of a `>=X.Y.Z` range's version, or null for any other range. The same pattern after the operator rather than
 * a second one that repeats it: V8 compiles each pattern to machine code on first use (0.1% of an offline run).
 */
function atLeastPlainParts(range: string): [number, number, number] | null {
  return range.startsWith('>=') ? plainParts(range.slice(2)) : null;
}

function compareParts(a: [number, number, number], b: [number, number, number]): -1 | 0 | 1 {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** semver.valid: the normalised version, or null. */
export function validVersion(version: string): string | null {
  return PLAIN.test(version) ? version : (require('semver/functions/valid') as typeof import('semver/functions/valid'))(version);
}

/** semver.compare. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const pa = plainParts(a);
  const pb = pa && plainParts(b);
  return pa && pb ? compareParts(pa, pb) : (require('semver/functions/compare') as typeof import('semver/functions/compare'))(a, b);
}

/** semver.major. */
export function majorOf(version: string): number {
  return plainParts(version)?.[0] ?? (require('semver/functions/major') as typeof import('semver/functions/major'))(version);
}

/** semver.satisfies with includePrerelease, the only way the doctor asks it. */
export function satisfiesIncludingPrerelease(version: string, range: string): boolean {
  const v = plainParts(version);
  const min = v && atLeastPlainParts(range);
  return v && min ? compareParts(v, min) >= 0 : (require('semver/functions/satisfies') as typeof import('semver/functions/satisfies'))(version, range, { includePrerelease: true });
}

/** Whether semver.validRange accepts the range. */
export function isValidRange(range: string): boolean {
  return atLeastPlainParts(range) !== null || (require('semver/ranges/valid') as typeof import('semver/ranges/valid'))(range) !== null;
}
