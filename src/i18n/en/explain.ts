// English wording for `kimi-claude explain`: the cause of each verdict, its remedy, and the answer's frame.
// Entries are keyed `explain.<verdict>`; values come from src/explain/describe.ts.
import { KIMI_CODE_CONSOLE, KIMI_CODE_PLANS, QUOTA_WINDOWS, quotaOf, resetText } from './quota';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { RenderKit } from '../render-kit';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';
import type { ExplainVerdict } from '../../explain/verdicts';

const CN = 'https://api.moonshot.cn/anthropic';
const CONSOLES = `${CONSOLE_URLS.cn} (China) or ${CONSOLE_URLS.ai} (international)`;
const said = (v: Values) => (v.serverMessage ? ` The server said: "${v.serverMessage}".` : '');
const status = (v: Values) => (v.status ? ` (HTTP ${v.status})` : '');
const limitName: Record<string, string> = { rpm: 'requests per minute (RPM)', tpm: 'tokens per minute (TPM)', tpd: 'tokens per day (TPD)', concurrency: 'concurrent requests' };
const baseUrlFix = (k: RenderKit) =>
  `${k.setEnv([['ANTHROPIC_BASE_URL', CN]])}\n(https://api.moonshot.ai/anthropic for the international platform, https://api.kimi.com/coding/ for Kimi Code.)`;


