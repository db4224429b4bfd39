// `kimi-claude explain` 的中文措辞；键与 en/explain.ts 相同，缺一条就无法通过编译。
import { KIMI_CODE_CONSOLE, KIMI_CODE_PLANS, QUOTA_WINDOWS, quotaOf, resetText } from './quota';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { explainFindings as en, explainUi as enUi } from '../en/explain';
import type { RenderKit } from '../render-kit';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';

const CN = 'https://api.moonshot.cn/anthropic';
const CONSOLES = `国内站 ${CONSOLE_URLS.cn} 或国际站 ${CONSOLE_URLS.ai}`;
const said = (v: Values) => (v.serverMessage ? `服务器返回："${v.serverMessage}"。` : '');
const status = (v: Values) => (v.status ? `（HTTP ${v.status}）` : '');
const limitName: Record<string, string> = { rpm: '每分钟请求数（RPM）', tpm: '每分钟 token 数（TPM）', tpd: '每日 token 数（TPD）', concurrency: '并发请求数' };
const baseUrlFix = (k: RenderKit) =>
  `${k.setEnv([['ANTHROPIC_BASE_URL', CN]])}\n国际站用 https://api.moonshot.ai/anthropic，Kimi Code 用 https://api.kimi.com/coding/。`;


export const explainFindings: Record<keyof typeof en, MessageEntry> = {
  'explain.ok': entry(
    () => '这段文字是一个正常的响应，不是错误。',
  ),
  'explain.auth': entry(
    (v) =>
      v.anthropicBody
        ? '密钥被拒绝（401），而且是 Anthropic 自己的措辞。Moonshot 会说 "Invalid Authentication"，所以请求可能发到了 api.anthropic.com：运行 claude 的地方 ANTHROPIC_BASE_URL 没有生效，或者是某个网关在回答。'
        : v.errorType === 'permission_denied_error'
          ? `密钥被接受了，但不允许它发出这个请求${status(v)}。${said(v)}Claude Code 显示 "Failed to authenticate"，但问题不在密钥本身。`
          : `服务端拒绝了这个密钥${status(v)}。${said(v)}常见原因：密钥输错或已被删除、密钥两边带了引号，或者用了另一个区域的密钥（.cn 的密钥只能用于 api.moonshot.cn，.ai 的只能用于 api.moonshot.ai）。`,
    (v, k) =>
      v.errorType === 'permission_denied_error'
        ? `不要更换密钥。请在控制台（${CONSOLES}）检查：这个密钥或它所属的项目是否设置了 IP 白名单，而本机的公网 IP 不在其中（添加该 IP，或取消白名单）；以及这个账户是否开通了你所用的接口或模型。`
        : `到你所用平台的控制台（${CONSOLES}）重新复制密钥，设置时不要带引号：\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', '<你的密钥>']])}\nANTHROPIC_BASE_URL 要和密钥属于同一个区域。`,
  ),
  'explain.billing': entry(
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `这是额度用完了，不是密钥错误${status(v)}：Kimi Code 会员在${QUOTA_WINDOWS[quota.kind]}的额度已用完${resetText(quota)}。${said(v)}Claude Code 把它显示在 "Failed to authenticate" 之下，但密钥是有效的。`;
      }
      return `这是欠费问题，不是认证或限流${status(v)}：账户余额不足，或套餐已暂停。${said(v)}`;
    },
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `请等待${QUOTA_WINDOWS[quota.kind]}的额度重置${resetText(quota)}；Kimi Code 控制台（${KIMI_CODE_CONSOLE}）会显示用量和重置时间。想立即继续使用，请在 ${KIMI_CODE_PLANS} 购买额外用量或升级套餐。密钥是有效的，不要更换。`;
      }
      return `到控制台充值（${CONSOLES}）；Kimi Code 用户请在 ${KIMI_CODE_PLANS} 查看套餐。代金券不计入限流等级。`;
    },
  ),
  'explain.client-not-allowed': entry(
    (v) => `Kimi Code 拒绝的是客户端，不是密钥${status(v)}。${said(v)}它只接受它认可的编程工具，并通过 User-Agent 请求头来区分。`,
    (_v, k) =>
      `Claude Code 自己的 User-Agent（claude-cli/<版本>）是 Kimi Code 接受的，所以这个请求带的是别的 User-Agent。如果 ANTHROPIC_CUSTOM_HEADERS（shell 中或 ~/.claude/settings.json 的 env 块中）设置了 User-Agent，请删掉这一行；如果它只有这一行，就删除整个变量：\n${k.unsetEnv([
        'ANTHROPIC_CUSTOM_HEADERS',
      ])}\n如果请求是由路由器、代理或其他工具代为发送的，被拒绝的是那个工具的 User-Agent：请让 Claude Code 直接连接 https://api.kimi.com/coding/。密钥没有问题，不要更换。`,
  ),
  'explain.rate-limited': entry(
    (v) => {
      const l = v.limit as { kind: string; value: number; current?: number } | undefined;
      const what = l ? `组织的${limitName[l.kind]}上限 ${l.value}${l.current !== undefined ? `（当前：${l.current}）` : ''}` : '速率限制';
      const tiers = (v.tiers as number[] | undefined) ?? [];
      return `配置本身没问题；账户触发了${what}。${tiers.length ? `这个上限属于 ${tiers.map((t) => `Tier${t}`).join(' 或 ')}。` : ''}${
        v.retryAfterSeconds !== undefined ? `Moonshot 要求等待 ${v.retryAfterSeconds} 秒。` : ''
      }${said(v)}`;
    },
    () => '稍等后重试，并减少同时运行的 Claude Code 会话。等级按累计充值计算（Tier1 从 ¥50 / $10 起，200 RPM、并发 50）；在控制台充值即可升级。',
  ),
  'explain.overloaded': entry(
    (v) => `Moonshot 的服务过载${status(v)}。这通常不是你这边的问题，配置也没有错。`,
    () =>
      '过几分钟再试。如果一直这样，用 ANTHROPIC_MODEL 换一个 Kimi 模型。在 Kimi Code（api.kimi.com）上，它不认识的客户端也会收到这个响应：如果一直不消失，请确认 ANTHROPIC_CUSTOM_HEADERS 中没有设置 User-Agent，并且请求是由 Claude Code 本身发出的，而不是其他工具。',
  ),
  'explain.model-not-found': entry(
    (v) =>
      `Claude Code 对所有 HTTP 404 都显示这一行，所以有两种可能：${v.model ? `这个账户不能使用模型 "${v.model}"` : '这个账户不能使用所请求的模型'}，或者接口地址的路径不对，最常见的是以 /v1 结尾（Claude Code 自己会加上 /v1/messages，结果变成 …/v1/v1/messages）。${
        v.claudeDefaultModel ? `"${v.model}" 是 Claude 的模型名：没有配置 Kimi 模型，所以 Claude Code 发送了它自己的默认模型。` : ''
      }${v.retired ? `"${v.model}" 已于 ${v.retired} 被 Moonshot 下线，对所有账户都返回 404。` : ''}${
        v.needsRecharge ? `"${v.model}" 在账户充值之前都会返回 404（代金券不算）。` : ''
      }`,
    (v, k) =>
      `确认接口地址是 Anthropic 兼容的根地址，不带 /v1：\n${baseUrlFix(k)}${
        v.instead
          ? `\n然后${v.model ? `把 ${v.model} 换成` : '设置'}账户可用的模型（GET /v1/models 可以列出；doctor 的 live-probe 也会显示）：\n${k.setEnv([['ANTHROPIC_MODEL', String(v.instead)]])}${
              v.insteadLowBalance ? `\n${v.instead} 需要账户已充值；没有充值请用 ${v.insteadLowBalance}。` : ''
            }`
          : ''
      }`,
  ),
  'explain.endpoint-not-found': entry(
    () => '接口地址指向的路径不存在（HTTP 404）。',
    (_v, k) => `使用 Anthropic 兼容的根地址，不带 /v1：\n${baseUrlFix(k)}`,
  ),
  'explain.bad-request': entry(
    (v) => `服务端认为请求无效${status(v)}。${said(v)}通常是模型名，或 Kimi 不支持的某个设置。`,
    () => '检查 ANTHROPIC_MODEL 以及你改过的 CLAUDE_CODE_* 或 MAX_* 设置；上面的服务器消息会指出是哪个字段。',
  ),
  'explain.server-error': entry(
    (v) => `服务器出错${status(v)}${v.host ? `（${v.host}）` : ''}。${said(v)}这是服务端问题，通常是暂时的。`,
    () => '稍后再试。如果一直出错，查看 Moonshot 的服务状态，或检查你放在前面的网关。',
  ),
  'explain.bad-response': entry(
    (v) =>
      `${v.kind === 'unparseable-json' ? '服务端返回的内容不是 JSON。' : '服务端返回了 HTTP 200，但里面没有消息。'}这通常是代理、认证页面（captive portal）、网关，或者重定向：Claude Code 会跟随重定向，并把你的密钥发给新的主机。`,
    (_v, k) =>
      `让 ANTHROPIC_BASE_URL 直接指向真正的服务端：\n${baseUrlFix(k)}\ndoctor 的 live-probe 不会跟随重定向，并会指出重定向的目标主机；如果你不认识那个主机，请当作密钥已泄露，删除并重新创建一个。`,
  ),
  'explain.timeout': entry(
    () => '在规定时间内没有收到响应。Claude Code 每次尝试最多等 10 分钟（API_TIMEOUT_MS），重试之后才显示 "Request timed out"。',
    () => '确认本机能访问该服务（防火墙、VPN、需要在 HTTPS_PROXY 中设置的代理）。网络慢时可以调大 API_TIMEOUT_MS。',
  ),
  'explain.dns': entry(
    () => 'ANTHROPIC_BASE_URL 中的主机名无法解析（DNS）：Claude Code 显示 FailedToOpenSocket。',
    (_v, k) => `检查主机名拼写（api.moonshot.cn、api.moonshot.ai、api.kimi.com）：\n${baseUrlFix(k)}\n如果拼写正确，就是当前网络无法解析：检查网络连接；如果必须通过代理上网，请设置 HTTPS_PROXY。`,
  ),
  'explain.connection-refused': entry(
    () => '该地址没有程序接受连接：ANTHROPIC_BASE_URL 的主机或端口不对，或者 HTTPS_PROXY / HTTP_PROXY 中的代理没有运行。',
    (_v, k) => `检查 ANTHROPIC_BASE_URL；启动代理，或删除代理变量：\n${k.unsetEnv(['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'])}`,
  ),
  'explain.tls': entry(
    (v) =>
      /UNKNOWN_CERTIFICATE_VERIFICATION_ERROR/i.test(String(v.matched))
        ? 'URL 写的是 https://，但该端口只支持普通 http，所以根本没有证书。'
        : 'TLS 证书不受信任：公司代理或杀毒软件在拦截 HTTPS（"Self-signed certificate detected"）。',
    (v, k) =>
      /UNKNOWN_CERTIFICATE_VERIFICATION_ERROR/i.test(String(v.matched))
        ? `本地的 http 网关请用 http://，否则使用真正的 https 地址：\n${baseUrlFix(k)}`
        : `把公司的根证书（向 IT 要一个 PEM 文件）交给 Node：\n${k.setEnv([['NODE_EXTRA_CA_CERTS', '/path/to/company-root-ca.pem']])}\n不要设置 NODE_TLS_REJECT_UNAUTHORIZED=0：它会关闭所有校验。`,
  ),
  'explain.proxy': entry(
    () => '代理拒绝了请求，或在转发时失败。',
    () => '检查 HTTPS_PROXY 中的代理地址、用户名和密码；如果服务端不需要代理，把它加入 NO_PROXY。',
  ),
  'explain.network': entry(
    () => '到服务端的连接中断了（被重置，或网络不可达）。',
    () => '检查网络、VPN 和代理设置，然后重试。',
  ),
  'explain.command-not-found': entry(
    (v) =>
      `你的 ${v.shellFamily === 'cmd' ? 'cmd.exe' : v.shellFamily === 'powershell' ? 'PowerShell' : 'shell'} 找不到 claude 命令：Claude Code 没有安装，或者它所在的目录不在 PATH 中。`,
    (_v, k) =>
      `安装 Claude Code（需要 Node.js 18 或更高版本）：\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\n然后打开一个新终端。如果已经安装，把 npm 的全局目录（npm prefix -g）加入 PATH。`,
  ),
  'explain.not-logged-in': entry(
    (v) =>
      v.kind === 'key-rejected-at-prompt'
        ? '在 "Do you want to use this API key?" 提示时拒绝了这个密钥（默认选项是 No）。Claude Code 把它记在 ~/.claude.json（customApiKeyResponses.rejected）里，之后就忽略这个密钥。'
        : 'Claude Code 没有找到任何凭据：运行 claude 的地方（shell，或 ~/.claude/settings.json 的 env 块）既没有 ANTHROPIC_AUTH_TOKEN，也没有 ANTHROPIC_API_KEY。',
    (v, k) =>
      v.kind === 'key-rejected-at-prompt'
        ? '从 ~/.claude.json 的 "customApiKeyResponses" → "rejected" 中删除这个密钥的记录（或改用 ANTHROPIC_AUTH_TOKEN），然后重新启动 claude 并回答 Yes。'
        : `在启动 claude 的同一个终端里设置密钥：\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', '<你的密钥>']])}`,
  ),
  'explain.onboarding': entry(
    () => '交互式首次启动时，Claude Code 会访问 https://api.anthropic.com/api/hello，这一步失败了。它发生在使用你的 Kimi 服务之前，在无法访问 api.anthropic.com 的网络里很常见。',
    () => '把引导标记为已完成：在 ~/.claude.json 中设置 "hasCompletedOnboarding": true（文件不存在就创建为 {"hasCompletedOnboarding": true}），然后重新启动 claude。',
  ),
  'explain.auth-conflict': entry(
    () => 'ANTHROPIC_AUTH_TOKEN 和 ANTHROPIC_API_KEY 同时设置了。Claude Code 会两个都发送，而且 ANTHROPIC_API_KEY 还会被发到 api.anthropic.com。',
    (_v, k) => `Kimi 只需要 ANTHROPIC_AUTH_TOKEN：\n${k.unsetEnv(['ANTHROPIC_API_KEY'])}\n如果 ~/.claude/settings.json 的 env 块里也有，一并删除。`,
  ),
  'explain.invalid-url': entry(
    (v) => {
      const problems = (v.problems as string[]) ?? [];
      const why = problems.length
        ? problems.map((p) => ({ quotes: '引号', 'full-width': '全角字符（例如 ：）', spaces: '空格' })[p] ?? p).join('和')
        : 'URL 中不允许的字符';
      if (v.baseUrl === null || v.baseUrl === undefined) {
        return 'ANTHROPIC_BASE_URL 不是有效的 URL，通常是值里带了引号，或有全角字符（例如 ：或 ／）。Claude Code 在发送任何请求之前就停止了。';
      }
      return `ANTHROPIC_BASE_URL 不是有效的 URL：其中有${why}（值：${v.baseUrl}）。Claude Code 在发送任何请求之前就停止了。`;
    },
    (v, k) =>
      `用半角 ASCII 字符重新设置，值里不要带引号（也检查 ~/.claude/settings.json 的 env 块）：\n${k.setEnv([['ANTHROPIC_BASE_URL', /^https?:\/\/[\x21-\x7e]+$/.test(String(v.suggestedUrl)) ? String(v.suggestedUrl) : CN]])}`,
  ),
  'explain.output-token-limit': entry(
    (v) => `请求本身成功了；回答超过了 ${v.maxTokens} 个 token 的输出上限。`,
    (_v, k) => `要求更短的回答，或调高上限：\n${k.setEnv([['CLAUDE_CODE_MAX_OUTPUT_TOKENS', '64000']])}`,
  ),
};

