// 配置检查（claude-json、config-agreement、base-url、provider、api-key、model）的中文措辞。
import { providerName } from '../../claude-code/values';
import { KIMI_ROOTS } from '../../core/endpoints';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { configFindings as en } from '../en/config';
import type { RenderKit } from '../render-kit';

export const configTitles: Record<string, string> = {
  'claude-json': 'Claude Code 状态文件（~/.claude.json）',
  'config-agreement': '各配置来源是否一致',
  'base-url': '接口地址（ANTHROPIC_BASE_URL）',
  provider: '第三方提供商与工具搜索开关',
  'api-key': 'API Key（ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN）',
  model: '模型名称',
};

const KEY = '<你的 Kimi API Key>';
const CONSOLES = `国内站 ${CONSOLE_URLS.cn}/api-keys，国际站 ${CONSOLE_URLS.ai}/api-keys；sk-kimi- 开头的 Key 在 Kimi Code 页面获取`;
const ROOTS = KIMI_ROOTS;
const REGION: Record<string, string> = { cn: 'Moonshot 国内站', ai: 'Moonshot 国际站', 'kimi-code': 'Kimi Code', custom: '网关' };
const KIND: Record<string, string> = { moonshot: 'Moonshot 开放平台 Key', 'kimi-code': 'Kimi Code Key', anthropic: 'Anthropic Key', unknown: '无法识别的 Key' };
const SCOPE: Record<string, string> = { managed: '托管设置', 'project-local': '项目本地设置', project: '项目设置', user: '用户设置' };

function where(source: Values | null | undefined, k: RenderKit): string {
  if (!source) return '未设置';
  switch (source.kind) {
    case 'process-env':
      return 'shell 环境变量';
    case 'env-file':
      return `环境变量文件 ${k.home(source.path)}`;
    case 'settings':
      return `${SCOPE[source.scope] ?? source.scope} ${k.home(source.path)}`;
    case 'cli-option':
      return '--model 参数';
    default:
      return '未知来源';
  }
}

/** Claude Code 在 Key 放不进请求头时的报错原文（checks/api-key.ts）。 */
function refusal(name: string): string {
  return name === 'ANTHROPIC_API_KEY' ? 'Invalid API key · Fix external API key' : 'Invalid auth token · Fix external auth token';
}

function fixVar(name: string, value: string, source: Values | null | undefined, k: RenderKit): string {
  if (source?.kind === 'settings') {
    return `编辑 ${k.home(source.path)}，在它的 "env" 中设置（设置文件优先于 shell，改 shell 不起作用）：\n${k.commands([`"env": { "${name}": "${value}" }`])}`;
  }
  return k.setEnv([[name, value]]);
}

function removeVar(name: string, source: Values | null | undefined, k: RenderKit): string {
  if (source?.kind === 'settings') return `从 ${k.home(source.path)} 的 "env" 中删除 "${name}"。`;
  return k.unsetEnv([name]);
}

function regionChoices(k: RenderKit, source: Values | null | undefined, name = 'ANTHROPIC_BASE_URL'): string {
  return `国内站：\n${fixVar(name, ROOTS.cn, source, k)}\n国际站改用 ${ROOTS.ai}；Kimi Code（sk-kimi- 开头的 Key）用 ${ROOTS['kimi-code']}。`;
}

/** Several base-url findings share one fix; it is printed once, under the first. */
function sameFix(fix: (v: Values, k: RenderKit) => string): (v: Values, k: RenderKit) => string {
  return (v, k) => (v.fixAbove ? '上面的修改同样解决这个问题。' : fix(v, k));
}

function charList(chars: Array<{ char: string; codePoint: string; position: number; replacement: string }>): string {
  return chars
    .slice(0, 6)
    .map((c) => `第 ${c.position} 个字符 ${c.codePoint}${c.replacement ? `（应为 "${c.replacement}"）` : ''}`)
    .join('、');
}

const JSON_CAUSE: Record<string, string> = {
  empty: '文件是空的',
  bom: '文件开头有 BOM（记事本和 PowerShell 5 会加上），JSON 解析器不接受',
  'trailing-comma': '最后一项后面多了逗号，JSON 不允许',
  comment: '有注释，JSON 不允许注释',
  'smart-quotes': '用了中文弯引号（“ ” ‘ ’），JSON 只认英文双引号',
  'full-width': '用了中文输入法的全角标点（，：｛）',
  'single-quotes': '用了单引号，JSON 只认双引号',
  'unquoted-key': '键名没有加双引号',
  'missing-comma': '两项之间缺少逗号',
  truncated: '内容提前结束：缺少 } 或 ]',
  unknown: '',
};

const ENCODING: Record<string, string> = {
  'utf-16le': '它以 UTF-16 保存（记事本的“Unicode”，或 Windows PowerShell 5 的 `>` 写出的文件）',
  'utf-16be': '它以 UTF-16 大端保存',
  binary: '它含有 NUL 字节：是二进制文件或已损坏',
  'invalid-utf8': '它不是有效的 UTF-8（大概是以 GBK/ANSI 保存的）',
};

