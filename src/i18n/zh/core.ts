// 报告框架与安装检查（node、claude-cli）的中文措辞，以及运行器自身的发现。
import type { MessageEntry, UiStrings, Values } from '../catalog';
import { entry } from '../entry';
import type { coreFindings as en } from '../en/core';
import type { NodeInstaller } from '../../facts/node-installer';
import { NODE_DOWNLOAD, nodeAdvice } from '../node-advice';
import type { RenderKit } from '../render-kit';

const startupWhere = (w: ReadonlyArray<{ path: string; line: number }>) => w.map((l) => `${l.path} 第 ${l.line} 行`).join('、');

const NODE_INSTALLER: Record<NodeInstaller, string> = {
  nvm: 'nvm',
  fnm: 'fnm',
  volta: 'Volta',
  mise: 'mise',
  homebrew: 'Homebrew',
  distro: '发行版的包管理器',
  official: '官方安装包',
  unknown: '',
};

/** 用安装当前 node 的那个工具来安装新版本。 */
function installNode(v: Values, k: RenderKit): string {
  const { installer, lts, commands: cmds } = nodeAdvice(v, k);
  if (cmds) {
    const by = installer === 'unknown' || installer === 'official' ? '用 winget 安装' : `用 ${NODE_INSTALLER[installer]} 安装${v.path ? '（当前的 Node 就是它装的）' : ''}`;
    return `，${by}：\n${k.commands(cmds)}`;
  }
  if (installer === 'distro') {
    return `。当前的 Node 来自${NODE_INSTALLER.distro}，版本往往落后：请从 ${NODE_DOWNLOAD} 获取 ${lts}（那里有 Debian、Ubuntu、Fedora 等发行版的软件源，以及各个版本管理器的用法）。`;
  }
  if (installer === 'official') return `：从 ${NODE_DOWNLOAD} 下载${NODE_INSTALLER.official}（当前的 Node 就是用它装的）。`;
  return `：从 ${NODE_DOWNLOAD} 下载，或使用你正在用的版本管理器（nvm、fnm、Volta）。`;
}

export const titles: Record<string, string> = {
  node: 'Node.js 与 npm',
  'claude-cli': 'Claude Code 命令行',
};

export const ui: UiStrings = {
  categories: { install: '安装', config: '配置', network: '网络' },
  status: { pass: '通过', warn: '警告', fail: '失败', skip: '跳过' },
  reportTitle: 'kimi-claude 诊断报告',
  titleVersion: (version) => `（kimi-claude ${version}）`,
  environment: '环境',
  checks: '检查项',
  details: '详情',
  check: '检查',
  result: '结果',
  notes: '说明',
  envLabels: {
    os: '操作系统',
    arch: '架构',
    node: 'Node.js',
    npm: 'npm',
    shell: 'Shell',
    claude: 'Claude Code',
    installMethod: '安装方式',
    locale: '语言区域',
    doctor: 'kimi-claude',
  },
  unknown: '未知',
  installMethods: { 'npm-global': 'npm 全局安装', native: '原生安装', other: '其他方式' },
  verdictAllPassed: (n) => `全部 ${n} 项检查通过：Claude Code 可以使用 Kimi 了。`,
  verdictSelectedPassed: (n, unchecked) => `运行的 ${n} 项检查全部通过；另有 ${unchecked} 项没有运行或被跳过，请运行完整的诊断后再确认 Claude Code 可用。`,
  verdictProblems: (fails, warns, strict) =>
    fails === 0
      ? `没有问题，但有 ${warns} 个警告，而 --strict 把警告也算作失败：请处理上面标 ! 的项目，然后重新运行诊断。`
      : `${fails} 个问题${warns ? `、${warns} 个警告` : ''}：请先处理上面标 ✗ ${strict && warns ? '和 ! 的项目（--strict：警告也算失败）' : '的项目'}，然后重新运行诊断。`,
  verdictWarningsOnly: (warns) => `没有问题，但有 ${warns} 个警告：Claude Code 应该能用，请看一下上面标 ! 的项目。`,
  inThisTerminal: '仅当前终端：',
  forNewTerminals: '对以后新开的终端永久生效：',
  setxNote: 'setx 只对新开的窗口生效，当前窗口仍是旧值，请新开一个窗口。',
  openNewTerminal: '然后新开一个终端（或 source 该文件）。',
  startupLines: {
    change: (w) => `对以后新开的终端：${startupWhere(w)}已经设置了它，请修改那一行，不要再追加一行（会保留 .bak 备份）：`,
    replaceWith: (w) => `对以后新开的终端：${startupWhere(w)}已经设置了它，请把那一行改成：`,
    delete: (w) => `对以后新开的终端：删除 ${startupWhere(w)}，那里设置了它（会保留 .bak 备份）：`,
    deleteByHand: (w) => `另外请删除 ${startupWhere(w)}，那里设置了它。`,
    none: '你的 shell 启动文件都没有设置它，所以没有要删除的行。',
  },
  addToPathHeading: '把它加入 PATH：',
  timing: (ms) => `${ms} 毫秒`,
  crashDetails: '详情',
  progress: (done, total, running) => `正在检查… 已完成 ${done}/${total}，等待 ${running}`,
};

