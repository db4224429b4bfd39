import * as chalkModule from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReport } from '../../src/report/build';
import { renderers, type RenderOptions } from '../../src/render';
import type { CheckResult } from '../../src/core/types';
import { SAMPLE_HOME, sampleEnvironment, sampleResults } from '../support/sample-results';

const reportOf = (results: CheckResult[]) =>
  buildReport(results, sampleEnvironment, {
    lang: 'en', shell: 'bash', platform: 'linux', homeDir: SAMPLE_HOME, generatedAt: new Date('2026-11-29T12:00:00Z'), doctorVersion: '1.2.3', verbose: false,
  });

const opts = (strict = false): RenderOptions => ({
  lang: 'en', chalk: new chalkModule.Instance({ level: 0 }), unicode: true, verbose: false, strict, homeDir: SAMPLE_HOME,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;
const asArray = (x: Xml): Xml[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('JUnit XML', () => {
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  };

  test('is well-formed, with one test case per check, failures and skips', () => {
    const doc = parse(renderers.junit(reportOf(sampleResults), opts()));
    const suite = doc.testsuites.testsuite;
    const cases = asArray(suite.testcase);
    expect(cases).toHaveLength(sampleResults.length);
    expect(suite).toMatchObject({ tests: '4', failures: '2', skipped: '1' });
    const byName = Object.fromEntries(cases.map((c: Xml) => [c.name.split(':')[0], c]));
    expect(byName['claude-cli'].failure.type).toBe('claude.local-bin-not-on-path');
    expect(byName['claude-cli'].failure['#text']).toContain('export PATH=');
    expect(byName['offline-thing'].skipped).toBeDefined();
    expect(byName.node.failure).toBeUndefined();
    expect(byName.node['system-out']).toContain('node.eol');
  });

  test('with --strict a warning is a failure', () => {
    const doc = parse(renderers.junit(reportOf(sampleResults), opts(true)));
    const node = asArray(doc.testsuites.testsuite.testcase).find((c: Xml) => c.name.startsWith('node:'));
    expect(node.failure.type).toBe('node.eol');
  });

  test('hostile text (markup, quotes, control characters, lone surrogates) stays well-formed', () => {
    const nasty = 'a <b> & "c" \u0001\u0007 \uD800 ]]> \u202E';
    const results: CheckResult[] = [
      { ...sampleResults[2], findings: [{ code: 'internal.crash', severity: 'error', values: { error: nasty } }], title: `t${nasty}` },
    ];
    const xml = renderers.junit(reportOf(results), opts());
    const doc = parse(xml);
    expect(doc.testsuites.testsuite.testcase.failure['#text']).toContain('a <b> & "c"');
  });
});

describe('GitHub annotations', () => {
  const LINE = /^(::(error|warning) title=[^:\n]*::[^\n]*|kimi-claude doctor: (pass|warn|fail) \(pass \d+, warn \d+, fail \d+, skip \d+\))$/;

  test('one annotation per problem, every line in the workflow-command format', () => {
    const out = renderers.github(reportOf(sampleResults), opts());
    const lines = out.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(LINE);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(1);
    expect(out).toContain('title=kimi-claude claude-cli%3A claude.local-bin-not-on-path::');
    expect(out).toContain('%0A');
  });

  test('percent signs and newlines are escaped', () => {
    const results: CheckResult[] = [{ ...sampleResults[2], findings: [{ code: 'internal.crash', severity: 'error', values: { error: '100%\r\ndone' } }] }];
    const out = renderers.github(reportOf(results), opts());
    expect(out).toContain('100%25%0D%0Adone');
  });
});
