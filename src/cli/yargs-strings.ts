// yargs' own words (headings, type tags, its usage errors) in Chinese, given to yargs through its locale mechanism
// (`.locale('zh_CN')` then `.updateStrings()`). The bundle cannot read yargs' locales/zh_CN.json at run time (the
// file is not next to dist/cli.js), and that file uses ASCII punctuation in Chinese sentences, so the strings are here.
// The keys are yargs' English strings (node_modules/yargs/locales/en.json); a test holds this table complete.

type Plural = { one: string; other: string };

export const YARGS_ZH: Record<string, string | Plural> = {
  'Commands:': '命令：',
  'Options:': '选项：',
  'Examples:': '示例：',
  boolean: '布尔值',
  count: '计数',
  string: '字符串',
  number: '数字',
  array: '列表',
  required: '必填',
  default: '默认',
  // yargs puts a space after these ("[default: 10000]"): no colon, so no ASCII-spaced “默认： 10000”.
  'default:': '默认',
  'choices:': '可选',
  'aliases:': '别名',
  'generated-value': '生成的值',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: '参数不够：给了 %s 个，至少需要 %s 个',
    other: '参数不够：给了 %s 个，至少需要 %s 个',
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: '参数太多：给了 %s 个，最多 %s 个',
    other: '参数太多：给了 %s 个，最多 %s 个',
  },
  'Missing argument value: %s': { one: '选项缺少值：%s', other: '这些选项缺少值：%s' },
  'Missing required argument: %s': { one: '缺少必填选项：%s', other: '缺少这些必填选项：%s' },
  'Unknown argument: %s': { one: '无法识别的参数：%s', other: '无法识别的参数：%s' },
  'Unknown command: %s': { one: '无法识别的命令：%s', other: '无法识别的命令：%s' },
  'Invalid values:': '无效的值：',
  'Argument: %s, Given: %s, Choices: %s': '选项 %s 的值为 %s，可选值：%s',
  'Argument check failed: %s': '选项检查未通过：%s',
  'Implications failed:': '缺少依赖的选项：',
  'Not enough arguments following: %s': '选项后缺少值：%s',
  'Invalid JSON config file: %s': '无效的 JSON 配置文件：%s',
  'Path to JSON config file': 'JSON 配置文件的路径',
  'Show help': '显示帮助',
  'Show version number': '显示版本号',
  'Did you mean %s?': '你是不是想输入 %s？',
  'Arguments %s and %s are mutually exclusive': '选项 %s 和 %s 不能同时使用',
  'Positionals:': '位置参数：',
  command: '命令',
  deprecated: '已弃用',
  'deprecated: %s': '已弃用：%s',
};