export const coreFindings: Record<keyof typeof en, MessageEntry> = {
  'internal.crash': entry(
    (v) => `该检查因内部错误而中止：${v.error}`,
    () => '这是 kimi-claude 自身的缺陷，不是你的配置问题，其余检查结果仍然有效。请附上 `kimi-claude doctor --verbose` 的输出反馈给我们。',
  ),
  'internal.timeout': entry(
    (v) => `该检查在 ${v.seconds} 秒内没有完成，已被停止。`,
    () => '本机某个环节响应很慢（网络盘、卡住的程序、很慢的代理）。请重新运行；如果反复出现，请用 --verbose 运行并反馈。',
  ),
  'internal.malformed-result': entry(
    () => '该检查返回了诊断程序无法理解的结果。',
    () => '这是 kimi-claude 自身的缺陷。请附上 `kimi-claude doctor --verbose` 的输出反馈给我们。',
  ),
  'skip.offline': entry(
    () => '已跳过：指定了 --offline，不进行任何网络请求。',
  ),
  'skip.platform': entry(
    (v) => `已跳过：此项只适用于 ${v.platform}。`,
  ),

  'node.ok': entry(
    (v) => `Node.js ${v.version}（${v.path}）满足 Claude Code 的要求（${v.required}）。`,
  ),
  'node.ok-native': entry(
    (v) => `Node.js ${v.version}，位于 ${v.path}。这里的 Claude Code 是原生版本，完全不使用 Node；Node 只对你用 npm 安装的工具有影响。`,
  ),
  'node.not-found': entry(
    () => 'PATH 中找不到 `node`。用 npm 安装和更新 Claude Code 都需要 Node.js。',
    (v, k) => `安装 Node.js ${v.suggestedLts} LTS${installNode(v, k)}\n然后新开一个终端。`,
  ),
  'node.too-old': entry(
    (v) =>
      `Node.js ${v.version}（${v.path}）版本过旧：已安装的 Claude Code${v.claudeVersion ? ` ${v.claudeVersion}` : ''} 需要 ${v.required}${
        v.requiredSource === 'default' ? '（未找到 npm 安装，按最低支持版本判断）' : ''
      }。`,
    (v, k) => `安装 Node.js ${v.suggestedLts} LTS${installNode(v, k)}\n然后重新安装 Claude Code：\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}`,
  ),
  'node.too-old-native': entry(
    (v) =>
      v.viaNpm
        ? `Node.js ${v.version} 低于 Claude Code ${v.claudeVersion ?? ''} 声明的 ${v.required}。claude 本身仍可运行：npm 包安装的是原生程序（自 2.1.113 起），运行时不依赖 Node。但用 npm 安装和更新时会用到 Node：npm 会警告（EBADENGINE），包的安装脚本也只支持 ${v.required}。`
        : `Node.js ${v.version} 低于 ${v.required}，但当前的 Claude Code 是原生版本，运行时不依赖 Node。只有用 npm 更新 Claude Code 时才需要新版 Node。`,
    (v, k) =>
      v.viaNpm
        ? `运行 claude 暂时无需任何操作。下次更新前，请先安装 Node.js ${v.suggestedLts} LTS${installNode(v, k)}`
        : `运行 claude 无需任何操作。以后如需用 npm 更新，请先安装 Node.js ${v.suggestedLts} LTS。`,
  ),
  'node.eol': entry(
    (v) =>
      v.eolDate ? `Node.js ${v.major} 已于 ${v.eolDate} 停止维护，不再获得安全更新。` : `Node.js ${v.major} 早已停止维护，不再获得安全更新。`,
    (v, k) => `请升级到 Node.js ${v.suggestedLts} LTS${installNode(v, k)}`,
  ),
  'node.differs-from-runtime': entry(
    (v) =>
      `诊断程序运行在 Node.js ${v.runtimeVersion}（${v.runtimePath}）上，但 PATH 中第一个 \`node\`（npm 和 claude 实际使用的）是 ${v.version ?? '（版本未知）'}（${v.path}）。本报告按 PATH 中的那个判断。`,
  ),
  'node.version-unknown': entry(
    (v) => `无法确定 ${v.path} 的版本：${versionProblem(v.reason)}。`,
    () => '请自己运行 `node --version`；如果报错或卡住，请重新安装 Node.js。',
  ),
  'npm.ok': entry(
    (v) => `npm ${v.version ?? '（版本未知）'}（${v.path}）${v.globalBin ? `；全局命令安装到 ${v.globalBin}` : ''}。`,
  ),
  'npm.not-found': entry(
    () => 'PATH 中找不到 `npm`：`npm install -g @anthropic-ai/claude-code` 以及通过 npm 更新都无法进行。',
    () => 'npm 随 Node.js 一起安装：请从 https://nodejs.org（或用版本管理器）重新安装 Node.js，然后新开一个终端。',
  ),
  'npm.global-bin-not-on-path': entry(
    (v) => `npm 的全局命令目录 ${v.globalBin} 不在 PATH 中，所以 \`npm install -g @anthropic-ai/claude-code\` 之后 shell 会提示 "claude: command not found"。`,
    (v, k) => k.addToPath(v.globalBin),
  ),

  'claude.ok': entry(
    (v) => `Claude Code ${v.version ?? '（版本未知）'}，位于 ${v.path}（${methodName(v.installMethod)}）。`,
  ),
  'claude.not-found': entry(
    () => 'PATH 中找不到 `claude` 命令。',
    (_v, k) =>
      k.shell === 'powershell' || k.shell === 'cmd'
        ? `用 npm 安装 Claude Code（需要 Node.js 18 或更新）：\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\n或使用原生安装器（PowerShell）：\n${k.commands(['irm https://claude.ai/install.ps1 | iex'])}\n然后新开一个终端。`
        : `用 npm 安装 Claude Code：\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\n或使用原生安装器：\n${k.commands(['curl -fsSL https://claude.ai/install.sh | bash'])}\n然后新开一个终端。`,
  ),
  'claude.local-bin-not-on-path': entry(
    (v) => `Claude Code 已安装在 ${v.path}，但 ${v.dir} 不在 PATH 中，shell 找不到 \`claude\`。`,
    (v, k) => k.addToPath(v.dir),
  ),
  'claude.npm-bin-not-on-path': entry(
    (v) => `Claude Code 安装在 npm 的全局命令目录（${v.path}），但 ${v.dir} 不在 PATH 中。`,
    (v, k) => k.addToPath(v.dir),
  ),
  'claude.native-binary-missing': entry(
    (v) =>
      `${v.packageDir} 处的 npm 包缺少原生程序：安装脚本没有运行（--ignore-scripts、部分 pnpm 配置），或平台包被跳过（--omit=optional）。运行 claude 会提示 "claude native binary not installed"。`,
    (v, k) =>
      `运行该包的安装步骤，或不带 --ignore-scripts / --omit=optional 重新安装：\n${k.commands([
        `node ${/\s/.test(v.installScript) ? `"${v.installScript}"` : v.installScript}`,
      ])}\n或\n${k.commands(['npm install -g @anthropic-ai/claude-code --include=optional --foreground-scripts'])}`,
  ),
  'claude.shadowed': entry(
    (v) =>
      `PATH 中有 ${v.count} 个不同版本的 claude：实际运行的是 ${v.first.path}（${v.first.version ?? '?'}），排在它后面的 ${v.others
        .map((o: { path: string; version: string | null }) => `${o.path}（${o.version ?? '?'}）`)
        .join('、')}不会被运行。`,
    (v) =>
      `只保留一份安装，否则更新可能装到并不运行的那一份上。删除 npm 安装：\`npm uninstall -g @anthropic-ai/claude-code\`；删除原生安装：删掉 ${v.nativeLauncher} 和 ${v.nativeVersions}。`,
  ),
  'claude.version-unknown': entry(
    (v) => `无法确定 ${v.path} 的版本：${versionProblem(v.reason)}。`,
    () => '请自己运行 `claude --version`；如果报错，请重新安装 Claude Code。',
  ),
  'claude.install-method-mismatch': entry(
    (v, k) =>
      `${k.home(v.file)} 中记录的 installMethod 是 "${v.recorded}"，但 PATH 中的 claude 实际是“${methodName(v.actual)}”。自动更新按记录的方式进行，可能更新到你并不运行的那一份。`,
    (v, k) => `把 ${k.home(v.file)} 中的 "installMethod" 改为 "${v.expected}"，或删掉这一行，让 Claude Code 重新记录。`,
  ),
};

/** 版本无法确定的原因（src/facts/spawn-version.ts 中的 VersionProblem）。 */
function versionProblem(r: Values): string {
  switch (r?.kind) {
    case 'timeout':
      return `\`--version\` 在 ${r.seconds} 秒内没有响应`;
    case 'spawn-failed':
      return `无法启动（${r.error}）`;
    case 'bad-exit':
      return `\`--version\` 以退出码 ${r.exitCode ?? '?'} 结束${r.output ? `：${r.output}` : '，且没有输出版本号'}`;
    case 'script-shim':
      return '它是一个脚本启动器（诊断程序只读取、不运行它），里面没有指向已知的包';
    case 'broken-link':
      return '它是一个失效的链接';
    case 'binary-missing':
      return '它的原生程序缺失';
    default:
      return '原因未知';
  }
}

/** 安装方式的中文名（未知的值原样显示）。 */
function methodName(method: unknown): string {
  return (ui.installMethods as Record<string, string>)[String(method)] ?? String(method);
}