export const explainFindings = {
  'explain.ok': entry(
    () => 'This text shows a working answer, not an error.',
  ),
  'explain.auth': entry(
    (v) =>
      v.anthropicBody
        ? 'The key was refused (401) with Anthropic\'s own wording. Moonshot says "Invalid Authentication" instead, so the request may have gone to api.anthropic.com: ANTHROPIC_BASE_URL is not in effect where claude runs, or a gateway answered.'
        : v.errorType === 'permission_denied_error'
          ? `The key was accepted but not allowed to make this request${status(v)}.${said(v)} Claude Code prints "Failed to authenticate", yet the key itself is not the problem.`
          : `The endpoint refused the key${status(v)}.${said(v)} Usual causes: a mistyped or revoked key, quotes around the key, or a key of the other region (.cn keys work only on api.moonshot.cn, .ai keys only on api.moonshot.ai).`,
    (v, k) =>
      // Moonshot's 403 permission_denied_error: an IP allowlist, or an API or model not opened (issue 13, 2026-12-03).
      v.errorType === 'permission_denied_error'
        ? `Do not replace the key. In the console (${CONSOLES}) check whether the key or its project has an IP allowlist that leaves out this machine's public IP (add the IP, or remove the allowlist), and whether the API or model you use is opened for this account.`
        : `Copy the key again from the console of the platform you use (${CONSOLES}) and set it without quotes:\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', '<your key>']])}\nKeep ANTHROPIC_BASE_URL on the same region as the key.`,
  ),
  'explain.billing': entry(
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `This is a used-up quota, not a bad key${status(v)}: the Kimi Code membership quota for ${QUOTA_WINDOWS[quota.kind]} is spent${resetText(quota)}.${said(v)} Claude Code prints it under "Failed to authenticate", but the key works.`;
      }
      return `This is billing, not authentication or a rate limit${status(v)}: the account is out of balance or its plan is suspended.${said(v)}`;
    },
    (v) => {
      const quota = quotaOf(v);
      if (quota) {
        return `Wait until ${QUOTA_WINDOWS[quota.kind]} resets${resetText(quota)}; the Kimi Code console (${KIMI_CODE_CONSOLE}) shows your usage and when it resets. To continue now, buy extra usage or upgrade the plan at ${KIMI_CODE_PLANS}. Keep the key: it is valid.`;
      }
      return `Recharge the account in the console (${CONSOLES}); Kimi Code users check their plan at ${KIMI_CODE_PLANS}. Vouchers do not raise the rate-limit tier.`;
    },
  ),
  'explain.client-not-allowed': entry(
    (v) =>
      `Kimi Code refused the client, not the key${status(v)}.${said(v)} It admits only coding agents it knows, and tells them apart by the User-Agent header.`,
    (_v, k) =>
      `Claude Code's own User-Agent (claude-cli/<version>) is one Kimi Code admits, so the request carried another. If ANTHROPIC_CUSTOM_HEADERS (in the shell or the env block of ~/.claude/settings.json) sets User-Agent, remove that line, or the whole variable when that is all it holds:\n${k.unsetEnv([
        'ANTHROPIC_CUSTOM_HEADERS',
      ])}\nIf a router, proxy or another tool sends the requests, its User-Agent is the one refused: point Claude Code straight at https://api.kimi.com/coding/. Keep the key: it is fine.`,
  ),
  'explain.rate-limited': entry(
    (v) => {
      const l = v.limit as { kind: string; value: number; current?: number } | undefined;
      const what = l ? `the organisation's limit of ${l.value} ${limitName[l.kind]}${l.current !== undefined ? ` (current: ${l.current})` : ''}` : 'a rate limit';
      const tiers = (v.tiers as number[] | undefined) ?? [];
      return `The setup works; the account hit ${what}.${tiers.length ? ` That limit belongs to ${tiers.map((t) => `Tier${t}`).join(' or ')}.` : ''}${
        v.retryAfterSeconds !== undefined ? ` Moonshot asks to wait ${v.retryAfterSeconds} s.` : ''
      }${said(v)}`;
    },
    () =>
      'Wait and try again, and run fewer Claude Code sessions at once. Tiers go by cumulative recharge (Tier1 from ¥50 / $10 gives 200 RPM and 50 concurrent requests); recharge in the console to move up.',
  ),
  'explain.overloaded': entry(
    (v) => `Moonshot's engine is overloaded${status(v)}. Usually not your fault, and nothing in your setup is wrong.`,
    () =>
      'Try again in a few minutes. If it keeps happening, switch to another Kimi model with ANTHROPIC_MODEL. On Kimi Code (api.kimi.com) this answer also comes to a client it does not recognise: if it never goes away, check that ANTHROPIC_CUSTOM_HEADERS sets no User-Agent and that Claude Code itself, not another tool, sends the requests.',
  ),
  'explain.model-not-found': entry(
    (v) =>
      `Claude Code prints this line for every HTTP 404, so there are two possible causes: ${v.model ? `the model "${v.model}" is not available to this account` : 'the model is not available to this account'}, or the base URL points at a wrong path, most often one ending in /v1 (Claude Code appends /v1/messages itself, giving …/v1/v1/messages).${
        v.claudeDefaultModel ? ` "${v.model}" is a Claude model name: no Kimi model is configured, so Claude Code sent its own default.` : ''
      }${v.retired ? ` "${v.model}" was retired by Moonshot on ${v.retired} and answers 404 for every account.` : ''}${
        v.needsRecharge ? ` "${v.model}" answers 404 until the account has been recharged (vouchers do not count).` : ''
      }`,
    (v, k) =>
      `Make sure the base URL is the Anthropic-compatible root, without /v1:\n${baseUrlFix(k)}${
        v.instead
          ? `\nThen set a model your account has (GET /v1/models lists them; the doctor's live-probe shows them)${v.model ? `, instead of ${v.model}` : ''}:\n${k.setEnv([['ANTHROPIC_MODEL', String(v.instead)]])}${
              v.insteadLowBalance ? `\n${v.instead} needs a recharged balance; without one use ${v.insteadLowBalance}.` : ''
            }`
          : ''
      }`,
  ),
  'explain.endpoint-not-found': entry(
    () => 'The base URL points at a path that does not exist (HTTP 404).',
    (_v, k) => `Use the Anthropic-compatible root, without /v1:\n${baseUrlFix(k)}`,
  ),
  'explain.bad-request': entry(
    (v) => `The endpoint rejected the request as invalid${status(v)}.${said(v)} Often the model name or a setting Kimi does not support.`,
    () => 'Check ANTHROPIC_MODEL and any CLAUDE_CODE_* or MAX_* settings you changed; the server message above names the field.',
  ),
  'explain.server-error': entry(
    (v) => `The server failed${status(v)}${v.host ? ` at ${v.host}` : ''}.${said(v)} A server-side problem, usually temporary.`,
    () => 'Try again in a moment. If it persists, check Moonshot\'s status, or the gateway you put in front of it.',
  ),
  'explain.bad-response': entry(
    (v) =>
      `${v.kind === 'unparseable-json' ? 'The endpoint answered with something that is not JSON.' : 'The endpoint answered HTTP 200 without a message in it.'} That is usually a proxy, a captive portal or a gateway, or a redirect: Claude Code follows redirects and sends your key to the new host.`,
    (_v, k) =>
      `Point ANTHROPIC_BASE_URL straight at the real endpoint:\n${baseUrlFix(k)}\nThe doctor's live-probe does not follow redirects and names the host it is sent to; if that host is unknown to you, treat the key as exposed and create a new one.`,
  ),
  'explain.timeout': entry(
    () => 'No answer arrived in time. Claude Code waits up to 10 minutes per attempt (API_TIMEOUT_MS) and retries before it says "Request timed out".',
    () => 'Check that this machine reaches the endpoint (firewall, VPN, a proxy that must be set in HTTPS_PROXY). A slow network can raise API_TIMEOUT_MS.',
  ),
  'explain.dns': entry(
    () => 'The host name in ANTHROPIC_BASE_URL cannot be resolved (DNS): Claude Code says FailedToOpenSocket.',
    (_v, k) => `Check the spelling of the host (api.moonshot.cn, api.moonshot.ai, api.kimi.com):\n${baseUrlFix(k)}\nIf it is right, this network cannot resolve it: check the connection, or set HTTPS_PROXY if you reach the internet through a proxy.`,
  ),
  'explain.connection-refused': entry(
    () => 'Nothing accepts connections at that address: a wrong host or port in ANTHROPIC_BASE_URL, or a proxy in HTTPS_PROXY / HTTP_PROXY that is not running.',
    (_v, k) => `Check ANTHROPIC_BASE_URL, and start the proxy or remove the proxy variables:\n${k.unsetEnv(['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'])}`,
  ),
  'explain.tls': entry(
    (v) =>
      /UNKNOWN_CERTIFICATE_VERIFICATION_ERROR/i.test(String(v.matched))
        ? 'The URL says https:// but the port speaks plain http, so no certificate ever came.'
        : 'The TLS certificate was not trusted: a corporate proxy or antivirus is intercepting HTTPS ("Self-signed certificate detected").',
    (v, k) =>
      /UNKNOWN_CERTIFICATE_VERIFICATION_ERROR/i.test(String(v.matched))
        ? `Use http:// for a local plain-http gateway, or the real https endpoint:\n${baseUrlFix(k)}`
        : `Give Node your company's root certificate (a PEM file from IT):\n${k.setEnv([['NODE_EXTRA_CA_CERTS', '/path/to/company-root-ca.pem']])}\nDo not set NODE_TLS_REJECT_UNAUTHORIZED=0: it turns off every check.`,
  ),
  'explain.proxy': entry(
    () => 'The proxy refused or failed the request.',
    () => 'Check the proxy URL, its user name and password in HTTPS_PROXY, or add the endpoint to NO_PROXY when it needs no proxy.',
  ),
  'explain.network': entry(
    () => 'The connection to the endpoint broke off (reset, unreachable network).',
    () => 'Check the network, VPN and proxy settings, then try again.',
  ),
  'explain.command-not-found': entry(
    (v) =>
      `Your ${v.shellFamily === 'cmd' ? 'cmd.exe' : v.shellFamily === 'powershell' ? 'PowerShell' : 'shell'} cannot find the claude command: Claude Code is not installed, or its folder is not on PATH.`,
    (_v, k) =>
      `Install Claude Code (Node.js 18 or newer):\n${k.commands(['npm install -g @anthropic-ai/claude-code'])}\nThen open a new terminal. If it is installed, add npm's global folder (npm prefix -g) to PATH.`,
  ),
  'explain.not-logged-in': entry(
    (v) =>
      v.kind === 'key-rejected-at-prompt'
        ? 'At the "Do you want to use this API key?" prompt the key was declined (No is the default). Claude Code remembers that in ~/.claude.json (customApiKeyResponses.rejected) and now ignores the key.'
        : 'Claude Code found no credential: neither ANTHROPIC_AUTH_TOKEN nor ANTHROPIC_API_KEY is set where claude runs (shell or the env block of ~/.claude/settings.json).',
    (v, k) =>
      v.kind === 'key-rejected-at-prompt'
        ? 'Remove the key\'s entry from "customApiKeyResponses" → "rejected" in ~/.claude.json (or use ANTHROPIC_AUTH_TOKEN instead), then start claude again and answer Yes.'
        : `Set the key, in the same terminal you start claude from:\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', '<your key>']])}`,
  ),
  'explain.onboarding': entry(
    () =>
      'On an interactive first start Claude Code contacts https://api.anthropic.com/api/hello, and that failed. It happens before your Kimi endpoint is used, and is typical where api.anthropic.com is blocked.',
    () => 'Mark onboarding as done: in ~/.claude.json set "hasCompletedOnboarding": true (create the file as {"hasCompletedOnboarding": true} if missing), then start claude again.',
  ),
  'explain.auth-conflict': entry(
    () => 'Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY are set. Claude Code sends both, and with ANTHROPIC_API_KEY the key also goes to api.anthropic.com.',
    (_v, k) => `Keep only ANTHROPIC_AUTH_TOKEN for Kimi:\n${k.unsetEnv(['ANTHROPIC_API_KEY'])}\nAlso remove it from the env block of ~/.claude/settings.json if it is there.`,
  ),
  'explain.invalid-url': entry(
    (v) => {
      const problems = (v.problems as string[]) ?? [];
      const why = problems.length
        ? problems.map((p) => ({ quotes: 'quotes', 'full-width': 'full-width characters (such as ：)', spaces: 'spaces' })[p] ?? p).join(' and ')
        : 'characters a URL cannot have';
      if (v.baseUrl === null || v.baseUrl === undefined) {
        return 'ANTHROPIC_BASE_URL is not a valid URL, usually because of quotes inside the value or full-width characters (such as ：or ／). Claude Code stopped before sending anything.';
      }
      return `ANTHROPIC_BASE_URL is not a valid URL: it contains ${why} (value: ${v.baseUrl}). Claude Code stopped before sending anything.`;
    },
    (v, k) =>
      `Set it again, typed with plain ASCII characters and no quotes inside the value (check the env block of ~/.claude/settings.json too):\n${k.setEnv([['ANTHROPIC_BASE_URL', /^https?:\/\/[\x21-\x7e]+$/.test(String(v.suggestedUrl)) ? String(v.suggestedUrl) : CN]])}`,
  ),
  'explain.output-token-limit': entry(
    (v) => `The request worked; the answer was longer than the output limit of ${v.maxTokens} tokens.`,
    (_v, k) => `Ask for a shorter answer, or raise the limit:\n${k.setEnv([['CLAUDE_CODE_MAX_OUTPUT_TOKENS', '64000']])}`,
  ),
} satisfies Record<string, MessageEntry>;

