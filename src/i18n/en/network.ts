// Wording for the network checks (proxy, live-probe).
import { KIMI_CODE_CONSOLE, KIMI_CODE_PLANS, QUOTA_WINDOWS, quotaOf, resetText } from './quota';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { RenderKit } from '../render-kit';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';

const CONSOLE_HOSTS = { cn: new URL(CONSOLE_URLS.cn).host, ai: new URL(CONSOLE_URLS.ai).host };

const TIER_TABLE = [
  'Tier   recharged (total)   concurrency   RPM     TPM   TPD',
  'Tier0  ¥0 / $1             1             3       500k  1.5M',
  'Tier1  ¥50 / $10           50            200     2M    unlimited',
  'Tier2  ¥100 / $20          100           500     3M    unlimited',
  'Tier3  ¥500 / $100         200           5000    3M    unlimited',
  'Tier4  ¥5000 / $1000       400           5000    4M    unlimited',
  'Tier5  ¥20000 / $3000      1000          10000   5M    unlimited',
].join('\n');

const RETRIES =
  'Claude Code retries this answer 10 times with back-off growing to about 35 s (honouring retry-after), so you wait about 3 minutes before seeing "API Error: Request rejected (429)"; interactively you see "API error · Retrying in 6s · attempt 5/10". CLAUDE_CODE_MAX_RETRIES lowers the count.';

const via = (v: Values) => (v.proxy ? ` through the proxy ${v.proxy} (${v.proxyVariable})` : '');
const said = (v: Values) => (v.serverMessage ? ` The server said: "${v.serverMessage}".` : '');
const money = (b: { available: number; voucher: number; cash: number; currency: string }) =>
  `${b.currency === 'CNY' ? '¥' : '$'}${b.available} available (cash ${b.cash}, vouchers ${b.voucher})`;
const consoles = (v: Values) => (v.consoleUrls as string[]).join(' or ');
const limitText = (v: Values) => {
  const l = v.limit as { kind: string; value: number; current?: number } | undefined;
  if (!l) return 'an organisation rate limit';
  const name = { rpm: 'requests per minute', tpm: 'tokens per minute', tpd: 'tokens per day', concurrency: 'requests at once' }[l.kind];
  return `the organisation limit of ${l.value} ${name}${l.current !== undefined ? ` (current: ${l.current})` : ''}`;
};
const tierText = (v: Values) => {
  const tiers = v.tiers as number[];
  return tiers.length ? ` That limit belongs to ${tiers.map((t) => `Tier${t}`).join(' or ')}.` : '';
};

const shownAs = (v: Values) =>
  v.status === 429 ? 'Request rejected (429)' : v.status === 403 ? 'Failed to authenticate … 403' : `API Error: ${v.status}`;
const typeText = (v: Values) => (v.errorType ? `, ${v.errorType}` : '');

function keyFix(v: Values, k: RenderKit): string {
  const variable = (v.keyVariables as string[])[0] ?? 'ANTHROPIC_API_KEY';
  return k.setEnv([[variable, '<your key>']]);
}

