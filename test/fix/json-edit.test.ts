import fc from 'fast-check';
import { applyJsonEdits, type JsonEdit } from '../../src/fix/json-edit';

const set = (path: string[], value: unknown): JsonEdit => ({ op: 'set', path, value });
const del = (path: string[]): JsonEdit => ({ op: 'delete', path });

function edited(text: string | null, edits: JsonEdit[]): string {
  const r = applyJsonEdits(text, edits);
  if (!r.ok) throw new Error(`edit refused: ${r.detail}`);
  return r.text;
}

describe('applyJsonEdits keeps everything it was not asked to change', () => {
  const cases: Array<[string, string, JsonEdit[], string]> = [
    ['adds a key after the last, 2 spaces', '{\n  "a": 1\n}\n', [set(['b'], true)], '{\n  "a": 1,\n  "b": true\n}\n'],
    ['tabs', '{\n\t"a": 1\n}', [set(['env', 'X'], '1')], '{\n\t"a": 1,\n\t"env": {\n\t\t"X": "1"\n\t}\n}'],
    ['4 spaces, nested existing object', '{\n    "env": {\n        "A": "x"\n    }\n}', [set(['env', 'B'], 'y')], '{\n    "env": {\n        "A": "x",\n        "B": "y"\n    }\n}'],
    ['empty nested object', '{\n  "env": {}\n}', [set(['env', 'B'], 'y')], '{\n  "env": {\n    "B": "y"\n  }\n}'],
    ['compact file stays compact', '{"a":1,"b":[1,2]}', [set(['c'], { d: 1 })], '{"a":1,"b":[1,2],"c":{"d":1}}'],
    ['CRLF line endings', '{\r\n  "a": 1\r\n}\r\n', [set(['o'], { p: 1 })], '{\r\n  "a": 1,\r\n  "o": {\r\n    "p": 1\r\n  }\r\n}\r\n'],
    ['BOM kept', '\uFEFF{\n  "a": 1\n}', [set(['a'], 2)], '\uFEFF{\n  "a": 2\n}'],
    ['number spelling, escapes and integer-like key order kept', '{\n  "2": 1.50,\n  "1": "\\u00e9",\n  "x": 1e3\n}', [set(['x'], 5)], '{\n  "2": 1.50,\n  "1": "\\u00e9",\n  "x": 5\n}'],
    ['unicode values and keys', '{\n  "名": "值 🚀",\n  "a": 1\n}', [set(['a'], '月之暗面')], '{\n  "名": "值 🚀",\n  "a": "月之暗面"\n}'],
    ['replaces a value in place', '{\n  "a": "old",\n  "b": [1, 2]\n}', [set(['a'], 'new')], '{\n  "a": "new",\n  "b": [1, 2]\n}'],
    ['replaces an array value, indented at its depth', '{\n  "r": {\n    "rejected": ["x", "y"]\n  }\n}', [set(['r', 'rejected'], ['y'])], '{\n  "r": {\n    "rejected": [\n      "y"\n    ]\n  }\n}'],
    ['deletes the first member', '{\n  "a": 1,\n  "b": 2\n}', [del(['a'])], '{\n  "b": 2\n}'],
    ['deletes a middle member', '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}', [del(['b'])], '{\n  "a": 1,\n  "c": 3\n}'],
    ['deletes the last member', '{\n  "a": 1,\n  "b": 2\n}', [del(['b'])], '{\n  "a": 1\n}'],
    ['deletes the only member', '{\n  "a": 1\n}', [del(['a'])], '{}'],
    ['duplicate keys: edits the one JSON.parse uses', '{"a":1,"a":2}', [set(['a'], 3)], '{"a":1,"a":3}'],
  ];
  it.each(cases)('%s', (_name, before, edits, after) => {
    expect(edited(before, edits)).toBe(after);
  });

  it('creates a new file as an indented object with a final newline', () => {
    expect(edited(null, [set(['env', 'A'], '1')])).toBe('{\n  "env": {\n    "A": "1"\n  }\n}\n');
  });

  it('reports no change when the value is already there', () => {
    expect(applyJsonEdits('{"a":{"b":true}}', [set(['a', 'b'], true)])).toEqual({ ok: true, text: '{"a":{"b":true}}', changed: false });
    expect(applyJsonEdits('{"a":1}', [del(['zz'])])).toEqual({ ok: true, text: '{"a":1}', changed: false });
  });
});

describe('applyJsonEdits refuses what it must not rewrite', () => {
  it.each([
    ['trailing comma', '{"a":1,}'],
    ['comment', '{\n  // note\n  "a": 1\n}'],
    ['smart quotes', '{“a”: 1}'],
    ['empty file', ''],
    ['two values', '{} {}'],
  ])('invalid JSON: %s', (_name, text) => {
    const r = applyJsonEdits(text, [set(['a'], 2)]);
    expect(r).toMatchObject({ ok: false, reason: 'invalid-json' });
  });

  it.each([
    ['env is a string', '{"env":"x"}', ['env', 'A']],
    ['env is null', '{"env":null}', ['env', 'A']],
    ['env is an array', '{"env":[]}', ['env', 'A']],
    ['the file is an array', '[1]', ['a']],
  ])('a path through a value that is not an object: %s', (_name, text, path) => {
    expect(applyJsonEdits(text, [set(path, '1')])).toMatchObject({ ok: false, reason: 'not-an-object' });
  });
});

it('rejects a value that is not JSON, instead of writing "undefined"', () => {
  expect(() => applyJsonEdits('{}', [set(['a'], undefined)])).toThrow(TypeError);
});

describe('applyJsonEdits on arbitrary JSON', () => {
  // Round-tripped through JSON so the expectation holds what a file can hold (-0 is written as 0).
  const objects = fc
    .dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 })
    .map((o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>);
  const indents = fc.constantFrom(0, 2, 4, '\t');

  it('setting env.X changes exactly that value; deleting a key removes exactly it', () => {
    fc.assert(
      fc.property(objects, indents, fc.string(), (object, indent, value) => {
        const text = JSON.stringify(object, null, indent);
        const result = applyJsonEdits(text, [set(['env', 'X'], value)]);
        const env = object.env;
        if (Object.prototype.hasOwnProperty.call(object, 'env') && (env === null || typeof env !== 'object' || Array.isArray(env))) {
          expect(result).toMatchObject({ ok: false, reason: 'not-an-object' });
          return;
        }
        if (!result.ok) throw new Error(result.detail);
        const expected = { ...object, env: { ...(env as object | undefined), X: value } };
        expect(JSON.parse(result.text)).toEqual(expected);
        for (const key of Object.keys(object)) {
          const removed = applyJsonEdits(text, [del([key])]);
          if (!removed.ok) throw new Error(removed.detail);
          const rest = { ...object };
          delete rest[key];
          expect(JSON.parse(removed.text)).toEqual(rest);
        }
      }),
      { numRuns: 200 },
    );
  });
});