const seconds = (s: number) => (s >= 90 ? `about ${Math.round(s / 60)} minutes` : `about ${s} s`);

/** The frame around a diagnosis; zh/explain.ts is typed against it. */
export const explainUi = {
  cause: 'Cause',
  claudeCodeDid: 'What Claude Code did',
  remedy: 'What to do',
  confirm: 'Confirm with',
  matched: 'Recognised line',
  confidence: 'Confidence',
  confidenceLevels: { high: 'high', medium: 'medium', low: 'low' } as Record<'high' | 'medium' | 'low', string>,
  /** The heading's name for each verdict: English shows the stable id itself. */
  verdictNames: {
    ok: 'ok',
    auth: 'auth',
    billing: 'billing',
    'client-not-allowed': 'client-not-allowed',
    'rate-limited': 'rate-limited',
    overloaded: 'overloaded',
    'model-not-found': 'model-not-found',
    'endpoint-not-found': 'endpoint-not-found',
    'bad-request': 'bad-request',
    'server-error': 'server-error',
    'bad-response': 'bad-response',
    timeout: 'timeout',
    dns: 'dns',
    'connection-refused': 'connection-refused',
    tls: 'tls',
    proxy: 'proxy',
    network: 'network',
    'command-not-found': 'command-not-found',
    'not-logged-in': 'not-logged-in',
    onboarding: 'onboarding',
    'auth-conflict': 'auth-conflict',
    'invalid-url': 'invalid-url',
    'output-token-limit': 'output-token-limit',
  } as Record<ExplainVerdict, string>,
  alternatives: 'The same line is also printed for',
  alsoSeen: 'Also on the screen',
  retriedOnScreen: (attempt: number, max: number) => `The screen shows retry ${attempt} of ${max}.`,
  behaviour: {
    retried: (retries: number, waitSeconds: number, fromScreen: boolean) =>
      `It retried ${retries} times with growing back-off, ${seconds(waitSeconds)} in all, before showing the line${fromScreen ? '' : ' (CLAUDE_CODE_MAX_RETRIES changes the count)'}.`,
    retriedOnce: () => 'It retried once without streaming, then showed the line.',
    answeredOnce: () => 'It showed the first answer; this kind is not retried.',
    requestSucceeded: () => 'The request itself succeeded.',
    noRequest: () => 'It stopped before sending any request to the endpoint.',
    onboardingCheck: () => 'It stopped at the first-start check, before using your endpoint.',
    notStarted: () => 'Claude Code never started: the shell did not find it.',
  },
  unrecognised: 'No known Claude Code error was recognised in this text.',
  closestGuesses: 'Closest guesses',
  runDoctor: 'Run the full doctor to find out: kimi-claude doctor',
};
