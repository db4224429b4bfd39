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
  output: 'Also write the report to this file in the chosen format; the terminal gets the human report',
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
  output: '同时把所选格式的报告写入此文件；终端显示普通报告',
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
};

export function helpText(lang: Lang): typeof en {
  return lang === 'zh' ? zh : en;
}