export function jsonCause(cause: string): string {
  return JSON_CAUSE[cause] ? `，可能是${JSON_CAUSE[cause]}` : '';
}

function writeOnboardedFile(path: string, k: RenderKit): string {
  const json = '{"hasCompletedOnboarding": true}';
  switch (k.shell) {
    case 'powershell':
      return k.commands([`[IO.File]::WriteAllText('${path.replace(/'/g, "''")}', '${json}')`]);
    case 'cmd':
      return k.commands([`echo ${json}> "${path}"`]);
    default:
      return k.commands([`echo '${json}' > ${/\s/.test(k.home(path)) ? `"${path}"` : k.home(path)}`]);
  }
}

function modelFix(v: Values, k: RenderKit, model: string): string {
  if (v.setBy === '--model') return `改用 Kimi 模型运行，例如：\n${k.commands([`claude --model ${model}`])}`;
  if (v.setBy === 'model' && v.source?.kind === 'settings') return `编辑 ${k.home(v.source.path)}，设置 "model": "${model}"。`;
  return fixVar(v.setBy, model, v.source, k);
}

const side = (w: string) => (w === 'both' ? '开头和结尾' : w === 'start' ? '开头' : '结尾');
const ROLE: Record<string, string> = { main: '主模型', 'small-fast': '后台任务（small/fast 模型）', subagent: '子 agent' };
/** 一个发现涉及的角色，例如“主模型和子 agent”。 */
const roles = (list: unknown) => (Array.isArray(list) ? list : [list]).map((r) => ROLE[String(r)] ?? String(r)).join('和');

/** Moonshot 教程的写法：教程设置的每个槽位都写上同一个模型，写在用户放接口地址的地方。 */
function guideSlotsFix(v: Values, k: RenderKit): string {
  const pairs: Array<[string, string]> = (v.slots as string[]).map((slot) => [slot, v.suggested]);
  const source = v.baseUrlSource;
  if (source?.kind === 'settings' && source.scope !== 'managed') {
    return `按 Moonshot 教程，在 ${k.home(source.path)}（接口地址所在的文件）的 "env" 中为每个槽位设置模型：\n${k.commands(pairs.map(([n, m]) => `"${n}": "${m}",`))}`;
  }
  return `按 Moonshot 教程，为每个槽位设置模型：\n${k.setEnv(pairs)}`;
}

function lowBalanceNote(v: Values): string {
  return v.lowBalance ? `\n${v.suggested ?? v.replacement} 需要账户已充值（代金券不算）；余额不足时改用 ${v.lowBalance}。` : '';
}
/** 每个开启了提供商开关的位置一行：要改的文件，或 shell 命令。 */
function removeFlag(name: string, source: Values, k: RenderKit): string {
  switch (source?.kind) {
    case 'settings':
      return source.scope === 'managed'
        ? `请管理员从托管设置 ${k.home(source.path)} 中删除 "${name}"。`
        : `从 ${k.home(source.path)} 的 "env" 中删除 "${name}"。`;
    case 'env-file':
      return `从 ${k.home(source.path)} 中删除 ${name} 这一行。`;
    default:
      return `在 shell 中取消它（并从启动文件中删除）：\n${k.unsetEnv([name])}`;
  }
}

