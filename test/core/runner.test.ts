import { defineCheck, error, info, skipped, warning } from '../../src/core/define-check';
import { runChecks } from '../../src/core/runner';
import { exitCodeFor, overallStatus, statusOf, summarize } from '../../src/core/status';
import type { CheckDefinition, CheckOutcome } from '../../src/core/types';
import { fakeContext } from '../support/fake-context';

const base = () => {
  const { signal: _signal, ...rest } = fakeContext();
  return rest;
};

const check = (id: string, run: CheckDefinition['run'], extra: Partial<CheckDefinition> = {}): CheckDefinition =>
  defineCheck({ id, title: id, category: 'install', run, ...extra });

const delay = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('statusOf', () => {
  test.each([
    [[], false, 'pass'],
    [[info('node.ok')], false, 'pass'],
    [[info('skip.offline')], true, 'skip'],
    [[warning('node.eol'), info('node.ok')], false, 'warn'],
    [[warning('node.eol'), error('node.too-old')], false, 'fail'],
    // A problem found while deciding to skip still counts.
    [[error('node.too-old')], true, 'fail'],
  ] as const)('%j skipped=%s -> %s', (findings, isSkipped, expected) => {
    expect(statusOf([...findings], isSkipped)).toBe(expected);
  });
});

describe('exit code', () => {
  test.each([
    [{ pass: 3, warn: 0, fail: 0, skip: 1 }, false, 0, 'pass'],
    [{ pass: 3, warn: 1, fail: 0, skip: 0 }, false, 0, 'warn'],
    [{ pass: 3, warn: 1, fail: 0, skip: 0 }, true, 1, 'warn'],
    [{ pass: 0, warn: 0, fail: 1, skip: 0 }, false, 1, 'fail'],
  ] as const)('%j strict=%s -> %s', (summary, strict, code, overall) => {
    expect(exitCodeFor(summary, strict)).toBe(code);
    expect(overallStatus(summary)).toBe(overall);
  });
});

