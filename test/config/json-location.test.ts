import { parseJsonWithLocation } from '../../src/config/json-location';

describe('parseJsonWithLocation', () => {
  it('parses valid JSON', () => {
    expect(parseJsonWithLocation('{"a": [1, true, null, "x"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'x'] } });
  });

  it.each([
    ['trailing comma', '{\n  "a": 1,\n}', 3, 1, 'trailing-comma'],
    ['trailing comma in array', '[1, 2,]', 1, 7, 'trailing-comma'],
    ['line comment', '{\n  // the guide\n  "a": 1\n}', 2, 3, 'comment'],
    ['block comment', '{ /* x */ "a": 1 }', 1, 3, 'comment'],
    ['BOM', '\ufeff{"a": 1}', 1, 1, 'bom'],
    ['smart quotes', '{\u201chasCompletedOnboarding\u201d: true}', 1, 2, 'smart-quotes'],
    ['full-width colon', '{"a"\uff1a 1}', 1, 5, 'full-width'],
    ['full-width comma', '{"a": 1\uff0c "b": 2}', 1, 8, 'full-width'],
    ['single quotes', "{'a': 1}", 1, 2, 'single-quotes'],
    ['unquoted key', '{a: 1}', 1, 2, 'unquoted-key'],
    ['missing comma', '{"a": 1\n "b": 2}', 2, 2, 'missing-comma'],
    ['truncated', '{"a": {"b": 1}', 1, 15, 'truncated'],
    ['empty file', '', 1, 1, 'empty'],
    ['whitespace only', '  \n', 2, 1, 'empty'],
  ])('%s → line %i col %i, %s', (_name, text, line, column, cause) => {
    const r = parseJsonWithLocation(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ line, column, cause });
  });

  it('counts columns in characters on the failing line, after Chinese text', () => {
    const r = parseJsonWithLocation('{\n  "说明": "国内站",\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ line: 3, column: 1, cause: 'trailing-comma' });
  });

  it('rejects what JSON.parse rejects, at the same place for control characters', () => {
    const r = parseJsonWithLocation('{"a": "x\ty"}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.offset).toBe(8);
  });
});
