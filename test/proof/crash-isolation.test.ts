// Crash isolation end to end: misbehaving checks injected into the real doctor command (runDoctor, the real
// context, every renderer). The good checks still report, the report is whole, and the exit code is 1.
import { Writable } from 'stream';
import { allChecks } from '../../checks';
import type { DoctorArgs } from '../../src/cli/args';
import { runDoctor } from '../../src/cli/doctor';
import { defineCheck, info } from '../../src/core/define-check';
import { Redactor } from '../../src/core/redact';
import type { CheckDefinition, CheckOutcome } from '../../src/core/types';
import type { Format } from '../../src/render';
import { makeHome } from '../support/cli';

class Captured extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

const QUICK = () => 300;
const bad = (id: string, run: () => unknown, budgetMs = QUICK): CheckDefinition =>
  defineCheck({ id, title: `Misbehaving ${id}`, category: 'config', budgetMs, run: run as () => Promise<CheckOutcome> });

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

/** Each one breaks the contract differently; the expected finding code is what the report must show for it. */
const MISBEHAVING: Array<[CheckDefinition, string]> = [
  [bad('throws-error', async () => { throw new Error('boom'); }), 'internal.crash'],
  [bad('throws-sync', () => { throw new TypeError('sync boom'); }), 'internal.crash'],
  [bad('throws-string', async () => { throw 'a bare string'; }), 'internal.crash'],
  [bad('throws-null', async () => { throw null; }), 'internal.crash'],
  [bad('never-resolves', () => new Promise(() => undefined)), 'internal.timeout'],
  [bad('rejects-after-budget', () => new Promise((_r, reject) => setTimeout(() => reject(new Error('late')), 400))), 'internal.timeout'],
  [bad('returns-undefined', async () => undefined), 'internal.malformed-result'],
  [bad('returns-null', async () => null), 'internal.malformed-result'],
  [bad('returns-string', async () => 'all good'), 'internal.malformed-result'],
  [bad('findings-not-array', async () => ({ findings: 'none' })), 'internal.malformed-result'],
  [bad('finding-bad-severity', async () => ({ findings: [{ code: 'node.ok', severity: 'fatal' }] })), 'internal.malformed-result'],
  [bad('finding-null', async () => ({ findings: [null] })), 'internal.malformed-result'],
  [bad('data-array', async () => ({ findings: [], data: [1, 2] })), 'internal.malformed-result'],
  // A code the catalogue does not know is still shown, worded by the code itself.
  [bad('unknown-code', async () => ({ findings: [{ code: 'no.such-code', severity: 'error' }] })), 'no.such-code'],
  [bad('bigint-data', async () => ({ findings: [info('node.ok', { version: 'v1', path: '/x', required: '>=1' })], data: { big: BigInt(1) } })), 'node.ok'],
  [bad('circular-data', async () => ({ findings: [info('node.ok', { version: 'v1', path: '/x', required: '>=1' })], data: { circular } })), 'node.ok'],
  [bad('circular-values', async () => ({ findings: [{ code: 'internal.crash', severity: 'error', values: { error: circular } }] })), 'internal.crash'],
];

function args(format: Format): DoctorArgs {
  return { command: 'doctor', ids: [], format, offline: true, only: [], skip: [], strict: false, timeoutMs: 1000, verbose: true, lang: 'en', shell: 'bash', color: false, clientCapture: false, fix: false, dryRun: false, yes: false };
}

async function doctorWith(checks: readonly CheckDefinition[], format: Format) {
  const stdout = new Captured();
  const stderr = new Captured();
  const { home } = makeHome();
  const processEnv = { HOME: home, PATH: '/nonexistent', LANG: 'en_US.UTF-8' };
  const code = await runDoctor(args(format), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    processEnv,
    version: '0.0.0-test',
    redactor: new Redactor(),
    checks,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const lateRejections: unknown[] = [];
const onUnhandled = (reason: unknown) => lateRejections.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

const byId = (id: string) => allChecks.find((c) => c.id === id)!;
const mixed = [byId('base-url'), ...MISBEHAVING.map(([c]) => c), byId('model')];

describe('misbehaving checks next to real ones, through runDoctor', () => {
  test('JSON: every check reports, each bad one with its internal finding, exit 1', async () => {
    const r = await doctorWith(mixed, 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(mixed.map((c) => c.id));
    for (const [check, code] of MISBEHAVING) {
      const result = report.checks.find((c: { id: string }) => c.id === check.id);
      expect(result.findings.map((f: { code: string }) => f.code)).toEqual([code]);
    }
    // The real checks ran as usual.
    expect(report.checks[0].findings.map((f: { code: string }) => f.code)).toContain('base-url.unset');
    expect(report.checks.at(-1).findings[0].code).toMatch(/^model\./);
    expect(report.status).toBe('fail');
    expect(r.stderr).toBe('');
  });

  test.each(['human', 'markdown'] as const)('%s: a full report naming every check and each way it broke, exit 1', async (format) => {
    const r = await doctorWith(mixed, format);
    expect(r.code).toBe(1);
    for (const check of mixed) expect(r.stdout).toContain(check.id);
    for (const said of ['stopped with an internal error: boom', 'did not finish within 0.3 s', 'could not understand', 'ANTHROPIC_BASE_URL is not set']) {
      expect(r.stdout).toContain(said);
    }
    expect(r.stderr).toBe('');
  });

  test('junit: one test case per check, the failures typed by finding code, exit 1', async () => {
    const r = await doctorWith(mixed, 'junit');
    expect(r.code).toBe(1);
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(mixed.length);
    const cases = r.stdout.split('<testcase ').slice(1);
    for (const [check, code] of MISBEHAVING.filter(([, c]) => c !== 'node.ok')) {
      const own = cases.find((c) => c.includes(`name="${check.id}:`));
      expect(own).toContain(`type="${code}"`);
    }
  });

  test('github: an annotation for every broken check and the closing summary, exit 1', async () => {
    const r = await doctorWith(mixed, 'github');
    expect(r.code).toBe(1);
    for (const [check, code] of MISBEHAVING.filter(([, c]) => c !== 'node.ok')) {
      expect(r.stdout).toContain(`::error title=kimi-claude ${check.id}%3A ${code}::`);
    }
    expect(r.stdout).toMatch(/^kimi-claude doctor: fail \(pass \d+, warn 0, fail 16, skip 1\)$/m);
  });

  test('data JSON cannot hold (BigInt, cycles) comes out plain', async () => {
    const report = JSON.parse((await doctorWith(mixed, 'json')).stdout);
    const byId = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
    expect(byId('bigint-data').data).toEqual({ big: '1' });
    expect(byId('circular-data').data).toEqual({ circular: { name: 'loop', self: '[circular]' } });
  });

  test('a crash carries its message and (with --verbose) its stack, redacted', async () => {
    const r = await doctorWith([bad('leaky', async () => { throw new Error('failed with sk-LeakyKey0123456789abcdef'); })], 'json');
    const [result] = JSON.parse(r.stdout).checks;
    expect(result.crash.message).toContain('failed with sk-…cdef');
    expect(result.crash.stack).toContain('Error: failed with sk-…cdef');
    expect(r.stdout).not.toContain('LeakyKey');
  });

  test('a check that rejects after its budget ran out leaves no unhandled rejection behind', async () => {
    await doctorWith([MISBEHAVING[5][0]], 'json');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(lateRejections).toEqual([]);
  });
});
