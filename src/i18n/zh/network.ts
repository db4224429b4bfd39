// 网络检查（proxy、live-probe）的中文措辞。
import { KIMI_CODE_CONSOLE, KIMI_CODE_PLANS, QUOTA_WINDOWS, quotaOf, resetText } from './quota';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { networkFindings as en } from '../en/network';
import type { RenderKit } from '../render-kit';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';

const CONSOLE_HOSTS = { cn: new URL(CONSOLE_URLS.cn).host, ai: new URL(CONSOLE_URLS.ai).host };

export const networkTitles: Record<string, string> = {
  proxy: '代理与 TLS 设置',
  'live-probe': '实际请求测试',
};

const TIER_TABLE = [
  '等级    累计充值            并发    RPM     TPM   TPD',
  'Tier0  ¥0 / $1             1       3       50万  150万',
  'Tier1  ¥50 / $10           50      200     200万 不限',
  'Tier2  ¥100 / $20          100     500     300万 不限',
  'Tier3  ¥500 / $100         200     5000    300万 不限',
  'Tier4  ¥5000 / $1000       400     5000    400万 不限',
  'Tier5  ¥20000 / $3000      1000    10000   500万 不限',
].join('\n');

const RETRIES =
  'Claude Code 会对这种响应重试 10 次，退避间隔逐渐增加到约 35 秒（遵守 retry-after），所以大约 3 分钟后你才会看到 "API Error: Request rejected (429)"；交互模式下会显示 "API error · Retrying in 6s · attempt 5/10"。CLAUDE_CODE_MAX_RETRIES 可以减少重试次数。';

const via = (v: Values) => (v.proxy ? `（经由代理 ${v.proxy}，来自 ${v.proxyVariable}）` : '');
const said = (v: Values) => (v.serverMessage ? `服务器返回："${v.serverMessage}"。` : '');
const money = (b: { available: number; voucher: number; cash: number; currency: string }) =>
  `可用 ${b.currency === 'CNY' ? '¥' : '$'}${b.available}，其中现金 ${b.cash}、代金券 ${b.voucher}`;
const consoles = (v: Values) => (v.consoleUrls as string[]).join(' 或 ');
const limitText = (v: Values) => {
  const l = v.limit as { kind: string; value: number; current?: number } | undefined;
  if (!l) return '组织的速率限制';
  const name = { rpm: '每分钟请求数（RPM）', tpm: '每分钟 token 数（TPM）', tpd: '每日 token 数（TPD）', concurrency: '并发请求数' }[l.kind];
  return `组织的${name}上限 ${l.value}${l.current !== undefined ? `（当前：${l.current}）` : ''}`;
};
const tierText = (v: Values) => {
  const tiers = v.tiers as number[];
  return tiers.length ? `这个上限属于 ${tiers.map((t) => `Tier${t}`).join(' 或 ')}。` : '';
};

const shownAs = (v: Values) =>
  v.status === 429 ? 'Request rejected (429)' : v.status === 403 ? 'Failed to authenticate … 403' : `API Error: ${v.status}`;
const typeText = (v: Values) => (v.errorType ? `，${v.errorType}` : '');

function keyFix(v: Values, k: RenderKit): string {
  const variable = (v.keyVariables as string[])[0] ?? 'ANTHROPIC_API_KEY';
  return k.setEnv([[variable, '<你的 key>']]);
}

