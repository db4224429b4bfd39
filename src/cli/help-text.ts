// Option descriptions for --help, in both languages.
import type { Lang } from '../core/types';

const en = {
  usage: 'Usage: $0 <command> [options]',
  doctor: 'Find out why Claude Code + Kimi does not work here, and what to do about it',
  ids: 'Check ids to run (default: all)',
  format: 'Report format',
  json: 'Shorthand for --format json',
  markdown: 'Shorthand for --format markdown',
  offline: 'Send nothing over the network; network checks report "skip"',
  only: 'Run only these checks (comma-separated ids)',
  skip: 'Do not run these checks (comma-separated ids)',
  strict: 'Warnings fail too (exit code 1)',
  timeout: 'Time limit for network work, in milliseconds',
  verbose: 'Show details and per-check timing',
  lang: 'Language of the report (default: from LC_ALL / LC_MESSAGES / LANG)',
  shell: 'Shell syntax for the commands in remediation (default: detected)',
  color: 'Colour output (default: on for a terminal; NO_COLOR and FORCE_COLOR are honoured)',
  envFile: 'Evaluate the variables in this file instead of the process environment',
  model: 'Model to use for the live probe instead of the configured one',
  clientCapture:
    'Run your Claude Code once, in safe mode, against a server of the doctor\'s own on 127.0.0.1, to learn what it sends (--no-client-capture: use the doctor\'s rules instead)',
  output: 'Also write the report to this file in the chosen format; the terminal gets the human report',
  fix: 'Repair what is local and safe (backups kept), then check again and show before and after',
  dryRun: 'With --fix: show what would change as a diff, change nothing',
  yes: 'With --fix: apply without asking (without a terminal, --fix only previews unless --yes is given)',
  setup: 'Write a working Claude Code + Kimi configuration (key from standard input or a hidden prompt)',
  region: 'Which endpoint: cn (api.moonshot.cn), ai (api.moonshot.ai) or kimi-code (api.kimi.com/coding)',
  setupModel: 'Model for ANTHROPIC_MODEL and the small/fast model (default: the region\'s current model)',
  print: 'Write nothing; print the equivalent commands for your shell',
  setupBaseUrl: "Use this endpoint instead of the region's (a gateway such as LiteLLM or claude-code-router)",
  setupOffline: 'Skip the live request in the doctor run that ends setup',
  setupExamples: [
    ['$0 setup --region cn', 'Asks for the key without echo, writes ~/.claude/settings.json, then runs the doctor'],
    ['printf %s "$MOONSHOT_KEY" | $0 setup --region ai', 'Key from standard input (CI, scripts)'],
    ['$0 setup --region kimi-code --print --shell powershell', 'Only print the PowerShell commands'],
  ] as Array<[string, string]>,
  examples: [
    ['$0 doctor', 'Run every check'],
    ['$0 doctor --offline --json', 'Local checks only, as JSON for CI'],
    ['$0 doctor base-url api-key', 'Run two checks'],
    ['$0 doctor --markdown > report.md', 'A report to paste into a support ticket (keys are redacted)'],
    ['$0 doctor --format junit --output doctor.xml', 'JUnit XML for CI, human report on the terminal'],
    ['$0 doctor --lang zh --shell powershell', '中文报告，PowerShell 命令'],
  ] as Array<[string, string]>,
  exitCodes: 'Exit codes: 0 nothing failed · 1 a check failed (or warned, with --strict) · 2 usage or internal error',
  explain: 'Paste the error Claude Code printed; get the real cause and the fix (offline)',
  explainText: 'The error text; none or "-" reads standard input',
  explainExamples: [
    ['$0 explain "API Error: Request rejected (429) · …"', 'Explain one line'],
    ['pbpaste | $0 explain', 'Explain a whole copied terminal screen'],
    ['$0 explain --json < error.txt', 'The diagnosis as JSON'],
  ] as Array<[string, string]>,
  explainExitCodes: 'Exit codes: 0 cause recognised · 1 not recognised (closest guesses shown) · 2 usage error',
  /** Where to read more after a usage error: the help of the command that was typed. */
  helpPointer: (command: string) => `Run \`${command} --help\` for usage.`,
  badTimeout: (given: string) =>
    `--timeout takes a number of milliseconds from 1 to 600000 (10000 is 10 seconds), but was given ${given}.`,
  keyOnCommandLine:
    'setup reads the key from standard input, not from the command line, where it would stay in your shell history. Run `kimi-claude setup --region cn` and paste the key when asked, or pipe it: `kimi-claude setup --region cn < key.txt`. Nothing was written.',
  oneFormat: (flags: string[]) => `choose one format: ${flags.join(' or ')}`,
  fixOnly: '--dry-run and --yes go with --fix',
  unknownIds: (unknown: string[], valid: string[]) =>
    `unknown check id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Valid ids: ${valid.join(', ')}`,
};