describe('runChecks', () => {
  // The spies on setTimeout and clearTimeout in the timer tests.
  afterEach(() => jest.restoreAllMocks());

  test('returns results in registration order, whatever order they finish in', async () => {
    const finished: string[] = [];
    const checks = [
      check('slow', async () => (await delay(60, null), finished.push('slow'), { findings: [] })),
      check('fast', async () => (finished.push('fast'), { findings: [] })),
      check('middle', async () => (await delay(20, null), finished.push('middle'), { findings: [] })),
    ];
    const results = await runChecks(checks, base());
    expect(results.map((r) => r.id)).toEqual(['slow', 'fast', 'middle']);
    expect(finished).toEqual(['fast', 'middle', 'slow']);
  });

  test('starts every check at once', async () => {
    let running = 0;
    let peak = 0;
    const body = async (): Promise<CheckOutcome> => {
      running++;
      peak = Math.max(peak, running);
      await delay(30, null);
      running--;
      return { findings: [] };
    };
    await runChecks(['a', 'b', 'c', 'd'].map((id) => check(id, body)), base());
    expect(peak).toBe(4);
  });

  test('a throwing check becomes its own failed result; the others still report', async () => {
    const results = await runChecks(
      [
        check('boom', async () => {
          throw new Error('kaboom');
        }),
        check('sync-boom', (() => {
          throw new TypeError('not even async');
        }) as unknown as CheckDefinition['run']),
        check('fine', async () => ({ findings: [info('node.ok', { version: 'v22', path: '/n', required: '>=18' })] })),
      ],
      base(),
    );
    expect(results.map((r) => r.status)).toEqual(['fail', 'fail', 'pass']);
    expect(results[0].findings).toEqual([{ code: 'internal.crash', severity: 'error', values: { error: 'kaboom' } }]);
    expect(results[0].crash?.stack).toContain('kaboom');
    expect(results[1].findings[0].values).toEqual({ error: 'not even async' });
  });

  test('a check that never settles times out and is aborted, without holding up the rest', async () => {
    let aborted = false;
    const results = await runChecks(
      [
        check(
          'hang',
          (ctx) => {
            ctx.signal.addEventListener('abort', () => (aborted = true));
            return new Promise<CheckOutcome>(() => undefined);
          },
          { budgetMs: () => 50 },
        ),
        check('fine', async () => ({ findings: [] })),
      ],
      base(),
    );
    expect(results[0].status).toBe('fail');
    expect(results[0].findings[0]).toMatchObject({ code: 'internal.timeout', severity: 'error', values: { seconds: 0.1 } });
    expect(aborted).toBe(true);
    expect(results[1].status).toBe('pass');
  });

  test('checks with the same budget share one timer, each still times out on its own, and every timer is cleared', async () => {
    const realSetTimeout = global.setTimeout;
    const setAt: number[] = [];
    const set = jest.spyOn(global, 'setTimeout').mockImplementation(((...args: Parameters<typeof setTimeout>) => {
      setAt.push(Date.now());
      return realSetTimeout(...args);
    }) as typeof setTimeout);
    const cleared = jest.spyOn(global, 'clearTimeout');
    const hang = () => new Promise<CheckOutcome>(() => undefined);
    const startedAt = Date.now();
    const results = await runChecks(
      [
        check('hang-a', hang, { budgetMs: () => 40 }),
        check('hang-b', hang, { budgetMs: () => 40 }),
        check('quick', async () => ({ findings: [] }), { budgetMs: () => 1000 }),
        check('hang-c', hang, { budgetMs: () => 80 }),
      ],
      base(),
    );
    expect(results.map((r) => [r.id, r.findings[0]?.code ?? null])).toEqual([
      ['hang-a', 'internal.timeout'],
      ['hang-b', 'internal.timeout'],
      ['quick', null],
      ['hang-c', 'internal.timeout'],
    ]);
    // One timer per budget, set after the first turn of the event loop with what was left of it.
    const delays = set.mock.calls.map((c) => c[1] as number);
    expect(delays).toHaveLength(3);
    // What was left: the budget less no more than the time from the checks' start to the timer being set.
    [40, 1000, 80].forEach((budget, i) => expect(delays[i]).toBeGreaterThanOrEqual(budget - (setAt[i] - startedAt)));
    [40, 1000, 80].forEach((budget, i) => expect(delays[i]).toBeLessThanOrEqual(budget));
    const timers = set.mock.results.map((r) => r.value);
    expect(cleared.mock.calls.map((c) => c[0])).toEqual(timers);
  });

  test('checks that settle within the first turn of the event loop set no timer at all', async () => {
    const set = jest.spyOn(global, 'setTimeout');
    const results = await runChecks([check('a', async () => ({ findings: [] })), check('b', async () => ({ findings: [] }), { budgetMs: () => 5 })], base());
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(set).not.toHaveBeenCalled();
  });

  test.each([
    ['undefined', undefined],
    ['a string', 'ok'],
    ['findings not an array', { findings: 'none' }],
    ['a finding without severity', { findings: [{ code: 'node.ok' }] }],
    ['data that is an array', { findings: [], data: [] }],
  ])('malformed outcome (%s) becomes internal.malformed-result', async (_name, outcome) => {
    const [r] = await runChecks([check('odd', async () => outcome as unknown as CheckOutcome)], base());
    expect(r.status).toBe('fail');
    expect(r.findings[0].code).toBe('internal.malformed-result');
  });

  test('appliesTo can skip a check without running it', async () => {
    const run = jest.fn(async () => ({ findings: [] }));
    const [r] = await runChecks([check('win-only', run, { appliesTo: () => skipped('skip.platform', { platform: 'Windows' }) })], base());
    expect(run).not.toHaveBeenCalled();
    expect(r.status).toBe('skip');
    expect(r.findings).toEqual([{ code: 'skip.platform', severity: 'info', values: { platform: 'Windows' } }]);
  });

  test('status is derived from findings and durations are measured', async () => {
    let t = 0;
    const [r] = await runChecks([check('w', async () => ({ findings: [warning('node.eol', {})], data: { x: 1 } }))], base(), {
      now: () => (t += 25),
    });
    expect(r).toMatchObject({ status: 'warn', durationMs: 25, data: { x: 1 } });
  });

  test('reports progress as checks settle', async () => {
    const seen: Array<[string, readonly string[]]> = [];
    await runChecks(
      [check('a', async () => (await delay(20, null), { findings: [] })), check('b', async () => ({ findings: [] }))],
      base(),
      { onSettled: (r, pending) => seen.push([r.id, pending]) },
    );
    expect(seen).toEqual([
      ['b', ['a']],
      ['a', []],
    ]);
  });

  test('summarize counts every status', async () => {
    const results = await runChecks(
      [
        check('p', async () => ({ findings: [] })),
        check('w', async () => ({ findings: [warning('node.eol')] })),
        check('f', async () => ({ findings: [error('node.too-old')] })),
        check('s', async () => skipped('skip.offline')),
      ],
      base(),
    );
    expect(summarize(results)).toEqual({ pass: 1, warn: 1, fail: 1, skip: 1 });
  });
});
