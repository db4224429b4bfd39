// Table tests of one check on a fake context: each row names the findings (code, severity, some values) and data.
import type { CheckDefinition, CheckOutcome } from '../../src/core/types';
import { fakeContext, type FakeContext, type FakeContextOptions } from './fake-context';
import { expectWellRendered } from './render-findings';

export type Expected = Array<[code: string, severity: string, values?: Record<string, unknown>]>;
export type Row = [name: string, options: FakeContextOptions, findings: Expected, data?: Record<string, unknown>];

/** Runs the check on the row's context and asserts findings in order, their values, data and wording. */
export async function runRow(check: CheckDefinition, [, options, expected, data]: Row): Promise<{ ctx: FakeContext; outcome: CheckOutcome }> {
  const ctx = fakeContext(options);
  const outcome = await check.run(ctx);
  expect(outcome.findings.map((f) => [f.code, f.severity])).toEqual(expected.map(([code, severity]) => [code, severity]));
  expected.forEach(([, , values], i) => values && expect(outcome.findings[i].values).toMatchObject(values));
  if (data) expect(outcome.data).toMatchObject(data);
  expectWellRendered(outcome.findings, ctx.platform, ctx.homeDir);
  return { ctx, outcome };
}
