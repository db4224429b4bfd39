// The built CLI, spawned as a user runs it: its own HOME, PATH and environment.
import { allChecks } from '../../checks';
import { version } from '../../package.json';
import { makeHome, runCli } from '../support/cli';
import { reportValidator } from '../support/schema';

const KEY = 'sk-E2eSecretKeyAbCdEfGhIjKlMnOpQrStUv9876';
const PROXY_PASSWORD = 'pr0xy-Pa55word';

function userEnv(extra: Record<string, string> = {}) {
  const { home, path } = makeHome();
  return { HOME: home, PATH: path, LANG: 'en_US.UTF-8', ...extra };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('kimi-claude CLI', () => {
  test('with no command it prints help and exits 0', () => {
    const r = runCli([], { env: userEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kimi-claude doctor');
    expect(r.stdout).toContain('Exit codes');
  });

  test('doctor --help lists every flag and examples', () => {
    const r = runCli(['doctor', '--help'], { env: userEnv() });
    expect(r.status).toBe(0);
    for (const flag of ['--format', '--json', '--markdown', '--offline', '--only', '--skip', '--strict', '--timeout', '--verbose', '--lang', '--shell', '--color', '--env-file', '--version']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('Examples');
  });

  test('help follows the language', () => {
    const r = runCli(['doctor', '--help'], { env: userEnv({ LANG: 'zh_CN.UTF-8' }) });
    expect(r.stdout).toContain('报告格式');
  });

  test('--version prints the package version', () => {
    const r = runCli(['--version'], { env: userEnv() });
    expect(r.stdout.trim()).toBe(version);
    expect(r.status).toBe(0);
  });

  test.each([
    [['doctor', '--bogus'], /Unknown argument: bogus/],
    [['doctor', 'no-such-check'], /unknown check id: no-such-check\. Valid ids: /],
    [['doctor', '--only', 'nope'], /unknown check id: nope/],
    [['doctor', '--skip', 'zzz'], /unknown check id: zzz/],
    [['doctor', '--format', 'xml'], /Choices: "human", "json", "markdown"/],
    [['doctor', '--timeout', 'soon'], /--timeout must be a number/],
    [['doctor', '--json', '--markdown'], /choose one format/],
    [['frobnicate'], /Unknown argument: frobnicate/],
  ])('usage error %j exits 2 with a clear message', (args, message) => {
    const r = runCli(args, { env: userEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--help');
    noStackTrace(r.stderr);
    expect(r.stdout).toBe('');
  });

  test('a bad --env-file ends cleanly (Node 20+ may check the path itself before the doctor starts)', () => {
    const r = runCli(['doctor', '--env-file', '/nonexistent/.env'], { env: userEnv() });
    noStackTrace(r.stderr);
    if (r.status === 9) expect(r.stderr).toMatch(/node: \/nonexistent\/\.env: not found/);
    else {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot read --env-file \/nonexistent\/\.env: ENOENT/);
    }
  });

  test('an unknown id lists the valid ones', () => {
    const r = runCli(['doctor', 'nope'], { env: userEnv() });
    for (const c of allChecks) expect(r.stderr).toContain(c.id);
  });

  test('JSON report validates against the schema and its exit code follows its status', () => {
    const r = runCli(['doctor', '--offline', '--json'], { env: userEnv() });
    const report = JSON.parse(r.stdout);
    const validate = reportValidator();
    expect(validate(report)).toBe(true);
    expect(report.tool).toEqual({ name: 'kimi-claude', version });
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(allChecks.map((c) => c.id));
    expect(r.status).toBe(report.status === 'fail' ? 1 : 0);
  });

  test('--only and --skip select checks', () => {
    if (allChecks.length < 2) return;
    const [first, second] = allChecks.map((c) => c.id);
    const only = JSON.parse(runCli(['doctor', '--offline', '--json', '--only', first], { env: userEnv() }).stdout);
    expect(only.checks.map((c: { id: string }) => c.id)).toEqual([first]);
    const skip = JSON.parse(runCli(['doctor', '--offline', '--json', '--skip', `${first},${second}`], { env: userEnv() }).stdout);
    expect(skip.checks.map((c: { id: string }) => c.id)).not.toContain(first);
    expect(skip.checks.map((c: { id: string }) => c.id)).not.toContain(second);
  });

  test('colour: off when piped, on with FORCE_COLOR, off with NO_COLOR or --no-color', () => {
    const ansi = /\x1b\[/;
    expect(runCli(['doctor', '--offline'], { env: userEnv() }).stdout).not.toMatch(ansi);
    expect(runCli(['doctor', '--offline'], { env: userEnv({ FORCE_COLOR: '1' }) }).stdout).toMatch(ansi);
    expect(runCli(['doctor', '--offline'], { env: userEnv({ FORCE_COLOR: '1', NO_COLOR: '1' }) }).stdout).not.toMatch(ansi);
    expect(runCli(['doctor', '--offline', '--no-color'], { env: userEnv({ FORCE_COLOR: '1' }) }).stdout).not.toMatch(ansi);
    expect(runCli(['doctor', '--offline', '--markdown'], { env: userEnv({ FORCE_COLOR: '1' }) }).stdout).not.toMatch(ansi);
  });

  test('language follows LANG and --lang', () => {
    expect(runCli(['doctor', '--offline'], { env: userEnv({ LANG: 'zh_CN.UTF-8' }) }).stdout).toContain('诊断报告');
    expect(runCli(['doctor', '--offline', '--lang', 'en'], { env: userEnv({ LC_ALL: 'zh_TW.UTF-8' }) }).stdout).toContain('doctor report');
    expect(runCli(['doctor', '--offline', '--lang', 'zh'], { env: userEnv() }).stdout).toContain('诊断报告');
  });

  test('a terminal that is not UTF-8 gets ASCII marks', () => {
    const r = runCli(['doctor', '--offline'], { env: userEnv({ LANG: 'C' }) });
    expect(r.stdout).not.toMatch(/[✓✗┌│→•]/);
  });

  test.each(['human', 'json', 'markdown'])('no secret from the environment reaches the %s report, even verbose', (format) => {
    const env = userEnv({
      ANTHROPIC_API_KEY: KEY,
      ANTHROPIC_AUTH_TOKEN: `${KEY}-token`,
      HTTPS_PROXY: `http://user:${PROXY_PASSWORD}@127.0.0.1:9`,
    });
    const r = runCli(['doctor', '--offline', '--verbose', '--format', format], { env });
    const all = r.stdout + r.stderr;
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(KEY.slice(3, 15));
    expect(all).not.toContain(PROXY_PASSWORD);
  });

  test('--env-file is evaluated instead of the environment, and its secrets are redacted', () => {
    const env = userEnv();
    const file = `${env.HOME}/ci.env`;
    require('fs').writeFileSync(file, `ANTHROPIC_AUTH_TOKEN=${KEY}\nANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic\n`);
    const r = runCli(['doctor', '--offline', '--json', '--verbose', '--env-file', file], { env });
    expect(r.status === 0 || r.status === 1).toBe(true);
    expect(r.stdout).not.toContain(KEY);
    expect(reportValidator()(JSON.parse(r.stdout))).toBe(true);
  });
});

describe('CI formats from the command line', () => {
  test('GitHub Actions gets annotations by default, and the Markdown report in the step summary', () => {
    const env = userEnv();
    const summary = `${env.HOME}/step-summary.md`;
    require('fs').writeFileSync(summary, '# earlier step\n');
    const r = runCli(['doctor', '--offline'], { env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^kimi-claude doctor: (pass|warn|fail) /);
    const written = require('fs').readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n# kimi-claude doctor report')).toBe(true);
  });

  test('an explicit format wins on GitHub Actions', () => {
    const r = runCli(['doctor', '--offline', '--json'], { env: userEnv({ GITHUB_ACTIONS: 'true' }) });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  test('--output writes the chosen format to a file while the terminal gets the human report', () => {
    const env = userEnv({ FORCE_COLOR: '1' });
    const file = `${env.HOME}/doctor.xml`;
    const r = runCli(['doctor', '--offline', '--format', 'junit', '--output', file], { env });
    expect(r.stdout).toContain('kimi-claude doctor report');
    const xml = require('fs').readFileSync(file, 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).not.toMatch(/\x1b\[/);
  });

  test('--output to an unwritable place is a clear usage error', () => {
    const r = runCli(['doctor', '--offline', '--output', '/nonexistent/dir/report.json'], { env: userEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write --output /nonexistent/dir/report.json: ENOENT');
  });
});