const seconds = (s: number) => (s >= 90 ? `约 ${Math.round(s / 60)} 分钟` : `约 ${s} 秒`);

export const explainUi: typeof enUi = {
  cause: '原因',
  claudeCodeDid: 'Claude Code 做了什么',
  remedy: '怎么办',
  confirm: '用 doctor 确认',
  matched: '识别出的行',
  confidence: '把握',
  confidenceLevels: { high: '高', medium: '中', low: '低' },
  verdictNames: {
    ok: '没有错误',
    auth: '认证失败',
    billing: '欠费或额度用尽',
    'client-not-allowed': '客户端不被允许',
    'rate-limited': '触发限流',
    overloaded: '服务过载',
    'model-not-found': '模型不可用',
    'endpoint-not-found': '接口地址不存在',
    'bad-request': '请求无效',
    'server-error': '服务端错误',
    'bad-response': '响应异常',
    timeout: '超时',
    dns: '域名解析失败',
    'connection-refused': '连接被拒绝',
    tls: 'TLS 握手或证书失败',
    proxy: '代理问题',
    network: '网络故障',
    'command-not-found': '找不到命令',
    'not-logged-in': '未登录',
    onboarding: '首次启动检查',
    'auth-conflict': '认证方式冲突',
    'invalid-url': '地址无效',
    'output-token-limit': '输出长度达到上限',
  },
  alternatives: '同一行也可能表示',
  alsoSeen: '屏幕上还有',
  retriedOnScreen: (attempt, max) => `屏幕上显示的是第 ${attempt} 次重试（共 ${max} 次）。`,
  behaviour: {
    retried: (retries, waitSeconds, fromScreen) =>
      `它以逐渐增加的间隔重试了 ${retries} 次，总共${seconds(waitSeconds)}，然后才显示这一行${fromScreen ? '' : '（CLAUDE_CODE_MAX_RETRIES 可以改变次数）'}。`,
    retriedOnce: () => '它以非流式方式重试了一次，然后显示这一行。',
    answeredOnce: () => '它直接显示了第一次的响应；这类错误不会重试。',
    requestSucceeded: () => '请求本身是成功的。',
    noRequest: () => '它在向服务端发送任何请求之前就停止了。',
    onboardingCheck: () => '它停在首次启动检查，还没用到你的服务端。',
    notStarted: () => 'Claude Code 根本没有启动：shell 找不到它。',
  },
  unrecognised: '在这段文字中没有识别出已知的 Claude Code 错误。',
  closestGuesses: '最接近的猜测',
  runDoctor: '运行完整的 doctor 来查明原因：kimi-claude doctor',
};