function regionHintText(v: Values, k: RenderKit): string {
  switch (v.regionHint) {
    case 'key-belongs-to-ai':
    case 'key-belongs-to-cn': {
      const region = v.regionHint === 'key-belongs-to-ai' ? 'ai' : 'cn';
      return `这个 Key 在 api.moonshot.${region} 上有效：它属于 ${CONSOLE_HOSTS[region as 'cn' | 'ai']} 的账号，而 Key 只能在自己的区域使用。请把 Claude Code 指向该区域：\n${k.setEnv([
        ['ANTHROPIC_BASE_URL', `https://api.moonshot.${region}/anthropic`],
      ])}`;
    }
    case 'kimi-code-key-on-platform':
      return `这是 Kimi Code 的 Key（sk-kimi-…），只能用于 Kimi Code 的地址：\n${k.setEnv([['ANTHROPIC_BASE_URL', 'https://api.kimi.com/coding/']])}`;
    case 'platform-key-on-kimi-code':
      return 'Kimi Code 地址需要 Kimi Code 的 Key（sk-kimi-…），而不是开放平台的 Key。请使用 Kimi Code 会员页面上的 Key，或者把 ANTHROPIC_BASE_URL 改为 https://api.moonshot.cn/anthropic（或 .ai）来使用这个开放平台 Key。';
    case 'anthropic-key':
      return '这是 Anthropic 的 Key（sk-ant-…），Moonshot 不接受。请在 Moonshot 控制台创建一个 Key。';
    default:
      return '';
  }
}

export const networkFindings: Record<keyof typeof en, MessageEntry> = {
  'live-probe.skip-no-base-url': entry(
    () => '已跳过：没有设置 ANTHROPIC_BASE_URL，Claude Code 连接的是 Anthropic 而不是 Kimi。配置检查会说明如何设置。',
  ),
  'live-probe.skip-bad-url': entry(
    (v) => `已跳过：接口地址 "${v.value}" 无法解析为 URL（是否带了引号或全角字符？）。配置检查会说明如何修正。`,
  ),
  'live-probe.skip-no-credential': entry(
    () => '已跳过：ANTHROPIC_API_KEY 和 ANTHROPIC_AUTH_TOKEN 都没有设置，没有可测试的 Key。配置检查会说明如何设置。',
  ),
  'live-probe.skip-bad-proxy': entry(
    (v) => `已跳过：${v.variable} 中的代理无法使用（见代理检查），Claude Code 同样无法连接。`,
  ),
  'live-probe.ok': entry(
    (v) => `${v.host} 用模型 ${v.model} 回复了测试消息，耗时 ${v.latencyMs} 毫秒${via(v)}：按当前设置 Claude Code 可以连上 Kimi。`,
  ),
  'live-probe.auth': entry(
    (v) =>
      v.errorType === 'permission_denied_error'
        ? `${v.host} 接受了这个 Key，但不允许它发出这个请求（HTTP ${v.status}${typeText(v)}）。${said(v)}Claude Code 会显示 "Failed to authenticate"，但问题不在 Key 本身。`
        : `${v.host} 拒绝了这个 Key（HTTP ${v.status}${typeText(v)}）。${said(v)}Claude Code 会先重试约 3 分钟，然后显示 "Failed to authenticate"。`,
    (v, k) =>
      v.errorType === 'permission_denied_error'
        ? `不要更换 Key。请在 ${consoles(v)} 检查两件事：这个 Key 或它所属的项目是否设置了 IP 白名单，而本机的公网 IP 不在其中（添加该 IP，或取消白名单）；以及这个账号是否开通了该接口或模型 ${v.model}（没有的话，请联系 Moonshot 开通，或换用账号可用的模型）。`
        : [
            regionHintText(v, k),
            `请检查 Key（${(v.keyVariables as string[]).join(' 和 ')}）：必须完整复制，不能带引号、空格或 BOM（Claude Code 会把引号原样发送）。Key 只能在自己的区域使用：platform.kimi.com 的 Key 用于 api.moonshot.cn，platform.kimi.ai 的 Key 用于 api.moonshot.ai。已删除或被吊销的 Key 不会再生效：请在 ${consoles(v)}（API Key 管理）创建新的 Key 并设置：`,
            keyFix(v, k),
            v.balance ? `本区域的余额接口接受了这个 Key（${money(v.balance)}），说明它在该区域有效：请检查接口地址和 Key 是否属于同一个项目。` : '',
          ]
            .filter(Boolean)
            .join('\n'),
  ),
  'live-probe.billing': entry(
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `${v.host} 拒绝了请求，因为 Kimi Code 会员在${QUOTA_WINDOWS[quota.kind]}的额度已用完${resetText(quota)}（HTTP ${v.status}${typeText(v)}）。${said(v)}key 是有效的：Claude Code 显示的是 "${shownAs(v)}"，看起来像 Key 的问题，其实不是。`;
      }
      return `${v.host} 因账户余额或计费原因拒绝了请求（HTTP ${v.status}${typeText(v)}）${v.balance ? `：余额${money(v.balance)}` : ''}。${said(v)}Claude Code 显示的是 "${shownAs(v)}"，并不会提到余额。`;
    },
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `请等待${QUOTA_WINDOWS[quota.kind]}的额度重置${resetText(quota)}；Kimi Code 控制台（${KIMI_CODE_CONSOLE}）会显示用量和重置时间。想立即继续使用，请在 ${KIMI_CODE_PLANS} 购买额外用量或升级套餐。不要更换 Key：它是有效的。`;
      }
      return v.kimiCodeSuspended && !v.region
        ? '这个 Key 对应的套餐已暂停或用完：请检查 Kimi Code 会员与账单，然后重新运行诊断。'
        : `请在 ${consoles(v)}（账户充值）充值。代金券可以抵扣费用，但不计入限流等级。然后重新运行诊断。`;
    },
  ),
  'live-probe.client-not-allowed': entry(
    (v) =>
      `${v.host} 拒绝的是客户端，不是 Key（HTTP ${v.status}${typeText(v)}）。${said(v)}Kimi Code 只接受它认可的编程工具，并通过 User-Agent 请求头来区分。Claude Code 会显示 "Failed to authenticate … 403"。`,
    (_v, k) =>
      `Claude Code 自己的 User-Agent（claude-cli/<版本>）是 Kimi Code 接受的，所以这个请求带的是别的 User-Agent。请检查 ANTHROPIC_CUSTOM_HEADERS（shell 中以及 ~/.claude/settings.json 的 env 块中）：如果其中设置了 User-Agent，请删掉这一行；如果它只有这一行，就删除整个变量：\n${k.unsetEnv([
        'ANTHROPIC_CUSTOM_HEADERS',
      ])}\n如果请求是由路由器、代理或其他工具代为发送的，被拒绝的是那个工具的 User-Agent：请让 Claude Code 直接连接 https://api.kimi.com/coding/。key 没有问题，不要更换。`,
  ),
  'live-probe.rate-limited': entry(
    (v) =>
      `配置可用，但 ${v.host} 触发了${limitText(v)}${v.retryAfterSeconds !== undefined ? `；请在 ${v.retryAfterSeconds} 秒后重试` : ''}。${tierText(v)}`,
    (v) =>
      `${RETRIES}\n限额按组织计算，随累计充值金额提升（代金券不计入）：\n${TIER_TABLE}\n要升级等级，请在 ${consoles(v)} 充值。在此之前请避免同时开多个会话或子 agent：Tier0 同一时间只允许一个请求。`,
  ),
  'live-probe.overloaded': entry(
    (v) =>
      `配置可用，但 ${v.host} 目前负载过高（HTTP ${v.status}）。${said(v)}${v.kimiCode ? '这通常是 Kimi 一侧的问题。' : '这是 Moonshot 一侧的问题，不是你的。'}`,
    (v) =>
      `${RETRIES}\n请过几分钟再试，或通过 ANTHROPIC_MODEL 换一个模型。${
        v.kimiCode
          ? '\nKimi Code 对它不认识的客户端也会给出这个响应。如果一直不消失，请确认 ANTHROPIC_CUSTOM_HEADERS 中没有设置 User-Agent，并且请求是由 Claude Code 本身发出的，而不是其他工具。'
          : ''
      }`,
  ),
  'live-probe.model-not-found': entry(
    (v) =>
      `${v.host} 没有向这个账号提供模型 "${v.model}"（HTTP ${v.status}）。${said(v)}${
        v.modelSource === 'claude-code-default' ? `没有配置模型，所以 Claude Code 会发送它自己的默认模型 ${v.model}。` : ''
      }`,
    (v, k) => {
      const models = (v.models as string[] | undefined) ?? [];
      const list = models.length ? `这个账号可用的模型：${models.join('、')}。` : '可以用 --model <名称> 重新运行诊断来测试其他模型。';
      return `${list}\n设置模型（claude 命令行上的 --model 优先于 ANTHROPIC_MODEL）：\n${k.setEnv([['ANTHROPIC_MODEL', models[0] ?? '<模型>']])}`;
    },
  ),
  'live-probe.endpoint-not-found': entry(
    (v) => `${v.url} 不存在（HTTP ${v.status}）：接口地址的路径不对。Claude Code 会把所有 404 都显示为 "There's an issue with the selected model"。`,
    (v, k) =>
      `${v.baseUrlEndsWithV1 ? '接口地址以 /v1 结尾，而 Claude Code 会自己再加上 /v1/messages，结果变成 …/v1/v1/messages。' : ''}请使用 Anthropic 兼容的根地址，不要带 /v1：\n${k.setEnv([
        ['ANTHROPIC_BASE_URL', 'https://api.moonshot.cn/anthropic'],
      ])}\n国际站用 https://api.moonshot.ai/anthropic，Kimi Code 用 https://api.kimi.com/coding/。`,
  ),
  'live-probe.bad-request': entry(
    (v) => `${v.host} 认为测试请求无效（HTTP ${v.status}）。${said(v)}`,
    () =>
      '诊断程序发送的是最简单的 Anthropic 请求，所以这个地址很可能不兼容 Anthropic 协议：OpenAI 兼容的根地址（…/v1）会拒绝它。请把 ANTHROPIC_BASE_URL 设为 https://api.moonshot.cn/anthropic（或 .ai），或检查中间的网关。',
  ),
  'live-probe.server-error': entry(
    (v) => `${v.host} 返回了服务器错误（HTTP ${v.status}）。${said(v)}`,
    (v) => `通常是暂时的。Claude Code 会在约 3 分钟内重试 10 次。请过几分钟再试${v.region ? '' : `；如果一直出现，请检查 ${v.host} 上的网关`}。`,
  ),
  'live-probe.bad-response': entry(
    (v) => `${v.host} 返回了 HTTP ${v.status}，但内容不是 Anthropic 格式的消息。Claude Code 会显示 "API returned an empty or malformed response" 或 "Failed to parse JSON"。`,
    () =>
      '回应的不是 Kimi API：可能是网络认证页面、公司网关，或接口地址写错了。请在浏览器中打开接口地址，确认正在使用哪个代理（见代理检查），并使用 https://api.moonshot.cn/anthropic（或 .ai）。',
  ),
  'live-probe.redirect': entry(
    (v) =>
      `安全问题：${v.host} 重定向（HTTP ${v.status}）到 ${v.redirectHost}。Claude Code 会跟随重定向，并把你的 API Key 发送给 ${v.redirectHost}。诊断程序没有跟随。`,
    (v, k) =>
      `请把 ANTHROPIC_BASE_URL 直接指向真正的地址，避免任何重定向：\n${k.setEnv([['ANTHROPIC_BASE_URL', `https://api.moonshot.${v.region ?? 'cn'}/anthropic`]])}\n如果你不认识 ${v.redirectHost}，请当作 Key 已泄露：在 Moonshot 控制台删除它并创建新的 Key。`,
  ),
  'live-probe.timeout': entry(
    (v) => `${v.host} 在 ${v.timeoutSeconds} 秒内没有响应${via(v)}。Claude Code 每次尝试最多等待 10 分钟（API_TIMEOUT_MS），然后显示 "Request timed out"。`,
    () => '请确认本机能访问该主机（防火墙，或需要设置代理），然后用更长的 --timeout 重新运行诊断，例如 --timeout 30000（毫秒）。网络只是慢但能用时无需改动。',
  ),
  'live-probe.dns': entry(
    (v) => `无法解析域名 ${v.host}（DNS）。Claude Code 会显示 "Unable to connect to API (FailedToOpenSocket)"。`,
    () =>
      '请检查 ANTHROPIC_BASE_URL 中主机名的拼写（api.moonshot.cn、api.moonshot.ai 或 api.kimi.com）。如果拼写正确，说明当前网络的 DNS 无法解析它：请检查网络连接；如果你的网络只能通过代理上网，请设置 HTTPS_PROXY。',
  ),
  'live-probe.connection-refused': entry(
    (v) => `${v.host} 拒绝了连接：那里没有服务在监听。Claude Code 会显示 "Unable to connect to API (ConnectionRefused)"（较新版本显示 "Connection refused — a firewall or proxy may be blocking it"）。`,
    () => '请检查 ANTHROPIC_BASE_URL 中的主机和端口。如果是本地网关，请先启动它。',
  ),
  'live-probe.tls': entry(
    (v) =>
      v.errorType === 'ERR_SSL_WRONG_VERSION_NUMBER' || v.errorType === 'EPROTO'
        ? `${v.host} 不支持 TLS：URL 写的是 https://，但该端口提供的是普通 http。Claude Code 会显示 "UNKNOWN_CERTIFICATE_VERIFICATION_ERROR"（较新版本显示 "Unable to connect to API (EPROTO)"）。`
        : `${v.host} 的证书不受信任（${v.errorType ?? 'TLS 错误'}）${via(v)}。通常是代理或杀毒软件在拦截 TLS。Claude Code 会显示 "Self-signed certificate detected"。`,
    (v, k) =>
      v.errorType === 'ERR_SSL_WRONG_VERSION_NUMBER' || v.errorType === 'EPROTO'
        ? '对该端口使用 http://，或改用提供 https 的端口。'
        : `获取公司的根证书 PEM 文件（找 IT 部门，或从浏览器导出），并让 Node 信任它：\n${k.setEnv([
            ['NODE_EXTRA_CA_CERTS', k.platform === 'win32' ? 'C:\\certs\\company-ca.pem' : '/path/to/company-ca.pem'],
          ])}\n不要设置 NODE_TLS_REJECT_UNAUTHORIZED=0：它会关闭所有证书校验。`,
  ),
  'live-probe.proxy': entry(
    (v) => {
      const proxy = `代理${v.proxy ? ` ${v.proxy}（${v.proxyVariable}）` : ''}`;
      if (v.errorType === 'TIMEOUT') return `${proxy}接受了连接，但在 ${v.timeoutSeconds} 秒内没有打通到 ${v.host} 的通道（CONNECT 没有应答）。`;
      if (v.errorType === 'ECONNREFUSED') return `${proxy}拒绝了连接：该地址没有服务在监听。`;
      if (v.errorType === 'UND_ERR_SOCKET' || v.errorType === 'ECONNRESET') return `${proxy}没有应答就关闭了连接（${v.errorType}）。`;
      return `${proxy}没能转发请求（${v.errorType ?? '错误'}）：${v.serverMessage ?? ''}`;
    },
    (v, k) =>
      /407/.test(v.serverMessage ?? '')
        ? '代理需要用户名和密码：请写在 URL 中，例如 http://user:password@proxy:port（特殊字符需要百分号编码）。'
        : `请确认代理正在运行，并且允许访问 ${v.host}；参见代理检查。如果不需要代理，请删除该变量：\n${k.unsetEnv([v.proxyVariable ?? 'HTTPS_PROXY'])}`,
  ),
  'live-probe.network': entry(
    (v) => `发往 ${v.host} 的请求失败：${v.errorType ?? ''} ${v.serverMessage ?? ''}`.trim(),
    () => '请检查网络连接后重新运行诊断；加上 --verbose 可以看到更多细节。',
  ),

  'proxy.none': entry(
    (v) => `没有设置代理变量：Claude Code 直接连接 ${v.host}。`,
  ),
  'proxy.applies': entry(
    (v) => `${v.variable} = ${v.proxy} 对 ${v.host} 生效：Claude Code 的请求会经过这个代理。`,
  ),
  'proxy.bypassed': entry(
    (v) => `设置了 ${v.proxyVariable} = ${v.proxy}，但 ${v.noProxyVariable} 中的条目 "${v.entry}" 让 ${v.host} 直连。`,
  ),
  'proxy.case-conflict': entry(
    (v) => `${v.winner} 和 ${v.loser} 都设置了且取值不同：Claude Code 使用 ${v.winner}（${v.winnerValue}），忽略 ${v.loser}（${v.loserValue}）。其他工具可能用的是另一个。`,
    (v, k) => `只保留一个值。如果要保留 ${v.winner} 的值，请删除 ${v.loser}：\n${k.unsetEnv([v.loser])}`,
  ),
  'proxy.invalid-url': entry(
    (v) => `${v.variable} 不是 Claude Code 能用的代理 URL：它启动时就会报错 "Invalid proxy URL in ${v.variable}: … cannot be parsed as a URL" 并退出。`,
    (v, k) =>
      `请写成包含协议、主机和端口的完整 URL：\n${k.setEnv([[v.variable, v.suggestion ?? 'http://proxy.example.com:8080']])}${
        v.hadCredentials ? '\n代理的用户名和密码请保留：以 user:password 的形式写在 "http://" 之后，再接 "@" 和主机。' : ''
      }`,
  ),
  'proxy.no-scheme': entry(
    (v) => `${v.variable} 没有写协议：Claude Code 会把它当作 ${v.proxy}。`,
  ),
  'proxy.unsupported-scheme': entry(
    (v) => `${v.variable} 使用的是 ${v.scheme}://，Claude Code 无法使用：只支持 http:// 和 https:// 代理。`,
    (v, k) => `请改用代理工具的 HTTP 端口（Clash、v2rayN 等都提供，常见为 7890）：\n${k.setEnv([[v.variable, 'http://127.0.0.1:7890']])}`,
  ),
  'proxy.unreachable': entry(
    (v) =>
      v.error === 'ECONNREFUSED'
        ? `${v.host}:${v.port} 上的代理（${v.variable}）拒绝了连接：那里没有服务在监听。Claude Code 会显示 "API Error: Connection refused — a firewall or proxy may be blocking it (ECONNREFUSED)"。`
        : v.error === 'TIMEOUT'
          ? `${v.host}:${v.port} 上的代理（${v.variable}）在 ${v.seconds} 秒内没有响应。Claude Code 的每个请求都会失败，显示 "Unable to connect to API"。`
          : `无法连接 ${v.host}:${v.port} 上的代理（${v.variable}，${v.error}）。Claude Code 的每个请求都会失败，显示 "Unable to connect to API"。`,
    (v, k) => `请启动代理，或修正它的地址。如果不需要代理，请删除该变量：\n${k.unsetEnv([v.variable])}`,
  ),
  'proxy.reachable': entry(
    (v) => (v.tunnel ? `代理 ${v.proxy} 可以打通到 ${v.target} 的连接（CONNECT 返回 200，${v.latencyMs} 毫秒）。` : `代理 ${v.proxy} 可以连接（${v.latencyMs} 毫秒）。`),
  ),
  'proxy.tunnel-failed': entry(
    (v) =>
      v.answer === 'status'
        ? v.status === 407
          ? `代理 ${v.proxy}（${v.variable}）要求先提供用户名和密码（HTTP 407），才会连接 ${v.target}。`
          : `代理 ${v.proxy}（${v.variable}）拒绝连接 ${v.target}：它对 CONNECT 的应答是 HTTP ${v.status}。`
        : v.answer === 'closed'
          ? `代理 ${v.proxy}（${v.variable}）接受连接，但在被要求连接 ${v.target} 时关闭了连接。Claude Code 会显示 "API Error: Connection dropped (ECONNRESET)"。`
          : `代理 ${v.proxy}（${v.variable}）接受连接，但在被要求连接 ${v.target} 时 ${v.seconds} 秒内没有应答。Claude Code 会一直等到 API_TIMEOUT_MS 用完，然后显示 "Request timed out"。`,
    (v, k) =>
      v.status === 407
        ? '请把用户名和密码写进 URL，例如 http://user:password@proxy:port（特殊字符需要百分号编码）。'
        : `请确认 ${v.proxy} 是 HTTP 代理（不是 SOCKS 端口或其他服务），并且允许访问 ${v.target}。如果不需要代理，请删除该变量：\n${k.unsetEnv([v.variable])}`,
  ),
  'proxy.no-proxy-entry': entry(
    (v) =>
      ({
        scheme: `${v.variable} 中的条目 "${v.entry}" 带有协议：条目应当是主机名，所以 Claude Code 用它匹配不到任何主机。`,
        semicolon: `${v.variable} 中的条目 "${v.entry}" 含有分号：Claude Code 只用逗号或空格分隔条目，所以它匹配不到任何主机。`,
        wildcard: `${v.variable} 中的条目 "${v.entry}" 含有 Claude Code 不认识的 "*"：只有单独的 "*" 和开头的 "*." 有效，所以它匹配不到任何主机。`,
      })[v.problem as 'scheme' | 'semicolon' | 'wildcard'],
    (v) => `请改写为 "${v.suggestion}"。`,
  ),
  'proxy.tls-verification-disabled': entry(
    () => 'NODE_TLS_REJECT_UNAUTHORIZED=0 关闭了证书校验：网络路径上的任何人都能读到你的 API Key。',
    (_v, k) => `请删除它，改用 NODE_EXTRA_CA_CERTS 信任公司的证书：\n${k.unsetEnv(['NODE_TLS_REJECT_UNAUTHORIZED'])}`,
  ),
  'proxy.extra-ca-unreadable': entry(
    (v) => `NODE_EXTRA_CA_CERTS 指向的 ${v.path} 无法读取（${v.reason}）。Node 会忽略它，经过拦截 TLS 的代理时连接会失败。`,
    () => '请修正路径；如果没有代理拦截 TLS，可以删除这个变量。',
  ),
  'proxy.extra-ca-not-pem': entry(
    (v) => `NODE_EXTRA_CA_CERTS 指向的 ${v.path} 中没有 PEM 格式的证书（"-----BEGIN CERTIFICATE-----"）。`,
    (v, k) =>
      `如果它是 DER 格式（.cer/.crt），请先转换：\n${k.commands([`openssl x509 -inform der -in ${/\s/.test(v.path) ? `"${v.path}"` : v.path} -out company-ca.pem`])}\n然后把 NODE_EXTRA_CA_CERTS 指向 company-ca.pem。`,
  ),
  'proxy.extra-ca-ok': entry(
    (v) => `NODE_EXTRA_CA_CERTS 从 ${v.path} 添加了 ${v.certificates} 个受信任的根证书。`,
  ),
};
