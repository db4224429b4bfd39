// plainData: whatever a check returns, the JSON renderer can print it.
import fc from 'fast-check';
import { plainData } from '../../src/core/plain-data';

describe('plainData', () => {
  test.each([
    ['a BigInt becomes its decimal string', { n: BigInt('12345678901234567890') }, { n: '12345678901234567890' }],
    ['NaN and Infinity become null', { a: NaN, b: Infinity }, { a: null, b: null }],
    ['functions, symbols and undefined are dropped', { f: () => 1, s: Symbol('x'), u: undefined, k: 1 }, { k: 1 }],
    ['holes in arrays become null', [undefined, () => 1, 2], [null, null, 2]],
    ['a Date becomes ISO 8601', { d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
  ])('%s', (_name, input, expected) => {
    expect(plainData(input)).toEqual(expected);
  });

  test('a cycle is cut, a shared (acyclic) object is kept twice', () => {
    const shared = { x: 1 };
    const loop: Record<string, unknown> = { shared, again: shared };
    loop.self = loop;
    expect(plainData(loop)).toEqual({ shared: { x: 1 }, again: { x: 1 }, self: '[circular]' });
  });

  test('nesting 100 000 deep is cut without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(JSON.stringify(plainData(deep))).toContain('[too deep]');
  });

  test('any JSON value passes unchanged (below the depth limit)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 10 }), (v) => expect(plainData(v)).toEqual(JSON.parse(JSON.stringify(v)))));
  });

  test('a key named __proto__ stays an own data property, in its place among the keys', () => {
    const input = JSON.parse('{"a":1,"__proto__":{"polluted":true},"b":2}') as Record<string, unknown>;
    const out = plainData(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['a', '__proto__', 'b']);
    expect(JSON.stringify(out)).toBe('{"a":1,"__proto__":{"polluted":true},"b":2}');
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
