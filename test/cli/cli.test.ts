// The built CLI, spawned as a user runs it: its own HOME, PATH and environment.
import { allChecks } from '../../checks';
import { version } from '../../package.json';
import { makeHome, runCli, writeExecutable } from '../support/cli';
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
    [['doctor', '--timeout', 'soon'], /--timeout takes a number of milliseconds/],
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

// Issue 11, items 11 to 15: summary lines, help pointers, bad option values, and Chinese that was still English.
describe('what the user reads around the findings', () => {
  const zhEnv = (extra: Record<string, string> = {}) => userEnv({ LANG: 'zh_CN.UTF-8', ...extra });
  const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';

  test('--strict with only warnings says so, instead of pointing at ✗ items that are not there', () => {
    // No ~/.claude.json: the claude-json check warns, and nothing fails.
    const en = runCli(['doctor', '--offline', '--strict', '--only', 'claude-json'], { env: userEnv() });
    expect(en.status).toBe(1);
    expect(en.stdout).not.toMatch(/^ +✗ /m);
    expect(lastLine(en.stdout)).toBe('✗ No problems, but 1 warning, and --strict counts warnings as failures: fix the ! items above, then run the doctor again.');
    const zh = runCli(['doctor', '--offline', '--strict', '--only', 'claude-json'], { env: zhEnv() });
    expect(zh.status).toBe(1);
    expect(lastLine(zh.stdout)).toBe('✗ 没有问题，但有 1 个警告，而 --strict 把警告也算作失败：请处理上面标 ! 的项目，然后重新运行诊断。');
    const json = JSON.parse(runCli(['doctor', '--offline', '--strict', '--only', 'claude-json', '--json'], { env: userEnv() }).stdout);
    expect(json.summary).toMatchObject({ fail: 0, warn: 1 });
  });

  test('the JUnit skip message of an --offline skip is the skip reason, and what the check found stays in system-out', () => {
    const env = userEnv();
    const file = `${env.HOME}/doctor.xml`;
    runCli(['doctor', '--offline', '--only', 'proxy', '--format', 'junit', '--output', file], { env });
    const xml: string = require('fs').readFileSync(file, 'utf8');
    expect(xml).toContain('<skipped message="Skipped: --offline was given, so nothing was sent over the network."/>');
    expect(xml).toMatch(/<system-out>\[info\] proxy\.none: No proxy variable is set/);
  });

  test('a retired model says where its name comes from, in both languages', () => {
    const extra = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_MODEL: 'kimi-k2-0905-preview' };
    const message = (env: Record<string, string>) =>
      JSON.parse(runCli(['doctor', '--offline', '--only', 'model', '--json'], { env }).stdout)
        .checks[0].findings.find((f: { code: string }) => f.code === 'model.retired').message as string;
    const en = message(userEnv(extra));
    expect(en).not.toMatch(/guide's example model|Older guides use such names/);
    expect(en).toContain("Moonshot's earlier Claude Code guides, and copies of them online, still show names like this one.");
    expect(message(zhEnv(extra))).toContain('Moonshot 早期的 Claude Code 接入教程和网上的转载里仍能看到这类名字。');
  });

  test('the Environment table names the claude the claude-cli check found off PATH in ~/.local/bin', () => {
    const env = userEnv();
    const claude = `${env.HOME}/.local/bin/claude`;
    writeExecutable(claude, '#!/bin/sh\necho "2.1.332 (Claude Code)"\n');
    const report = JSON.parse(runCli(['doctor', '--offline', '--json'], { env }).stdout);
    const check = report.checks.find((c: { id: string }) => c.id === 'claude-cli');
    expect(check.findings[0]).toMatchObject({ code: 'claude.local-bin-not-on-path' });
    expect(check.findings[0].message).toContain(claude);
    expect(report.environment).toMatchObject({ claude: { path: claude }, installMethod: 'native' });
    const human = runCli(['doctor', '--offline'], { env }).stdout;
    expect(human).toMatch(new RegExp(`│ Claude Code +│ unknown \\(${claude.replace(/[.]/g, '\\.')}\\) +│`));
    expect(human).toMatch(/│ Install method +│ native +│/);
    expect(runCli(['doctor', '--offline'], { env: { ...env, LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/│ 安装方式 +│ 原生安装 +│/);
  });

  test('the install method is named in Chinese in the claude-cli finding too', () => {
    const env = zhEnv();
    writeExecutable(`${env.HOME}/.local/bin/claude`, '#!/bin/sh\necho "2.1.332 (Claude Code)"\n');
    const r = runCli(['doctor', '--offline', '--only', 'claude-cli'], { env: { ...env, PATH: `${env.HOME}/.local/bin:${env.PATH}` } });
    expect(r.stdout).toContain('/.local/bin/claude（原生安装）。');
    expect(r.stdout).not.toContain('(native)');
  });

  test.each([
    ['explain with nothing to explain', ['explain'], 'kimi-claude explain --help', '运行 `kimi-claude explain --help` 查看用法。'],
    ['setup given the key as an argument', ['setup', '--region', 'cn', KEY], 'kimi-claude setup --help', '运行 `kimi-claude setup --help` 查看用法。'],
    ['no command', ['frobnicate'], 'Run `kimi-claude --help` for usage.', '运行 `kimi-claude --help` 查看用法。'],
  ])('a usage error of %s points at that command\'s own help', (_what, args, en, zh) => {
    const r = runCli(args, { env: userEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(en);
    if (args[0] !== 'doctor') expect(r.stderr).not.toContain('doctor --help');
    expect(r.stderr).not.toContain(KEY);
    const z = runCli(args, { env: zhEnv() });
    expect(z.status).toBe(2);
    expect(z.stderr).toContain(zh);
  });

  test.each([
    [['--timeout', 'abc'], '"abc"'],
    [['--timeout=0'], '"0"'],
    [['--timeout', '1e9'], '"1e9"'],
  ])('--timeout %j says what was given and what is accepted', (flag, given) => {
    for (const command of [['doctor', '--offline'], ['setup', '--print', '--region', 'cn']]) {
      const r = runCli([...command, ...flag], { env: userEnv() });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`kimi-claude: --timeout takes a number of milliseconds from 1 to 600000 (10000 is 10 seconds), but was given ${given}.`);
      expect(r.stderr).not.toContain('NaN');
    }
    const zh = runCli(['doctor', '--offline', ...flag], { env: zhEnv() });
    expect(zh.stderr).toContain(`--timeout 需要 1 到 600000 之间的毫秒数（10000 即 10 秒），给出的却是 ${given}。`);
  });

  test('Chinese help has no English left from yargs, with --lang zh and with LANG=zh_CN.UTF-8', () => {
    const english = ['Positionals:', 'Options:', 'Commands:', 'Examples:', 'Show version number', 'Show help', '[default', '[boolean]', '[string]', 'choices:'];
    const byFlag = runCli(['doctor', '--help', '--lang', 'zh'], { env: userEnv() });
    const byLang = runCli(['doctor', '--help'], { env: zhEnv() });
    expect(byFlag.stdout).toBe(byLang.stdout);
    for (const word of english) expect(byLang.stdout).not.toContain(word);
    for (const word of ['位置参数：', '选项：', '示例：', '显示版本号', '显示帮助', '[默认 10000]', '[布尔值]', '[可选 "human"']) expect(byLang.stdout).toContain(word);
    const top = runCli(['--help'], { env: zhEnv() }).stdout;
    for (const word of ['命令：', '选项：', '显示帮助']) expect(top).toContain(word);
    for (const word of english) expect(top).not.toContain(word);
    // English stays English.
    expect(runCli(['doctor', '--help'], { env: userEnv() }).stdout).toContain('Positionals:');
  });

  test.each([
    [['doctor', '--format', 'xml'], '无效的值：\n  选项 format 的值为 "xml"，可选值："human", "json", "markdown"', /Invalid values|Argument:|Given:|Choices:/],
    [['doctor', 'no-such-check'], '未知的检查 id：no-such-check。可用的 id：node、claude-cli', /unknown check id|Valid ids/],
    [['doctor', '--bogus'], '无法识别的参数：bogus', /Unknown argument/],
    [['doctor', '--json', '--markdown'], '只能选一种格式：--json 或 --markdown', /choose one format/],
    [['doctor', '--yes'], '--dry-run 和 --yes 只能与 --fix 一起使用', /go with --fix/],
    [['explain', '--json', '--markdown', 'x'], '只能选一种格式：--json 或 --markdown', /choose one format/],
  ])('zh usage error %j is Chinese', (args, zh, english) => {
    const r = runCli(args, { env: zhEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(zh);
    expect(r.stderr).not.toMatch(english);
  });

  test('explain names the verdict in Chinese, with full-width punctuation, in human and Markdown; JSON keeps the id', () => {
    const line = 'API Error: 402 {"error":{"type":"exceeded_current_quota_error","message":"Your account is suspended"}}';
    const human = runCli(['explain', line], { env: zhEnv() });
    expect(human.stdout.split('\n')[0]).toBe('✗ 欠费或额度用尽 [billing]  （把握：高）');
    expect(human.stdout).not.toContain('把握: ');
    const md = runCli(['explain', '--markdown', line], { env: zhEnv() });
    expect(md.stdout.split('\n')[0]).toBe('## 欠费或额度用尽 `billing` （把握：高）');
    const json = JSON.parse(runCli(['explain', '--json', line], { env: zhEnv() }).stdout);
    expect(json.verdict).toBe('billing');
    // English keeps the stable id as the name.
    expect(runCli(['explain', line], { env: userEnv() }).stdout.split('\n')[0]).toBe('✗ billing  (Confidence: high)');
  });
});

describe('the closing line claims only what was checked', () => {
  const env = (home: string) => ({ HOME: home, PATH: '/usr/bin:/bin', ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic' });
  test.each([
    ['en', ['--only', 'base-url'], 'The check that ran passed; 9 other checks did not run or were skipped'],
    ['zh', ['--only', 'base-url,provider', '--lang', 'zh'], '运行的 2 项检查全部通过；另有 8 项没有运行或被跳过'],
  ] as const)('--only with everything passing is not "ready to use Kimi" (%s)', (_lang, args, words) => {
    const { home } = makeHome();
    const r = runCli(['doctor', '--offline', ...args], { env: env(home) });
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').pop();
    expect(last).toContain(words);
    expect(last).not.toMatch(/ready to use Kimi|可以使用 Kimi 了/);
  });
});
