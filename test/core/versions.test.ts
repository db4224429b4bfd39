import semverCompare from 'semver/functions/compare';
import semverMajor from 'semver/functions/major';
import semverSatisfies from 'semver/functions/satisfies';
import semverValid from 'semver/functions/valid';
import semverValidRange from 'semver/ranges/valid';
import { compareVersions, isValidRange, majorOf, satisfiesIncludingPrerelease, validVersion } from '../../src/core/versions';

// Plain versions (the fast path) and everything semver accepts or rejects around them (the fallback).
const VERSIONS = [
  '0.0.0', '0.0.1', '0.1.0', '1.0.0', '1.2.3', '9.9.9', '10.0.0', '18.0.0', '18.17.0', '18.17.1', '18.18.2', '20.0.0',
  '20.20.2', '22.12.0', '2.1.197', '2.1.113', '123456789012345.0.1', '999999999999999.999999999999999.999999999999999',
  'v20.1.0', '=1.2.3', ' 1.2.3 ', '1.2.3-beta.1', '18.0.0-rc.1', '20.0.0-pre', '1.2.3+build.5', '1.2.3-0+b',
  '01.2.3', '1.02.3', '1.2.03', '1.2', '1', '1.2.3.4', '', 'x', '1.2.x', '9007199254740992.0.0', '1234567890123456.1.1',
];
const RANGES = [
  '>=0.0.0', '>=18.0.0', '>=18.17.0', '>=18.17.1', '>=20.0.0', '>=20.20.2', '>=20.20.3', '>=22.0.0', '>=999999999999999.0.0',
  '>= 18.0.0', '>=18', '>=18.0', '^18.17.0 || >=20.0.0', '>=18.0.0 <23', '>=v18.0.0', '>=18.0.0-0', '>18.0.0', '18.x',
  '*', '', '>=01.0.0', 'not a range', '>=18.0.0 ',
];

describe('versions: same answers as semver', () => {
  test.each(VERSIONS)('validVersion(%j)', (v) => {
    expect(validVersion(v)).toBe(semverValid(v));
  });

  test.each(RANGES)('isValidRange(%j)', (r) => {
    expect(isValidRange(r)).toBe(semverValidRange(r) !== null);
  });

  test('compareVersions over every pair of valid versions', () => {
    const valid = VERSIONS.filter((v) => semverValid(v) !== null);
    for (const a of valid) for (const b of valid) expect([a, b, compareVersions(a, b)]).toEqual([a, b, semverCompare(a, b)]);
  });

  test.each(VERSIONS.filter((v) => semverValid(v) !== null))('majorOf(%j)', (v) => {
    expect(majorOf(v)).toBe(semverMajor(v));
  });

  test('satisfiesIncludingPrerelease over every version and valid range', () => {
    for (const v of VERSIONS.filter((x) => semverValid(x) !== null)) {
      for (const r of RANGES.filter((x) => semverValidRange(x) !== null)) {
        expect([v, r, satisfiesIncludingPrerelease(v, r)]).toEqual([v, r, semverSatisfies(v, r, { includePrerelease: true })]);
      }
    }
  });

});

describe('versions: plain input never loads semver', () => {
  test('answers without requiring any semver module', () => {
    jest.isolateModules(() => {
      for (const m of ['semver/functions/valid', 'semver/functions/compare', 'semver/functions/major', 'semver/functions/satisfies', 'semver/ranges/valid']) {
        jest.doMock(m, () => {
          throw new Error(`${m} loaded`);
        });
      }
      const v = require('../../src/core/versions') as typeof import('../../src/core/versions');
      expect(v.validVersion('20.20.2')).toBe('20.20.2');
      expect(v.compareVersions('2.1.197', '2.1.113')).toBe(1);
      expect(v.majorOf('20.20.2')).toBe(20);
      expect(v.satisfiesIncludingPrerelease('20.20.2', '>=18.0.0')).toBe(true);
      expect(v.isValidRange('>=18.0.0')).toBe(true);
      expect(() => v.validVersion('v20.20.2')).toThrow('semver/functions/valid loaded');
    });
  });
});