const WORDISH = /[A-Za-z0-9~/"'`$<>\-_[\]{}@#%&*+=|\\^]/;
const HAN = /\p{Script=Han}/u;
/** A template tag that puts a space where Chinese meets an inserted English word or path (“来自用户设置 ~/.claude/settings.json 的”). */
function spaced(strings: TemplateStringsArray, ...values: unknown[]): string {
  const join = (a: string, b: string) => {
    const x = a.slice(-1);
    const y = b.charAt(0);
    return (HAN.test(x) && WORDISH.test(y)) || (WORDISH.test(x) && HAN.test(y)) ? `${a} ${b}` : a + b;
  };
  return values.reduce<string>((out, value, i) => join(join(out, String(value)), strings[i + 1]), strings[0]);
}

/** 模型是在哪里设置的：“用户设置 ~/.claude/settings.json 中的 ANTHROPIC_MODEL”，或 “--model 参数”。 */
function setIn(v: Values, k: RenderKit): string {
  return v.source?.kind === 'cli-option' ? '--model 参数' : spaced`${where(v.source, k)}中的 ${v.setBy}`;
}

const HOW_CLAUDE_READS = 'Claude Code 只从 ANTHROPIC_BASE_URL（环境变量或设置文件的 "env"）读取接口地址';

export const configFindings: Record<keyof typeof en, MessageEntry> = {
  // ----- claude-json -----
  'claude-json.ok': entry((v, k) => `${k.home(v.path)} 有效，且已完成初始引导（onboarding）。`),
  'claude-json.missing': entry(
    (v, k) =>
      `${k.home(v.path)} 不存在。没有它时，交互式启动会先做初始引导，连接 api.anthropic.com；在连不上该地址的网络（如中国大陆）里会报 "Unable to connect to Anthropic services" 并退出。`,
    (v, k) => `创建该文件并标记引导已完成：\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.not-a-file': entry(
    (v, k) => `${k.home(v.path)} 不是普通文件（${v.detail}），Claude Code 无法在这里保存状态。`,
    (v, k) => `先把它移开（例如改名为 ${k.home(v.path)}.bak），再创建文件：\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.unreadable': entry(
    (v, k) => `无法读取 ${k.home(v.path)}（${v.detail}）。`,
    (v, k) =>
      k.shell === 'powershell' || k.shell === 'cmd'
        ? `在文件“属性 → 安全”中给当前用户读写 ${v.path} 的权限。`
        : `把文件归你所有，并只允许你读写：\n${k.commands([`sudo chown "$(id -un)" ${k.home(v.path)}`, `chmod 600 ${k.home(v.path)}`])}`,
  ),
  'claude-json.too-large': entry(
    (v, k) => `${k.home(v.path)} 有 ${Math.round(v.size / 1048576)} MiB，太大，诊断程序不检查它；Claude Code 启动也可能变慢。`,
    (v, k) => `备份后让 Claude Code 重新开始：把它改名为 ${k.home(v.path)}.bak，再新建一个：\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.not-text': entry(
    (v, k) => `${k.home(v.path)} 无法使用：${ENCODING[v.problem] ?? v.problem}${v.offset !== null && v.offset !== undefined ? `，问题出在第 ${v.offset} 字节` : ''}。Claude Code 需要 UTF-8。`,
    (_v, k) =>
      `用编辑器打开，另存为“UTF-8”（不要选“UTF-8 with BOM”或“Unicode”）。${k.shell === 'powershell' ? '在 PowerShell 里写文件请用 `[IO.File]::WriteAllText(路径, 内容)`，不要用 `>` 或 `Out-File`。' : ''}`,
  ),
  'claude-json.invalid-json': entry(
    (v, k) => `${k.home(v.path)} 不是有效的 JSON：第 ${v.line} 行第 ${v.column} 列${jsonCause(v.cause)}。Claude Code 读不了它。`,
    (v, k) =>
      `打开 ${k.home(v.path)}，修改第 ${v.line} 行第 ${v.column} 列${v.cause === 'bom' ? '（另存为不带 BOM 的 UTF-8）' : ''}。最小的有效内容是：\n${k.commands(['{"hasCompletedOnboarding": true}'])}`,
  ),
  'claude-json.not-object': entry(
    (v, k) => `${k.home(v.path)} 是有效 JSON，但不是对象（{ … }），Claude Code 无法使用。`,
    (v, k) => `把内容换成一个对象，例如：\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.onboarding-incomplete': entry(
    (v, k) =>
      `${k.home(v.path)} 中${v.value === null ? '没有 "hasCompletedOnboarding"' : `"hasCompletedOnboarding" 为 ${v.value}`}。交互式启动会先连接 api.anthropic.com，在连不上的网络（中国大陆、内网）里报 "Unable to connect to Anthropic services" 并退出。`,
    (v, k) => `编辑 ${k.home(v.path)}，在最外层对象里加上这一行：\n${k.commands(['"hasCompletedOnboarding": true,'])}`,
  ),
  'claude-json.key-rejected': entry(
    (v, k) =>
      `你的 Key（${v.redacted}）曾在 Claude Code 的“Do you want to use this API key?”提示中被拒绝（默认选项就是 No）。${k.home(v.path)} 在 customApiKeyResponses.rejected 里记住了它，所以 Claude Code 不用这个 Key，并提示 "Not logged in · Run /login"。`,
    (v, k) =>
      `编辑 ${k.home(v.path)}，删除 "customApiKeyResponses" → "rejected" 中与你的 Key 结尾相同的那一项，然后启动 claude 并选择 Yes。或者改用 ANTHROPIC_AUTH_TOKEN 传 Key，它不会触发这个提示。`,
  ),
  'claude-json.primary-api-key': entry(
    (v, k) => `${k.home(v.path)} 里有之前 /login 留下的 "primaryApiKey"（${v.redacted}），它会和你为 Kimi 设置的 Key 冲突。`,
    (v, k) => `运行 \`claude /logout\`，或从 ${k.home(v.path)} 删除 "primaryApiKey" 这一行。`,
  ),
  'claude-json.readable-by-others': entry(
    (v, k) => `${k.home(v.path)} 含有 Key 相关内容，而本机其他用户可以读取它（权限 ${v.mode}）。`,
    (v, k) => k.commands([`chmod 600 ${k.home(v.path)}`]),
  ),

  // ----- config-agreement -----
  'config.agreement-ok': entry(() => '设置文件、shell 和启动文件中的配置一致。'),
  'config.custom-api-url-only': entry(
    (v, k) =>
      `${k.home(v.path)} 设置了 "customApiUrl": "${v.customApiUrl}"，但没有设置 ANTHROPIC_BASE_URL。教程说 customApiUrl 决定接口地址；实际上 Claude Code 根本不读它，所以所有请求都发往 api.anthropic.com。${HOW_CLAUDE_READS}。`,
    (v, k) => `${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, null, k)}\n${k.home(v.path)} 里的 "customApiUrl" 可以删掉：它不起作用。`,
  ),
  'config.custom-api-url-differs': entry(
    (v, k) => {
      const diff: Record<string, string> = { region: '区域', host: '主机名', path: '路径', other: '写法' };
      return spaced`${k.home(v.path)} 中的 "customApiUrl"（${v.customApiUrl}）与来自${where(v.source, k)}的 ANTHROPIC_BASE_URL（${v.baseUrl}）${diff[v.difference]}不同。Claude Code 只用 ANTHROPIC_BASE_URL，customApiUrl 不起作用。`;
    },
    (v, k) => `从 ${k.home(v.path)} 删除 "customApiUrl"，免得引起误会。`,
  ),
  'config.custom-api-url-unused': entry(
    (v, k) => `${k.home(v.path)} 中的 "customApiUrl" 与 ANTHROPIC_BASE_URL 一致，但 Claude Code 不读它：只有 ANTHROPIC_BASE_URL 有效。`,
  ),
  'config.config-dir-literal-tilde': entry(
    (v, k) =>
      `CLAUDE_CONFIG_DIR 的值是 "${v.value}"，Claude Code 不会展开其中的 "~"：在当前目录启动时，它的设置和 .claude.json 位于 ${v.dir}，而不是 ${k.home(v.meant)}。`,
    (v, k) => `请写完整路径（~ 放在引号里时 shell 不会展开）：\n${k.setEnv([['CLAUDE_CONFIG_DIR', v.meant]])}`,
  ),
  'config.config-dir-relative': entry(
    (v) =>
      `CLAUDE_CONFIG_DIR 是相对路径 "${v.value}"。Claude Code 以启动时所在的目录为基准，所以每个项目各有一套设置和登录信息；在这里是 ${v.dir}。`,
    (v, k) => `请改用绝对路径：\n${k.setEnv([['CLAUDE_CONFIG_DIR', v.dir]])}`,
  ),
  'config.settings-invalid': entry(
    (v, k) => `${k.home(v.path)}（${SCOPE[v.scope]}）不是有效的 JSON：第 ${v.line} 行第 ${v.column} 列${jsonCause(v.cause)}。Claude Code 会跳过整个文件，包括它的 "env"。`,
    (v, k) => `修改 ${k.home(v.path)} 第 ${v.line} 行第 ${v.column} 列。`,
  ),
  'config.unknown-until-valid': entry(
    (v, k) =>
      `在 ${k.home(v.path)} 修好之前无法判断：${(v.names as string[]).join('、')} 在其他地方都没有设置，而这个文件${
        v.state === 'invalid' ? '不是有效的 JSON' : '无法读取'
      }，Claude Code 会跳过整个文件。这个值很可能就写在里面。`,
    (v, k) =>
      v.line !== null && v.line !== undefined
        ? `修改 ${k.home(v.path)} 第 ${v.line} 行第 ${v.column} 列${jsonCause(v.cause)}，然后重新运行诊断。在此之前不要在别处再设置这些变量，否则会多出一份副本。`
        : `把 ${k.home(v.path)} 改成可读的 UTF-8 文件，然后重新运行诊断。`,
  ),
  'config.settings-unreadable': entry(
    (v, k) => `无法读取${SCOPE[v.scope]} ${k.home(v.path)}（${v.detail}），Claude Code 不会用到其中的设置。`,
    (v, k) => `把 ${k.home(v.path)} 改成可读的 UTF-8 文件；不需要的话就删掉。`,
  ),
  'config.settings-overrides-shell': entry(
    (v, k) =>
      spaced`${v.name} 在${where(v.winner, k)}中是 ${v.winnerValue}，覆盖了${where(v.loser, k)}中的 ${v.loserValue}。设置文件优先于 shell，所以 Claude Code 用的是 ${v.winnerValue}。`,
    (v, k) => `只保留一处：修改或删除 ${k.home(v.winner.path)} 中的 "${v.name}"，或者从 shell 中去掉它：\n${k.unsetEnv([v.name])}`,
  ),
  'config.settings-overrides-settings': entry(
    (v, k) => spaced`${v.name} 在${where(v.winner, k)}中是 ${v.winnerValue}；${where(v.loser, k)}中的 ${v.loserValue} 不会被使用。`,
  ),
  'config.dotenv-ignored': entry(
    (v, k) => `${k.home(v.path)} 设置了 ${v.names.join('、')}，但 Claude Code 不读取 .env 文件：这些行不起作用。`,
    (v, k) =>
      `请改为在 shell 中设置，或写进本项目 .claude/settings.local.json 的 "env" 中，例如：\n${k.commands([`"env": { ${v.names.map((n: string) => `"${n}": "…"`).join(', ')} }`])}`,
  ),
  'config.startup-conflict': entry(
    (v, k) =>
      `${v.name} 在多个启动文件中的值不同：${v.lines.map((l: Values) => `${k.home(l.path)}:${l.line}（${l.value}）`).join('、')}。最后被读取的那一行生效。`,
    () => '每个变量只保留一行，删除（或注释掉）其余的。',
  ),
  'config.startup-differs': entry(
    (v, k) =>
      `${k.home(v.path)} 第 ${v.line} 行把 ${v.name} 设为 ${v.value}，但当前终端中${v.terminalValue === null ? '没有这个变量' : `它是 ${v.terminalValue}`}。这个文件是在终端打开后才改的，或者有别的行覆盖了它。`,
    (v, k) => `新开一个终端${k.shell === 'bash' || k.shell === 'zsh' ? `（或运行 \`source ${k.home(v.path)}\`）` : ''}，再运行一次诊断。`,
  ),
  'config.startup-commented': entry(
    (v, k) =>
      `被注释掉的 ${v.name} 行（${v.lines.map((l: Values) => `${k.home(l.path)}:${l.line}`).join('、')}）写着别的值。它们不起作用，是教程里的国内站/国际站备选写法。`,
  ),
  'config.registry-differs': entry(
    (v) =>
      `Windows 用户环境变量（setx 或“系统属性”设置的）中 ${v.name} = ${v.registryValue ?? '（空）'}，但当前终端中${v.terminalValue === null ? '没有这个变量' : `它是 ${v.terminalValue}`}。setx 只对新开的窗口生效。`,
    () => '新开一个终端窗口，再运行一次诊断。',
  ),

  // ----- base-url -----
  'base-url.ok': entry((v, k) => spaced`ANTHROPIC_BASE_URL 为 ${v.value}（${REGION[v.region]}），来自${where(v.source, k)}。`),
  'base-url.unset': entry(
    (v) => `没有设置 ANTHROPIC_BASE_URL，Claude Code 会把所有请求发往 api.anthropic.com，而不是 Kimi。${v.customApiUrl ? '（~/.claude.json 里的 customApiUrl 改变不了这一点。）' : ''}`,
    sameFix((_v, k) => regionChoices(k, null)),
  ),
  'base-url.empty': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ANTHROPIC_BASE_URL 是空的。`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.quoted': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 把引号（${v.quote}）也当成了值的一部分。Claude Code 会报 "cannot be parsed as a URL"。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.whitespace': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL ${side(v.where)}有${v.lineBreak ? '换行' : '空格'}。Claude Code 会去掉它们，但其他工具未必。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value.trim(), v.source, k)),
  ),
  'base-url.lookalike': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 含有全角或形近字符：${charList(v.chars)}。Claude Code 无法解析（"cannot be parsed as a URL"）或会连到错误的地址。`,
    sameFix((v, k) => `请切换到英文输入法重新输入：\n${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)}`),
  ),
  'base-url.invisible': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 含有看不见的字符：${charList(v.chars)}。请求会失败（404 或无法解析）。`,
    sameFix((v, k) => `请手动重新输入，不要粘贴：\n${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)}`),
  ),
  'base-url.no-scheme': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL（${v.value}）缺少 https://。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.http': entry(
    (v, k) =>
      v.region === 'custom'
        ? spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 用明文 http 连接非本机地址：Key 会不加密地传输。`
        : spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 用的是 http://；Moonshot 只提供 https。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value.trim().replace(/^http:/i, 'https:'), v.source, k)),
  ),
  'base-url.bad-scheme': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL 以 ${v.scheme}:// 开头，不是网址。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.host-typo': entry(
    (v, k) => spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）中的主机名 ${v.host} 像是 ${v.expected} 的笔误。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, v.source, k)),
  ),
  'base-url.moonshot-com': entry(
    (v, k) => spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）指向 ${v.host}；Moonshot 的 API 在 api.moonshot.cn（国内站）或 api.moonshot.ai（国际站），不是 .com。`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.console-host': entry(
    (v, k) => spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）指向 ${v.host}，那是网页控制台，不是 API（${v.expected}）。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, v.source, k)),
  ),
  'base-url.wrong-path': entry(
    (v, k) => {
      const why: Record<string, string> = {
        'openai-v1': `${v.path} 是 Moonshot 的 OpenAI 兼容接口；Claude Code 用的是 Anthropic 协议，在 /anthropic 下`,
        'anthropic-v1': `Claude Code 会自己加上 /v1/messages，于是 ${v.path} 变成 …/v1/v1/messages，返回 404，Claude Code 显示为 "There's an issue with the selected model"`,
        messages: `Claude Code 会自己加上 /v1/messages，${v.path} 会重复一次，返回 404，显示为 "There's an issue with the selected model"`,
        'missing-anthropic': '缺少 /anthropic，请求会发到错误的接口（404）',
        'missing-coding': 'Kimi Code 的接口在 /coding/ 下',
        other: `路径 ${v.path} 不是 API 根路径 ${v.expected}`,
      };
      return spaced`ANTHROPIC_BASE_URL（${v.value}，来自${where(v.source, k)}）路径不对：${why[v.reason]}。`;
    },
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value, v.source, k)),
  ),
  'base-url.double-slash': entry(
    (v, k) => spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）的 ${v.path} 中有双斜杠。Claude Code 只去掉一个结尾斜杠，请求会发到 …//v1/messages，返回 404。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.query': entry(
    (v, k) => spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）路径后面带有 ${v.part}；Claude Code 会把 /v1/messages 接在它后面，地址就坏了。`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.unparseable': entry(
    (v, k) => spaced`来自${where(v.source, k)}的 ANTHROPIC_BASE_URL（${JSON.stringify(v.value)}）不是 Claude Code 能解析的网址。`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.gateway': entry(
    (v, k) =>
      spaced`ANTHROPIC_BASE_URL（来自${where(v.source, k)}）指向 ${v.host}，不是 Moonshot 的地址，而是某个网关（claude-code-router、LiteLLM 或公司代理等）。诊断程序无法得知它需要什么 Key 和模型名；联网探测会实际测试它。`,
  ),

  // ----- provider -----
  'provider.ok': entry(() => '没有开启第三方提供商，也没有强制开启工具搜索（tool search）。'),
  'provider.no-endpoint': entry(() => '跳过：没有设置 ANTHROPIC_BASE_URL（见 base-url 检查）。'),
  'provider.third-party': entry(
    (v, k) =>
      spaced`${v.name}=${v.value}（在${where(v.source, k)}中）让 Claude Code 改用${providerName(String(v.name)) ?? '第三方提供商'}：它会忽略 ANTHROPIC_BASE_URL（${v.baseUrl}），根本不会连到 Kimi${
        v.name === 'CLAUDE_CODE_USE_BEDROCK' ? '，并报错 "API Error: Could not load AWS credentials"' : ''
      }。`,
    (v, k) => (v.places as Values[]).map((source) => removeFlag(v.name, source, k)).join('\n'),
  ),
  'provider.tool-search': entry(
    (v, k) =>
      spaced`ENABLE_TOOL_SEARCH 是 ${v.value}（在${where(v.source, k)}中）。两份 Kimi 教程都把它设为 ${v.guideValue}：${REGION[v.region]}不支持工具搜索，Claude Code 的请求会失败，显示“API Error: 400 … invalid_request_error”。`,
    (v, k) => fixVar('ENABLE_TOOL_SEARCH', v.guideValue, v.source, k),
  ),

  // ----- api-key -----
  'api-key.ok': entry(
    (v, k) => v.credentials.map((c: Values) => spaced`${c.name} 已在${where(c.source, k)}中设置：${c.redacted}，${KIND[c.kind] ?? c.kind}。`).join(''),
  ),
  'api-key.none': entry(
    () => 'ANTHROPIC_API_KEY 和 ANTHROPIC_AUTH_TOKEN 都没有设置，也没有 apiKeyHelper：Claude Code 会提示 "Not logged in · Please run /login"。',
    (_v, k) =>
      `先创建 Key（${CONSOLES}）。最省事的保存方式是 setup：它不回显地读取 Key，并写到 Claude Code 读取的位置：\n${k.commands(['kimi-claude setup --region cn'])}\n也可以自己设置（把占位符换成你的 Key）：\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', KEY]])}`,
  ),
  'api-key.empty': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 是空的。`,
    (v, k) => fixVar(v.name, KEY, v.source, k),
  ),
  'api-key.both-set': entry(
    (v, k) =>
      `ANTHROPIC_API_KEY（${where(v.apiKeySource, k)}）和 ANTHROPIC_AUTH_TOKEN（${where(v.tokenSource, k)}）同时设置了。Claude Code 会同时发送两者（x-api-key 和 Authorization: Bearer），并警告认证可能不按预期工作。`,
    (v, k) => `保留 ANTHROPIC_AUTH_TOKEN，去掉 ANTHROPIC_API_KEY：\n${removeVar('ANTHROPIC_API_KEY', v.apiKeySource, k)}`,
  ),
  'api-key.placeholder': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 是占位符，不是真正的 Key（例如教程里的 "sk-xxxx…" 或 "你的sk-..."）。Moonshot 会返回 401 Invalid Authentication。`,
    (v, k) => `创建 Key（${CONSOLES}），完整粘贴：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.quoted': entry(
    (v, k) =>
      v.claudeCode === 'refuses'
        ? spaced`${where(v.source, k)}中的 ${v.name} ${side(v.where)}带有中文或全角引号（“ ” ‘ ’ ＂）。Claude Code 无法发送这样的 Key，会直接报错 "${refusal(v.name)}"。`
        : spaced`${where(v.source, k)}中的 ${v.name} ${side(v.where)}带有引号。Claude Code 会把引号当作 Key 的一部分发送，Moonshot 返回 401。`,
    (v, k) => `去掉多余的引号重新设置：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.whitespace': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} ${side(v.where)}有${v.lineBreak ? '换行' : '空格'}。Claude Code 会去掉它们，但其他工具（以及 curl 测试）未必。`,
    (v, k) => fixVar(v.name, KEY, v.source, k),
  ),
  'api-key.inner-whitespace': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 中间有${v.lineBreak ? '换行' : '空格'}（第 ${v.positions.join('、')} 个字符）。Key 已损坏，Moonshot 会返回 401。`,
    (v, k) => `重新完整复制 Key：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.non-ascii': entry(
    (v, k) =>
      spaced`${where(v.source, k)}中的 ${v.name} 含有不可能出现在 Key 里的字符：${v.chars
        .slice(0, 6)
        .map((c: Values) => `第 ${c.position} 个字符 ${c.codePoint}${c.what === 'bom' ? '（BOM）' : c.what === 'invisible' ? '（不可见字符）' : c.what === 'full-width' ? '（全角字符）' : ''}`)
        .join('、')}。${
        v.claudeCode === 'refuses'
          ? `Claude Code 无法发送这样的 Key，会直接报错 "${refusal(v.name)}"。`
          : v.claudeCode === 'fails'
            ? '请求到不了 Moonshot，Claude Code 报错 "API Error: 400 status code (no body)"。'
            : 'Moonshot 会返回 401。'
      }`,
    (v, k) => `切换到英文输入法，从控制台重新复制 Key：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.bearer-prefix': entry(
    (v, k) =>
      spaced`${where(v.source, k)}中的 ${v.name} 以 "Bearer " 开头。这个词属于 Authorization 请求头，由 Claude Code 自己添加；写在值里会成为 Key 的一部分，Moonshot 返回 401。`,
    (v, k) => `只设置 Key 本身，去掉 "Bearer "：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.too-short': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 只有 ${v.length} 个字符；Moonshot 的 Key 约 50 个字符，可能复制时被截断了。`,
    (v, k) => `重新完整复制 Key：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.anthropic-key-on-kimi': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 是 Anthropic 的 Key（sk-ant-），但接口是${REGION[v.region]}，Moonshot 不认这个 Key。`,
    (v, k) => `创建 Moonshot 的 Key（${CONSOLES}）：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.kimi-code-key-on-platform': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 是 Kimi Code 的 Key（sk-kimi-），只能用于 ${ROOTS['kimi-code']}，但接口是${REGION[v.region]}。`,
    (v, k) => `要么把 Claude Code 指向 Kimi Code：\n${fixVar('ANTHROPIC_BASE_URL', ROOTS['kimi-code'], v.baseUrlSource, k)}\n要么改用开放平台的 Key（${CONSOLES}）。`,
  ),
  'api-key.platform-key-on-kimi-code': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 是 Moonshot 开放平台的 Key，但接口是 Kimi Code（api.kimi.com），它只接受 sk-kimi- 开头的 Key。`,
    (v, k) => `要么改用 Kimi Code 的 Key，要么把 Claude Code 指向开放平台：\n${regionChoices(k, v.baseUrlSource)}`,
  ),
  'api-key.unknown-prefix': entry(
    (v, k) => spaced`${where(v.source, k)}中的 ${v.name} 不是以 sk- 开头的，而 Moonshot 的 Key 都是。`,
    (v, k) => `确认你复制的是 API Key，而不是 Key 的 ID 或别处的令牌：\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.sent-to-anthropic': entry(
    (v, k) =>
      spaced`ANTHROPIC_API_KEY（${v.redacted}，来自${where(v.source, k)}）还会被发送到 api.anthropic.com（启动、统计和评估请求），于是你的 Moonshot Key 也发给了第三方。${v.telemetryOnly ? 'DISABLE_TELEMETRY=1 挡不住这些请求。' : ''}教程用的是 ANTHROPIC_API_KEY；ANTHROPIC_AUTH_TOKEN 不会被发到那里。`,
    (v, k) =>
      `关闭这些请求：\n${fixVar('CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', '1', v.source, k)}\n或者把 Key 改放到 ANTHROPIC_AUTH_TOKEN：\n${fixVar('ANTHROPIC_AUTH_TOKEN', KEY, v.source, k)}\n${removeVar('ANTHROPIC_API_KEY', v.source, k)}`,
  ),
  'api-key.settings-readable': entry(
    (v, k) => `${k.home(v.path)} 里有你的 Key，而本机其他用户可以读取它（权限 ${v.mode}）。`,
    (v, k) => k.commands([`chmod 600 ${k.home(v.path)}`]),
  ),
  'api-key.helper': entry((v, k) => spaced`${where(v.source, k)}中的 apiKeyHelper 运行 ${v.command}（${v.path}）；它的输出会同时作为 x-api-key 和 Authorization 发送。`),
  'api-key.helper-missing': entry(
    (v, k) => spaced`${where(v.source, k)}中的 apiKeyHelper 运行 ${v.command}，但找不到它或它不可执行，Claude Code 拿不到 Key。`,
    (v, k) => `安装 ${v.command}，或修正 ${k.home(v.source?.path ?? '')} 中 "apiKeyHelper" 的路径${k.shell === 'cmd' || k.shell === 'powershell' ? '' : '（并 `chmod +x`）'}。`,
  ),

  // ----- model -----
  'model.ok': entry(
    (v, k) =>
      spaced`Claude Code 主模型用 ${v.model}（${v.viaDefault ? `默认别名 ${v.alias ?? 'opus'} 经由` : ''}${setIn(v, k)}），后台任务用 ${v.smallFast}，子 agent 用 ${v.subagent}。${
        (v.needsRecharge as string[]).length ? `${(v.needsRecharge as string[]).join('、')} 需要账户已充值（代金券不算），否则 Moonshot 返回 404；余额不足时可用 ${v.lowBalance}。` : ''
      }`,
  ),
  'model.no-endpoint': entry(() => '跳过：没有可用的 ANTHROPIC_BASE_URL，无法判断模型（见 base-url 检查）。'),
  'model.gateway': entry((v) => `接口是网关，由它决定有哪些模型名（Claude Code 会请求 ${v.model}）。联网探测会实际测试。`),
  'model.unset': entry(
    (v) =>
      spaced`没有为${REGION[v.region]}配置模型，Claude Code 会发送它内置的 ${v.model}（默认别名 ${v.alias}${v.aliasSlot ? `，因为没有设置 ${v.aliasSlot}` : ''}），Kimi 不认（"There's an issue with the selected model"）。${
        (v.unusedSlots as string[]).length ? `${(v.unusedSlots as string[]).join(' 和 ')} 虽然设置了，但 Claude Code 用到的角色都不经过它。` : ''
      }`,
    (v, k) => `${guideSlotsFix(v, k)}${lowBalanceNote(v)}`,
  ),
  'model.default-claude': entry(
    (v) =>
      `${roles(v.roles)}没有从任何槽位得到模型，Claude Code 会发送它内置的 ${v.model}（默认别名 ${v.alias}${v.aliasSlot ? `，因为没有设置 ${v.aliasSlot}` : ''}），${REGION[v.region]}不提供这个模型。`,
    (v, k) => `按 Moonshot 教程把 ${v.aliasSlot ?? 'ANTHROPIC_MODEL'} 也设上：\n${k.setEnv([[v.aliasSlot ?? 'ANTHROPIC_MODEL', v.suggested]])}`,
  ),
  'model.claude-on-kimi': entry(
    (v, k) => spaced`${roles(v.roles)}使用 ${v.model}（${setIn(v, k)}），这是 Claude 的模型名，${REGION[v.region]}不提供。`,
    (v, k) => modelFix(v, k, v.suggested),
  ),
  'model.alias-unmapped': entry(
    (v, k) =>
      spaced`${roles(v.roles)}使用别名 "${v.requested}"（${setIn(v, k)}），但没有设置 ${v.envName}，Claude Code 会向 Kimi 请求它自己的 ${v.model}。`,
    (v, k) => fixVar(v.envName, v.suggested, v.source?.kind === 'settings' ? v.source : null, k),
  ),
  'model.retired': entry(
    (v, k) => spaced`${v.model}（${setIn(v, k)}）已于 ${v.retired} 被 Moonshot 下线，请求会返回 404。Moonshot 早期的 Claude Code 接入教程和网上的转载里仍能看到这类名字。`,
    (v, k) => `${modelFix(v, k, v.replacement)}${lowBalanceNote(v)}`,
  ),
  'model.small-fast-deprecated': entry(
    (v, k) =>
      spaced`ANTHROPIC_SMALL_FAST_MODEL（${v.model}，在${where(v.source, k)}中）已弃用；Claude Code 仍会优先用它跑后台任务，先于 ANTHROPIC_DEFAULT_HAIKU_MODEL${v.haiku ? `（${v.haiku}）` : ''}。`,
    (v, k) =>
      `按 Moonshot 教程改用 ANTHROPIC_DEFAULT_HAIKU_MODEL：\n${v.haiku ? '' : `${fixVar('ANTHROPIC_DEFAULT_HAIKU_MODEL', v.model, v.source, k)}\n`}${removeVar('ANTHROPIC_SMALL_FAST_MODEL', v.source, k)}`,
  ),
};