const zh: typeof en = {
  usage: '用法：$0 <命令> [选项]',
  doctor: '找出本机 Claude Code + Kimi 不能用的原因，并告诉你怎么修',
  ids: '要运行的检查 id（默认：全部）',
  format: '报告格式',
  json: '等同于 --format json',
  markdown: '等同于 --format markdown',
  offline: '不进行任何网络请求；网络检查显示为“跳过”',
  only: '只运行这些检查（逗号分隔的 id）',
  skip: '不运行这些检查（逗号分隔的 id）',
  strict: '警告也算失败（退出码 1）',
  timeout: '网络操作的时间上限（毫秒）',
  verbose: '显示详情和每项检查的耗时',
  lang: '报告语言（默认根据 LC_ALL / LC_MESSAGES / LANG）',
  shell: '修复命令使用的 shell 语法（默认自动检测）',
  color: '彩色输出（终端默认开启；遵循 NO_COLOR 与 FORCE_COLOR）',
  envFile: '使用此文件中的变量代替当前进程的环境变量',
  model: '实时探测时使用此模型，而不是已配置的模型',
  clientCapture: '以安全模式运行一次你的 Claude Code，让它连到诊断程序在 127.0.0.1 上开的本地服务器，看它实际发送什么（--no-client-capture：改用诊断程序掌握的规则推算）',
  output: '同时把所选格式的报告写入此文件；终端显示普通报告',
  fix: '自动修复本地、安全的问题（保留备份），然后重新检查并对比修复前后',
  dryRun: '与 --fix 一起用：只以 diff 显示将要做的修改，不改任何文件',
  yes: '与 --fix 一起用：不询问直接修改（没有终端时，除非给出 --yes，--fix 只预览）',
  setup: '写入一套可用的 Claude Code + Kimi 配置（密钥从标准输入或不回显的提示读取）',
  region: '使用哪个区域：cn（api.moonshot.cn）、ai（api.moonshot.ai）或 kimi-code（api.kimi.com/coding）',
  setupModel: 'ANTHROPIC_MODEL 与小模型使用的模型（默认：该区域当前的模型）',
  print: '不写任何文件；打印适用于你的 shell 的等效命令',
  setupBaseUrl: '使用此接口地址代替该区域的默认地址（例如 LiteLLM、claude-code-router 等网关）',
  setupOffline: '配置完成后的诊断不发送实时请求',
  setupExamples: [
    ['$0 setup --region cn', '不回显地询问密钥，写入 ~/.claude/settings.json，然后运行诊断'],
    ['printf %s "$MOONSHOT_KEY" | $0 setup --region ai', '从标准输入读取密钥（CI、脚本）'],
    ['$0 setup --region kimi-code --print --shell powershell', '只打印 PowerShell 命令'],
  ],
  examples: [
    ['$0 doctor', '运行全部检查'],
    ['$0 doctor --offline --json', '只做本地检查，输出 JSON 供 CI 使用'],
    ['$0 doctor base-url api-key', '只运行两项检查'],
    ['$0 doctor --markdown > report.md', '生成可贴到工单里的报告（密钥已脱敏）'],
    ['$0 doctor --format junit --output doctor.xml', '为 CI 生成 JUnit XML，终端显示普通报告'],
    ['$0 doctor --lang en --shell bash', 'English report, bash commands'],
  ],
  exitCodes: '退出码：0 没有失败 · 1 有检查失败（或 --strict 时有警告）· 2 用法错误或内部错误',
  explain: '粘贴 Claude Code 显示的错误，得到真正的原因和修复方法（离线）',
  explainText: '错误文字；不给或给 "-" 时从标准输入读取',
  explainExamples: [
    ['$0 explain "API Error: Request rejected (429) · …"', '解释一行错误'],
    ['pbpaste | $0 explain', '解释复制下来的整个终端屏幕'],
    ['$0 explain --json < error.txt', '以 JSON 输出诊断'],
  ],
  explainExitCodes: '退出码：0 识别出原因 · 1 未识别（会显示最接近的猜测）· 2 用法错误',
  helpPointer: (command) => `运行 \`${command} --help\` 查看用法。`,
  badTimeout: (given) => `--timeout 需要 1 到 600000 之间的毫秒数（10000 即 10 秒），给出的却是 ${given}。`,
  keyOnCommandLine:
    'setup 从标准输入读取 Key，而不是从命令行：写在命令行上的 Key 会留在 shell 的历史记录里。请运行 `kimi-claude setup --region cn`，在提示时粘贴 Key，或用管道传入：`kimi-claude setup --region cn < key.txt`。未写入任何内容。',
  oneFormat: (flags) => `只能选一种格式：${flags.join(' 或 ')}`,
  fixOnly: '--dry-run 和 --yes 只能与 --fix 一起使用',
  unknownIds: (unknown, valid) => `未知的检查 id：${unknown.join('、')}。可用的 id：${valid.join('、')}`,
};

export function helpText(lang: Lang): typeof en {
  return lang === 'zh' ? zh : en;
}

const COMMANDS = ['doctor', 'setup', 'explain'];

/** "Run `kimi-claude <the command typed> --help`", or the top-level help when no command was typed. */
export function helpPointer(lang: Lang, argv: readonly string[]): string {
  const command = argv.find((a) => COMMANDS.includes(a));
  return helpText(lang).helpPointer(command ? `kimi-claude ${command}` : 'kimi-claude');
}

/** What the user typed for an option, quoted (`"abc"`), for messages about a bad value; yargs has already turned it into NaN. */
export function givenValues(argv: readonly string[], option: string): string {
  const given: string[] = [];
  argv.forEach((a, i) => {
    if (a === `--${option}`) given.push(i + 1 < argv.length ? argv[i + 1] : '');
    else if (a.startsWith(`--${option}=`)) given.push(a.slice(option.length + 3));
  });
  return given.length ? given.map((g) => JSON.stringify(g)).join(', ') : '""';
}
