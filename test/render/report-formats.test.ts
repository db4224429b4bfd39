import { reportValidator } from '../support/schema';
import { buildReport } from '../../src/report/build';
import { renderers, FORMATS, type RenderOptions } from '../../src/render';
import type { Lang } from '../../src/core/types';
import { SAMPLE_HOME, sampleEnvironment, sampleResults } from '../support/sample-results';

const FIXED = new Date('2026-11-29T12:00:00.000Z');

const reportFor = (lang: Lang, verbose = false) =>
  buildReport(sampleResults, sampleEnvironment, {
    lang,
    shell: 'zsh',
    platform: 'linux',
    homeDir: SAMPLE_HOME,
    generatedAt: FIXED,
    doctorVersion: '0.0.0-test',
    verbose,
  });

const options = (lang: Lang, over: Partial<RenderOptions> = {}): RenderOptions => ({
  lang,
  colorLevel: 0,
  unicode: true,
  verbose: false,
  strict: false,
  homeDir: SAMPLE_HOME,
  ...over,
});

describe.each(['en', 'zh'] as const)('reports in %s', (lang) => {
  test.each(FORMATS)('%s matches its snapshot', (format) => {
    expect(renderers[format](reportFor(lang), options(lang))).toMatchSnapshot();
  });
});

describe('report content', () => {
  test('the JSON report validates against the shipped schema, verbose or not', () => {
    const validate = reportValidator();
    for (const verbose of [false, true]) {
      const parsed = JSON.parse(renderers.json(reportFor('en', verbose), options('en')));
      expect(validate.errors ?? []).toEqual([]);
      expect(validate(parsed)).toBe(true);
    }
  });

  test('summary and overall status come from the checks', () => {
    const r = reportFor('en');
    expect(r.summary).toEqual({ pass: 0, warn: 1, fail: 2, skip: 1 });
    expect(r.status).toBe('fail');
  });

  test('Markdown has no ANSI codes and shows the home directory as ~', () => {
    const md = renderers.markdown(reportFor('en'), options('en', { colorLevel: 3 }));
    expect(md).not.toMatch(/\x1b\[/);
    expect(md).not.toContain(SAMPLE_HOME);
    expect(md).toContain('~/.local/bin');
    expect(md).toContain('```');
  });

  test('human report: ASCII fallback has no non-ASCII marks', () => {
    const text = renderers.human(reportFor('en'), options('en', { unicode: false }));
    expect(text).toMatch(/^\s+x Claude Code CLI/m);
    expect(text).not.toMatch(/[✓✗•→…┌│]/);
  });

  test('human report: colour only when asked for', () => {
    expect(renderers.human(reportFor('en'), options('en'))).not.toMatch(/\x1b\[/);
    expect(renderers.human(reportFor('en'), options('en', { colorLevel: 1 }))).toMatch(/\x1b\[/);
  });

  test('verbose shows timings and the crash stack; without it neither appears', () => {
    const quiet = renderers.human(reportFor('en'), options('en'));
    const loud = renderers.human(reportFor('en', true), options('en', { verbose: true }));
    expect(quiet).not.toContain('checks/crashy.ts');
    expect(quiet).not.toContain('30 ms');
    expect(loud).toContain('checks/crashy.ts');
    expect(loud).toContain('(30 ms)');
    expect(JSON.parse(renderers.json(reportFor('en'), options('en'))).checks[2].crash).toBeUndefined();
  });

  test('remediation commands are rendered for the chosen shell', () => {
    const fish = buildReport(sampleResults, sampleEnvironment, {
      lang: 'en', shell: 'fish', platform: 'linux', homeDir: SAMPLE_HOME, generatedAt: FIXED, doctorVersion: 'x', verbose: false,
    });
    const rem = fish.checks[1].findings[0].remediation ?? '';
    expect(rem).toContain(`fish_add_path ${SAMPLE_HOME}/.local/bin`);
    const zsh = reportFor('en').checks[1].findings[0].remediation ?? '';
    expect(zsh).toContain(`echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.zshrc`);
  });

  test('closing line: strict turns warnings into a failure verdict', () => {
    const onlyWarn = buildReport([sampleResults[0]], sampleEnvironment, {
      lang: 'en', shell: 'bash', platform: 'linux', homeDir: SAMPLE_HOME, generatedAt: FIXED, doctorVersion: 'x', verbose: false,
    });
    expect(renderers.human(onlyWarn, options('en'))).toMatch(/No problems, 1 warning/);
    const strict = renderers.human(onlyWarn, options('en', { strict: true }));
    expect(strict).toMatch(/No problems, but 1 warning, and --strict counts warnings as failures: fix the ! items above/);
    expect(strict).not.toMatch(/0 problems|the ✗ items/);
  });
});