function regionHintText(v: Values, k: RenderKit): string {
  switch (v.regionHint) {
    case 'key-belongs-to-ai':
    case 'key-belongs-to-cn': {
      const region = v.regionHint === 'key-belongs-to-ai' ? 'ai' : 'cn';
      return `This key works on api.moonshot.${region}: it belongs to the ${CONSOLE_HOSTS[region as 'cn' | 'ai']} account, and keys work only in their own region. Point Claude Code at that region:\n${k.setEnv([
        ['ANTHROPIC_BASE_URL', `https://api.moonshot.${region}/anthropic`],
      ])}`;
    }
    case 'kimi-code-key-on-platform':
      return `This is a Kimi Code key (sk-kimi-…), which works only on the Kimi Code endpoint:\n${k.setEnv([['ANTHROPIC_BASE_URL', 'https://api.kimi.com/coding/']])}`;
    case 'platform-key-on-kimi-code':
      return 'The Kimi Code endpoint needs a Kimi Code key (sk-kimi-…), not an Open Platform key. Use the key from your Kimi Code membership page, or point ANTHROPIC_BASE_URL at https://api.moonshot.cn/anthropic (or .ai) to use this platform key.';
    case 'anthropic-key':
      return 'This is an Anthropic key (sk-ant-…): Moonshot does not accept it. Create a key in the Moonshot console instead.';
    default:
      return '';
  }
}

export const networkFindings = {
  // ----- live-probe -----
  'live-probe.skip-no-base-url': entry(
    () => 'Skipped: ANTHROPIC_BASE_URL is not set, so Claude Code talks to Anthropic, not Kimi. The configuration checks say how to set it.',
  ),
  'live-probe.skip-bad-url': entry(
    (v) => `Skipped: the base URL "${v.value}" cannot be parsed as a URL (quotes or full-width characters?). The configuration checks say how to fix it.`,
  ),
  'live-probe.skip-no-credential': entry(
    () => 'Skipped: neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set, so there is no key to test. The configuration checks say how to set one.',
  ),
  'live-probe.skip-bad-proxy': entry(
    (v) => `Skipped: the proxy in ${v.variable} cannot be used (see the proxy check), so Claude Code cannot connect either.`,
  ),
  'live-probe.ok': entry(
    (v) => `${v.host} answered a test message with model ${v.model} in ${v.latencyMs} ms${via(v)}: Claude Code can reach Kimi with these settings.`,
  ),
  'live-probe.auth': entry(
    (v) =>
      v.errorType === 'permission_denied_error'
        ? `${v.host} accepted the key but denied it this request (HTTP ${v.status}${typeText(v)}).${said(v)} Claude Code shows "Failed to authenticate", yet the key itself is not the problem.`
        : `${v.host} refused the key (HTTP ${v.status}${typeText(v)}).${said(v)} Claude Code shows "Failed to authenticate" after retrying for about 3 minutes.`,
    (v, k) => {
      // Moonshot's 403 permission_denied_error: an IP allowlist, or an API or model not opened (issue 13, 2026-12-03).
      if (v.errorType === 'permission_denied_error') {
        return `Do not replace the key. Check two things in ${consoles(v)}: whether the key or its project has an IP allowlist that leaves out this machine's public IP (add the IP, or remove the allowlist), and whether the API or the model ${v.model} is opened for this account (if not, ask Moonshot to open it, or use a model the account has).`;
      }
      const hint = regionHintText(v, k);
      return [
        hint,
        `Check the key (${(v.keyVariables as string[]).join(' and ')}): it must be copied whole, without quotes, spaces or a BOM (Claude Code sends quotes as they are). Keys work only in their own region: a platform.kimi.com key on api.moonshot.cn, a platform.kimi.ai key on api.moonshot.ai. A deleted or revoked key stays invalid: create a new one in ${consoles(v)} (API keys) and set it:`,
        keyFix(v, k),
        v.balance ? `The balance endpoint of this region accepted the key (${money(v.balance)}), so the key is valid there: check that the base URL and the key's project match.` : '',
      ]
        .filter(Boolean)
        .join('\n');
    },
  ),
  'live-probe.billing': entry(
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `${v.host} refused the request because the Kimi Code membership quota for ${QUOTA_WINDOWS[quota.kind]} is used up${resetText(quota)} (HTTP ${v.status}${typeText(v)}).${said(v)} The key is valid: Claude Code shows this as "${shownAs(v)}", which reads like a key problem but is not.`;
      }
      return `${v.host} refused the request for billing reasons (HTTP ${v.status}${typeText(v)})${v.balance ? `: the balance is ${money(v.balance)}` : ''}.${said(v)} Claude Code shows this as "${shownAs(v)}", which does not say "balance".`;
    },
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `Wait until ${QUOTA_WINDOWS[quota.kind]} resets${resetText(quota)}; the Kimi Code console (${KIMI_CODE_CONSOLE}) shows your usage and when it resets. To continue now, buy extra usage or upgrade the plan at ${KIMI_CODE_PLANS}. Do not replace the key: it works.`;
      }
      return v.kimiCodeSuspended && !v.region
        ? 'The plan behind this key is suspended or used up: check your Kimi Code membership and billing, then run the doctor again.'
        : `Recharge the account in ${consoles(v)} (Billing). Vouchers pay for requests but do not raise your rate-limit tier. Then run the doctor again.`;
    },
  ),
  'live-probe.client-not-allowed': entry(
    (v) =>
      `${v.host} refused the client, not the key (HTTP ${v.status}${typeText(v)}).${said(v)} Kimi Code admits only coding agents it knows, and tells them apart by the User-Agent header. Claude Code shows this as "Failed to authenticate … 403".`,
    (_v, k) =>
      `Claude Code's own User-Agent (claude-cli/<version>) is one Kimi Code admits, so this request carried another. Check ANTHROPIC_CUSTOM_HEADERS (in the shell and in the env block of ~/.claude/settings.json): if it sets User-Agent, remove that line, or the whole variable when that is all it holds:
${k.unsetEnv([
        'ANTHROPIC_CUSTOM_HEADERS',
      ])}
If a router, proxy or another tool sends the requests for you, its User-Agent is the one refused: point Claude Code straight at https://api.kimi.com/coding/. The key is fine; do not replace it.`,
  ),
  'live-probe.rate-limited': entry(
    (v) =>
      `The setup works, but ${v.host} hit ${limitText(v)}${v.retryAfterSeconds !== undefined ? `; retry after ${v.retryAfterSeconds} s` : ''}.${tierText(v)}`,
    (v) =>
      `${RETRIES}\nLimits are per organisation and rise with your total recharge (vouchers do not count):\n${TIER_TABLE}\nTo move up a tier, recharge in ${consoles(v)}. Until then, avoid parallel sessions and sub-agents: at Tier0 only one request may run at a time.`,
  ),
  'live-probe.overloaded': entry(
    (v) =>
      `The setup works, but ${v.host} is overloaded right now (HTTP ${v.status}).${said(v)} ${v.kimiCode ? "This is usually on Kimi's side." : "This is on Moonshot's side, not yours."}`,
    (v) =>
      `${RETRIES.replace('Request rejected (429)', 'Request rejected (429)" or "529 Overloaded')}\nWait a few minutes and try again, or pick another model with ANTHROPIC_MODEL.${
        v.kimiCode
          ? '\nKimi Code also gives this answer to a client it does not recognise. If it never goes away, check that no User-Agent is set in ANTHROPIC_CUSTOM_HEADERS and that Claude Code itself, not another tool, sends the requests.'
          : ''
      }`,
  ),
  'live-probe.model-not-found': entry(
    (v) =>
      `${v.host} does not offer the model "${v.model}" to this account (HTTP ${v.status}).${said(v)}${
        v.modelSource === 'claude-code-default' ? ` No model is configured, so Claude Code sends its own default, ${v.model}.` : ''
      }`,
    (v, k) => {
      const models = (v.models as string[] | undefined) ?? [];
      const list = models.length ? `Models this account can use: ${models.join(', ')}.` : 'Run the doctor again with --model <name> to test another model.';
      return `${list}\nSet the model (--model on the claude command line beats ANTHROPIC_MODEL):\n${k.setEnv([['ANTHROPIC_MODEL', models[0] ?? '<model>']])}`;
    },
  ),
  'live-probe.endpoint-not-found': entry(
    (v) => `${v.url} does not exist (HTTP ${v.status}): the base URL points at the wrong path. Claude Code reports every 404 as "There's an issue with the selected model".`,
    (v, k) =>
      `${v.baseUrlEndsWithV1 ? 'The base URL ends in /v1, and Claude Code appends /v1/messages itself, giving …/v1/v1/messages. ' : ''}Use the Anthropic-compatible root, without /v1:\n${k.setEnv([
        ['ANTHROPIC_BASE_URL', 'https://api.moonshot.cn/anthropic'],
      ])}\n(or https://api.moonshot.ai/anthropic for the international platform, https://api.kimi.com/coding/ for Kimi Code).`,
  ),
  'live-probe.bad-request': entry(
    (v) => `${v.host} rejected the test request as invalid (HTTP ${v.status}).${said(v)}`,
    () =>
      'The doctor sends a minimal Anthropic request, so the endpoint is probably not Anthropic-compatible: an OpenAI-compatible root (…/v1) rejects it. Set ANTHROPIC_BASE_URL to https://api.moonshot.cn/anthropic (or .ai), or check the gateway in between.',
  ),
  'live-probe.server-error': entry(
    (v) => `${v.host} failed with a server error (HTTP ${v.status}).${said(v)}`,
    (v) =>
      `Usually temporary. Claude Code retries it 10 times over about 3 minutes. Try again in a few minutes${
        v.region ? '' : `; if it persists, check the gateway at ${v.host}`
      }.`,
  ),
  'live-probe.bad-response': entry(
    (v) => `${v.host} answered HTTP ${v.status}, but not with an Anthropic-style message. Claude Code shows "API returned an empty or malformed response" or "Failed to parse JSON".`,
    () =>
      'Something other than the Kimi API answered: a captive portal, a company gateway, or a wrong base URL. Open the base URL in a browser, check which proxy is in use (see the proxy check), and use https://api.moonshot.cn/anthropic (or .ai).',
  ),
  'live-probe.redirect': entry(
    (v) =>
      `Security: ${v.host} redirects (HTTP ${v.status}) to ${v.redirectHost}. Claude Code follows redirects and would send your API key to ${v.redirectHost}. The doctor did not follow it.`,
    (v, k) =>
      `Point ANTHROPIC_BASE_URL straight at the real endpoint so nothing redirects:\n${k.setEnv([['ANTHROPIC_BASE_URL', `https://api.moonshot.${v.region ?? 'cn'}/anthropic`]])}\nIf you do not know ${v.redirectHost}, treat the key as exposed: delete it in the Moonshot console and create a new one.`,
  ),
  'live-probe.timeout': entry(
    (v) => `No answer from ${v.host} within ${v.timeoutSeconds} s${via(v)}. Claude Code waits up to 10 minutes per attempt (API_TIMEOUT_MS) and then shows "Request timed out".`,
    () =>
      'Check that this machine can reach the host (a firewall or a proxy that must be set), then run the doctor again with a longer --timeout, e.g. --timeout 30000 (milliseconds). A slow but working network needs no change.',
  ),
  'live-probe.dns': entry(
    (v) => `The name ${v.host} cannot be resolved (DNS). Claude Code shows "Unable to connect to API (FailedToOpenSocket)".`,
    () =>
      'Check the spelling of the host in ANTHROPIC_BASE_URL (api.moonshot.cn, api.moonshot.ai or api.kimi.com). If it is right, this network\'s DNS cannot resolve it: check your connection, or set HTTPS_PROXY if your network only reaches the internet through a proxy.',
  ),
  'live-probe.connection-refused': entry(
    (v) => `${v.host} refused the connection: nothing listens there. Claude Code shows "Unable to connect to API (ConnectionRefused)" (newer releases: "Connection refused — a firewall or proxy may be blocking it").`,
    () => 'Check the host and port in ANTHROPIC_BASE_URL. For a local gateway, start it first.',
  ),
  'live-probe.tls': entry(
    (v) =>
      v.errorType === 'ERR_SSL_WRONG_VERSION_NUMBER' || v.errorType === 'EPROTO'
        ? `${v.host} does not speak TLS: the URL says https:// but the port answers plain http. Claude Code shows "UNKNOWN_CERTIFICATE_VERIFICATION_ERROR" (newer releases: "Unable to connect to API (EPROTO)").`
        : `The certificate of ${v.host} is not trusted (${v.errorType ?? 'TLS error'})${via(v)}. Usually a proxy or antivirus is intercepting TLS. Claude Code shows "Self-signed certificate detected".`,
    (v, k) =>
      v.errorType === 'ERR_SSL_WRONG_VERSION_NUMBER' || v.errorType === 'EPROTO'
        ? 'Use http:// for that port, or the port where the service speaks https.'
        : `Get your company's root certificate as a PEM file (your IT department, or export it from the browser), and tell Node to trust it:\n${k.setEnv([
            ['NODE_EXTRA_CA_CERTS', k.platform === 'win32' ? 'C:\\certs\\company-ca.pem' : '/path/to/company-ca.pem'],
          ])}\nDo not set NODE_TLS_REJECT_UNAUTHORIZED=0: it turns off all certificate checks.`,
  ),
  'live-probe.proxy': entry(
    (v) => {
      const proxy = `The proxy${v.proxy ? ` ${v.proxy} (${v.proxyVariable})` : ''}`;
      if (v.errorType === 'TIMEOUT') return `${proxy} accepted the connection but did not open the way to ${v.host} within ${v.timeoutSeconds} s (no answer to CONNECT).`;
      if (v.errorType === 'ECONNREFUSED') return `${proxy} refused the connection: nothing listens at that address.`;
      if (v.errorType === 'UND_ERR_SOCKET' || v.errorType === 'ECONNRESET') return `${proxy} closed the connection without answering (${v.errorType}).`;
      return `${proxy} did not get the request through (${v.errorType ?? 'error'}): ${v.serverMessage ?? ''}`;
    },
    (v, k) =>
      /407/.test(v.serverMessage ?? '')
        ? 'The proxy wants a user name and password: put them in the URL, e.g. http://user:password@proxy:port (percent-encode special characters).'
        : `Check that the proxy is running and allowed to reach ${v.host}; see the proxy check. If you do not need it, remove the variable:\n${k.unsetEnv([v.proxyVariable ?? 'HTTPS_PROXY'])}`,
  ),
  'live-probe.network': entry(
    (v) => `The request to ${v.host} failed: ${v.errorType ?? ''} ${v.serverMessage ?? ''}`.trim(),
    () => 'Check the network connection and run the doctor again; with --verbose the report shows more detail.',
  ),

  // ----- proxy -----
  'proxy.none': entry(
    (v) => `No proxy variable is set: Claude Code connects to ${v.host} directly.`,
  ),
  'proxy.applies': entry(
    (v) => `${v.variable} = ${v.proxy} applies to ${v.host}: Claude Code sends its requests through this proxy.`,
  ),
  'proxy.bypassed': entry(
    (v) => `${v.proxyVariable} = ${v.proxy} is set, but the entry "${v.entry}" in ${v.noProxyVariable} sends ${v.host} direct.`,
  ),
  'proxy.case-conflict': entry(
    (v) => `${v.winner} and ${v.loser} are both set and differ: Claude Code uses ${v.winner} (${v.winnerValue}) and ignores ${v.loser} (${v.loserValue}). Other tools may pick the other one.`,
    (v, k) => `Keep one value. To keep ${v.winner}'s, remove ${v.loser}:\n${k.unsetEnv([v.loser])}`,
  ),
  'proxy.invalid-url': entry(
    (v) => `${v.variable} is not a proxy URL Claude Code can use: it stops at start-up with "Invalid proxy URL in ${v.variable}: … cannot be parsed as a URL".`,
    (v, k) =>
      `Write it as a full URL with scheme, host and port:\n${k.setEnv([[v.variable, v.suggestion ?? 'http://proxy.example.com:8080']])}${
        v.hadCredentials ? '\nKeep your proxy user name and password: put them after "http://", as user:password, followed by "@" and the host.' : ''
      }`,
  ),
  'proxy.no-scheme': entry(
    (v) => `${v.variable} has no scheme: Claude Code reads it as ${v.proxy}.`,
  ),
  'proxy.unsupported-scheme': entry(
    (v) => `${v.variable} uses ${v.scheme}://, which Claude Code cannot use: only http:// and https:// proxies work.`,
    (v, k) =>
      `Use your proxy tool's HTTP port instead (Clash, v2rayN and similar offer one, often 7890):\n${k.setEnv([[v.variable, 'http://127.0.0.1:7890']])}`,
  ),
  'proxy.unreachable': entry(
    (v) =>
      v.error === 'ECONNREFUSED'
        ? `The proxy at ${v.host}:${v.port} (${v.variable}) refused the connection: nothing listens there. Claude Code shows "API Error: Connection refused — a firewall or proxy may be blocking it (ECONNREFUSED)".`
        : v.error === 'TIMEOUT'
          ? `The proxy at ${v.host}:${v.port} (${v.variable}) does not answer within ${v.seconds} s. Every Claude Code request fails with "Unable to connect to API".`
          : `The proxy at ${v.host}:${v.port} (${v.variable}) cannot be reached (${v.error}). Every Claude Code request fails with "Unable to connect to API".`,
    (v, k) => `Start the proxy, or correct its address. If you do not need a proxy, remove the variable:\n${k.unsetEnv([v.variable])}`,
  ),
  'proxy.reachable': entry(
    (v) => (v.tunnel ? `The proxy ${v.proxy} opens a connection to ${v.target} (CONNECT answered 200, ${v.latencyMs} ms).` : `The proxy ${v.proxy} accepts connections (${v.latencyMs} ms).`),
  ),
  'proxy.tunnel-failed': entry(
    (v) =>
      v.answer === 'status'
        ? v.status === 407
          ? `The proxy ${v.proxy} (${v.variable}) asks for a user name and password (HTTP 407) before it connects to ${v.target}.`
          : `The proxy ${v.proxy} (${v.variable}) refuses to connect to ${v.target}: it answered CONNECT with HTTP ${v.status}.`
        : v.answer === 'closed'
          ? `The proxy ${v.proxy} (${v.variable}) accepts connections but closes them when asked to connect to ${v.target}. Claude Code shows "API Error: Connection dropped (ECONNRESET)".`
          : `The proxy ${v.proxy} (${v.variable}) accepts connections but does not answer within ${v.seconds} s when asked to connect to ${v.target}. Claude Code waits until API_TIMEOUT_MS runs out and shows "Request timed out".`,
    (v, k) =>
      v.status === 407
        ? 'Put the user name and password in the URL, e.g. http://user:password@proxy:port (percent-encode special characters).'
        : `Check that ${v.proxy} is an HTTP proxy (not a SOCKS port or another service) and that it may reach ${v.target}. If you do not need a proxy, remove the variable:\n${k.unsetEnv([v.variable])}`,
  ),
  'proxy.no-proxy-entry': entry(
    (v) =>
      ({
        scheme: `The ${v.variable} entry "${v.entry}" has a scheme: entries are host names, so Claude Code matches nothing with it.`,
        semicolon: `The ${v.variable} entry "${v.entry}" contains a semicolon: Claude Code separates entries by commas or spaces only, so it matches nothing.`,
        wildcard: `The ${v.variable} entry "${v.entry}" has a "*" that Claude Code does not understand: only "*" alone and a leading "*." work, so it matches nothing.`,
      })[v.problem as 'scheme' | 'semicolon' | 'wildcard'],
    (v) => `Write "${v.suggestion}" instead.`,
  ),
  'proxy.tls-verification-disabled': entry(
    () => 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks: anyone on the network path can read your API key.',
    (_v, k) => `Remove it, and trust your company's certificate with NODE_EXTRA_CA_CERTS instead:\n${k.unsetEnv(['NODE_TLS_REJECT_UNAUTHORIZED'])}`,
  ),
  'proxy.extra-ca-unreadable': entry(
    (v) => `NODE_EXTRA_CA_CERTS points to ${v.path}, which cannot be read (${v.reason}). Node ignores it, and TLS through an intercepting proxy fails.`,
    () => 'Correct the path, or remove the variable if no proxy intercepts TLS.',
  ),
  'proxy.extra-ca-not-pem': entry(
    (v) => `NODE_EXTRA_CA_CERTS points to ${v.path}, which holds no PEM certificate ("-----BEGIN CERTIFICATE-----").`,
    (v, k) => `If it is a DER (.cer/.crt) file, convert it:\n${k.commands([`openssl x509 -inform der -in ${quote(v.path)} -out company-ca.pem`])}\nthen point NODE_EXTRA_CA_CERTS at company-ca.pem.`,
  ),
  'proxy.extra-ca-ok': entry(
    (v) => `NODE_EXTRA_CA_CERTS adds ${v.certificates} certificate${v.certificates === 1 ? '' : 's'} from ${v.path} to the trusted roots.`,
  ),
} satisfies Record<string, MessageEntry>;

function quote(path: string): string {
  return /\s/.test(path) ? `"${path}"` : path;
}
