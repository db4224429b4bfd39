// `doctor --fix`（每项修复做什么、为什么、结果如何）与 `kimi-claude setup` 的中文措辞。
import { CONSOLE_URLS } from '../../network/moonshot-hosts';
import type { MessageEntry } from '../catalog';
import { entry } from '../entry';
import { jsonCause } from './config';
import type { fixFindings as enFixFindings } from '../en/fix';

const host = (url: string) => new URL(url).host;
const liveList = (v: { live?: unknown }) => (Array.isArray(v.live) ? v.live.join('、') : '');

export const fixFindings: Record<keyof typeof enFixFindings, MessageEntry> = {
  'fix.onboarding': entry(
    (v, kit) =>
      `在 ${kit.home(v.file)} 中设置 "hasCompletedOnboarding": true，这样首次交互启动时不会去连接 api.anthropic.com（连不上时会报 "Unable to connect to Anthropic services" 并退出）。`,
  ),
  'fix.custom-api-url.align': entry(
    (v, kit) =>
      `把 ${kit.home(v.file)} 中的 customApiUrl 从 ${v.from} 改为 ${v.to}，即 Claude Code 实际使用的接口地址。Claude Code 并不读取 customApiUrl，这样做只是避免它误导你。`,
  ),
  'fix.custom-api-url.remove': entry(
    (v, kit) =>
      `从 ${kit.home(v.file)} 中删除 customApiUrl（${v.from}）：Claude Code 不读取它；没有 ANTHROPIC_BASE_URL 时，所有请求都会发往 api.anthropic.com。`,
    (v, kit) =>
      `请在 Claude Code 会读取的地方设置接口地址：运行 \`kimi-claude setup\`，或者\n${kit.setEnv([['ANTHROPIC_BASE_URL', String(v.suggestedUrl ?? v.from)]])}`,
  ),
  'fix.key.unreject': entry(
    (v, kit) =>
      `在 ${kit.home(v.file)} 中把当前的 Key（${v.keyShown}）从 customApiKeyResponses.rejected 移到 approved：它曾在 "Do you want to use this API key?" 提示中被拒绝（默认选项是 No），所以 Claude Code 显示 "Not logged in"。`,
  ),
  'fix.key.unquote': entry(
    (v, kit) =>
      `去掉 ${kit.home(v.file)} 中 ${v.name} 两边的引号（${v.keyShown}）：Claude Code 不会去掉它们，Moonshot 收不到原样的 Key。`,
  ),
  'fix.key-file.mode': entry(
    (v, kit) =>
      `把 ${kit.home(v.file)} 改为仅你本人可读（chmod 600，权限 ${v.from} → ${v.to}）：它保存着你的 API 密钥，而本机其他用户目前可以读取它。此项无需备份，\`chmod ${String(v.from).slice(1)} ${kit.home(v.file)}\` 即可撤销。`,
  ),
  'fix.base-url.settings': entry(
    (v, kit) => `把 ${kit.home(v.file)} 中的 ANTHROPIC_BASE_URL 从 ${JSON.stringify(v.from)} 改为 ${v.to}。`,
  ),
  'fix.disable-nonessential-traffic': entry(
    (v, kit) =>
      `在 ${kit.home(v.file)} 的 "env" 中加入 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1：设置了 ANTHROPIC_API_KEY 时，Claude Code 还会把你的 Key 发给 api.anthropic.com。`,
  ),
  'fix.base-url.shell': entry(
    (v) =>
      `ANTHROPIC_BASE_URL 来自当前终端的环境变量（${JSON.stringify(v.from)}）。--fix 从不修改 shell 启动文件或环境变量，请自行把它设为 ${v.to}：`,
    (v, kit) => kit.setEnv([['ANTHROPIC_BASE_URL', String(v.to)]]),
  ),
  'fix.base-url.env-file': entry(
    (v, kit) => `ANTHROPIC_BASE_URL 来自 ${kit.home(v.sourcePath)}（--env-file），--fix 不修改该文件。`,
    (v) => `把其中 ANTHROPIC_BASE_URL 这一行改为：\n    ANTHROPIC_BASE_URL=${v.to}`,
  ),
  'fix.base-url.managed': entry(
    (v, kit) => `ANTHROPIC_BASE_URL 来自托管设置 ${kit.home(v.sourcePath)}，该文件由管理员维护。`,
    (v) => `请管理员在该文件中把 ANTHROPIC_BASE_URL 设为 ${v.to}。`,
  ),
  'fix.blocked.invalid-json': entry(
    (v, kit) => `${kit.home(v.file)} 不是有效的 JSON：第 ${v.line} 行第 ${v.column} 列${jsonCause(String(v.cause))}。--fix 不会改写无法解析的文件，所以保持原样。`,
    (v) => `手动改好第 ${v.line} 行，然后重新运行 --fix。`,
  ),
  'setup.blocked.invalid-json': entry(
    (v, kit) => `${kit.home(v.file)} 不是有效的 JSON：第 ${v.line} 行第 ${v.column} 列${jsonCause(String(v.cause))}。setup 不会改写无法解析的文件，所以什么也没有写入。`,
    (v) => `手动改好第 ${v.line} 行，然后重新运行 \`kimi-claude setup\`。`,
  ),
  'fix.blocked.not-utf8': entry(
    (v, kit) => `${kit.home(v.file)} 不是 UTF-8 文本；--fix 不会改动它。`,
  ),
  'fix.blocked.unreadable': entry(
    (v, kit) => `无法读取 ${kit.home(v.file)}（${v.detail}）；其内容未作任何修改。`,
  ),
  'fix.blocked.not-an-object': entry(
    (v, kit) => `${kit.home(v.file)}：${v.detail}；--fix 不会覆盖它无法理解的值。`,
  ),
  'fix.result.updated': entry(
    (v, kit) => `已更新 ${kit.home(v.file)}（备份：${kit.home(v.backup)}）。`,
  ),
  'fix.result.mode-changed': entry(
    (v, kit) => `已将 ${kit.home(v.file)} 的权限改为 ${v.to}。`,
  ),
  'fix.result.created': entry(
    (v, kit) => `已创建 ${kit.home(v.file)}。`,
  ),
  'fix.result.unchanged': entry(
    (v, kit) => `${kit.home(v.file)} 已是这些值，未写入任何内容。`,
  ),
  'fix.result.dry-run': entry(
    (v, kit) =>
      v.mode === 'confirm'
        ? `如果在下方回答 y，将修改 ${kit.home(v.file)}：`
        : v.mode === 'declined'
          ? `${kit.home(v.file)} 保持原样。`
          : v.mode === 'no-tty'
            ? `将会修改 ${kit.home(v.file)}（仅预览：未写入任何内容）：`
            : `将会修改 ${kit.home(v.file)}（试运行：未写入任何内容）：`,
  ),
  'fix.result.changed': entry(
    (v, kit) => `kimi-claude 运行期间 ${kit.home(v.file)} 被修改了（Claude Code 是否正在运行？）；未写入任何内容。`,
    () => '请重新运行该命令。',
  ),
  'fix.result.read-only': entry(
    (v, kit) => `${kit.home(v.file)} 是只读文件（权限 ${v.detail}）；kimi-claude 不会写入所有者设为只读的文件，因此未写入任何内容。`,
    (v, kit) => `如果确实需要修改，请先让它可写（chmod u+w ${kit.home(v.file)}），再重新运行该命令。`,
  ),
  'fix.result.hard-link': entry(
    (v, kit) =>
      `${kit.home(v.file)} 是硬链接（同一个文件有 ${v.detail} 个名称，例如 dotfiles 目录中的一份）；替换它会使两者分离，因此未写入任何内容。`,
    (v, kit) => `用 \`find ~ -samefile ${kit.home(v.file)}\` 找到另一个名称，在那里手动修改；或把其中一个改为符号链接，再重新运行该命令。`,
  ),
  'fix.result.owner': entry(
    (v, kit) => `${kit.home(v.file)} 属于另一个用户（${v.detail}），kimi-claude 无法让新文件保持同一所有者；未写入任何内容。`,
    () => '请以文件所有者的身份运行该命令。',
  ),
  'fix.result.failed': entry(
    (v, kit) => `无法写入 ${kit.home(v.file)}（${v.detail}）；文件保持原样。`,
  ),
  'fix.none': entry(
    () => '没有可以自动修复的问题。',
  ),
  'fix.confirm': entry(
    () => '应用这些修改吗？每个文件都会先备份。[y/N] ',
  ),
  'fix.previewed': entry(
    (v) =>
      v.reason === 'no-tty'
        ? '仅预览：没有终端时，除非给出 --yes，--fix 不会修改任何文件。'
        : v.reason === 'declined'
          ? '没有做任何修改。'
          : '试运行：没有做任何修改。',
    () => '要真正应用这些修改：kimi-claude doctor --fix --yes',
  ),
  'fix.before-after': entry(
    (v) => `${v.title}：${v.before} → ${v.after}`,
  ),
  'fix.heading': entry(
    () => '自动修复',
  ),
  'fix.after-heading': entry(
    () => '修复前 → 修复后',
  ),
  'setup.region-prompt': entry(
    () =>
      `你的密钥属于哪个 Moonshot 服务？\n  1) cn         ${host(CONSOLE_URLS.cn)}（国内站）\n  2) ai         ${host(CONSOLE_URLS.ai)}（国际站）\n  3) kimi-code  Kimi Code 订阅（api.kimi.com）\n请选择 1-3：`,
  ),
  'setup.region-invalid': entry(
    (v) => `"${v.answer}" 不是 1、2、3、cn、ai、kimi-code 之一。`,
  ),
  'setup.region-required': entry(
    () => '标准输入不是终端时必须提供 --region。',
    () => '请加上 --region cn、--region ai 或 --region kimi-code。',
  ),
  'setup.key-prompt': entry(
    () => '请粘贴你的 API 密钥（输入不会显示），然后按回车：',
  ),
  'setup.key-missing': entry(
    () => '没有提供 API 密钥。',
    () =>
      '请通过标准输入传入，例如 `kimi-claude setup --region cn < key.txt`，或在终端中运行 setup 按提示输入。密钥从不通过命令行参数传入，否则会留在 shell 历史记录中。',
  ),
  'setup.key-whitespace': entry(
    (v) => `密钥第 ${v.position} 个字符处有空白；密钥应是连续的一串字符。`,
  ),
  'setup.key-too-long': entry(
    (v) => `密钥${v.cut ? '超过' : '长达'} ${v.length} 个字符（密钥最多 ${v.max} 个），不是一个密钥。未写入任何内容。`,
    () => '只传入密钥本身，例如 `kimi-claude setup --region cn < key.txt`，文件中只有一行密钥。',
  ),
  'setup.key-multiline': entry(
    (v) => `输入有 ${v.lines} 行；密钥只有一行。未写入任何内容。`,
    () => '只传入密钥本身，放在一行内。',
  ),
  'setup.key-bearer': entry(
    () => '密钥以 "Bearer " 开头：这个词属于 Authorization 请求头，由 Claude Code 自己添加。未写入任何内容。',
    () => '只提供密钥本身，去掉 "Bearer "。',
  ),
  'setup.key-quoted': entry(
    () => '密钥两侧带有引号；Claude Code 会把引号当作密钥的一部分发送。未写入任何内容。',
    () => '去掉引号，只提供密钥本身。',
  ),
  'setup.key-placeholder': entry(
    () => '这是占位符（如指南中的 "sk-xxxx…"），不是真正的密钥。未写入任何内容。',
    () => `请在 ${host(CONSOLE_URLS.cn)} / ${host(CONSOLE_URLS.ai)} 或 Kimi Code 创建密钥，并完整粘贴。`,
  ),
  'setup.key-non-ascii': entry(
    (v) => `密钥第 ${v.position} 个字符是 ${v.codePoint}，密钥中不能有这个字符。未写入任何内容。`,
    () => '从控制台以纯文本重新复制密钥。',
  ),
  'setup.key-too-short': entry(
    (v) => `密钥只有 ${v.length} 个字符（真正的密钥至少 ${v.min} 个），可能复制时被截断了。未写入任何内容。`,
    () => '重新完整复制密钥。',
  ),
  'setup.key-prefix': entry(
    () => '密钥不以 "sk-" 开头，不是 Moonshot 的密钥。',
  ),
  'setup.key-anthropic': entry(
    () => `这是 Anthropic 的密钥（sk-ant-…）；需要使用 ${host(CONSOLE_URLS.cn)} / ${host(CONSOLE_URLS.ai)} 或 Kimi Code 的密钥。`,
  ),
  'setup.key-kimi-on-platform': entry(
    (v) => `这是 Kimi Code 密钥（sk-kimi-…），只能配合 --region kimi-code 使用，不能用于 --region ${v.region}。`,
  ),
  'setup.key-platform-on-kimi': entry(
    () => 'Kimi Code 密钥以 "sk-kimi-" 开头；这看起来是 Moonshot 开放平台的密钥，请改用 --region cn 或 --region ai。',
  ),
  'setup.base-url-invalid': entry(
    (v) => `--base-url "${v.url}" 不是 http(s) 地址。`,
    () => '请给出 Anthropic 兼容接口的根地址，例如 https://api.moonshot.cn/anthropic 或你的网关地址。',
  ),
  'setup.model-invalid': entry(
    (v) => `--model ${JSON.stringify(v.model)} 不是模型名称：其中含有空白或引号。`,
    (v) => `只写名称本身，可选：${liveList(v)}。`,
  ),
  'setup.model-retired': entry(
    (v) => `--model ${v.model} 已于 ${v.retired} 被 Moonshot 下线，请求会返回 404，setup 不会写入它。`,
    (v) => `请选择当前可用的模型：${liveList(v)}。`,
  ),
  'setup.model-claude': entry(
    (v) => `--model ${v.model} 是 Claude 的模型，Kimi 不提供。`,
    (v) => `请选择 Kimi 的模型：${liveList(v)}。`,
  ),
  'setup.shell-model': entry(
    (v) =>
      `当前终端设置了 ${(v.names as string[]).map((n, i) => `${n}=${(v.values as string[])[i]}`).join(' 和 ')}。${(v.names as string[]).includes('ANTHROPIC_MODEL') ? 'ANTHROPIC_MODEL 优先于 setup 写入的模型槽位' : 'ANTHROPIC_SMALL_FAST_MODEL（已弃用）优先于 ANTHROPIC_DEFAULT_HAIKU_MODEL'}，Claude Code 仍会使用它。`,
    (v, kit) => `请从 shell（以及启动文件）中删除：\n${kit.unsetEnv(v.names as string[])}`,
  ),
  'setup.wrote': entry(
    (v, kit) =>
      `已在 ${kit.home(v.settingsFile)} 中为 ${v.region} 配置 Claude Code（${v.baseUrl}，模型 ${v.model}）；并在 ${kit.home(v.claudeJson)} 中标记已完成引导。`,
    (v) =>
      v.needsRecharge
        ? `模型按 Moonshot 教程写入 ${(v.slots as string[]).join('、')}。${v.model} 需要账户已充值（代金券不算），否则请求会返回 404；余额不足时请加 --model ${v.lowBalance} 重新运行 setup。`
        : `模型按 Moonshot 教程写入 ${(v.slots as string[]).join('、')}。`,
  ),
  'setup.print-intro': entry(
    (v) => `未写入任何文件。以下 ${v.shell} 命令通过环境变量实现相同配置；密钥以不回显方式读取，不会留在 shell 历史记录中：`,
  ),
  'setup.print-notes': entry(
    (v, kit) =>
      `设置文件优先于环境变量：如果 ${kit.home(v.settingsFile)} 设置了这些变量中的任何一个，以文件中的值为准。另外请在 ${kit.home(v.claudeJson)} 中设置 "hasCompletedOnboarding": true（kimi-claude setup 会替你完成）。`,
  ),
  'setup.failed': entry(
    () => '配置未完成；上面的信息说明了哪些文件已写入、哪些没有。',
  ),
};
