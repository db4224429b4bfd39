// Which requests Claude Code sends through a proxy: measured on the real binary, not read from documentation.
// Measured 2026-12-04 on Claude Code 2.1.332 (linux-x64): `claude -p` against a loopback endpoint and a loopback
// forward proxy that records CONNECT and absolute-URI requests, with host names pointed at 127.0.0.1 by a private
// /etc/hosts; a request the proxy saw went through it, one the endpoint saw directly did not.
// test/claude-code/real-proxy.test.ts re-checks the rows marked there against the installed release.
// src/network/proxy-rules.ts applies these rules for the proxy check and the live probe.
import { URL_SCHEME } from '../core/url-scheme';

export const PROXY_FACTS_MEASURED = { date: '2026-12-04', claudeCode: '2.1.332' } as const;

/** The proxy variables, first non-empty wins; whichever wins serves http and https targets alike. */
export const PROXY_VARIABLE_ORDER = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const;

/** Both are read and their entries added together (`no_proxy=a NO_PROXY=b` bypasses a and b). */
export const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const;

/** Entries are separated by commas and by white space (space, tab); a semicolon separates nothing. */
export const NO_PROXY_SEPARATORS = /[,\s]+/;

/** A value with a scheme ("http://", "socks5://") is parsed as it is. */
export const PROXY_SCHEME_PATTERN = URL_SCHEME;
/**
 * Without a scheme, only `host:port` is repaired to http://host:port (CLAUDE_CODE_DISABLE_PROXY_SCHEME_REPAIR=1
 * turns that off). "user:pass@host:port", a host without a port and "//host:port" are refused at start-up with
 * `Invalid proxy URL in HTTPS_PROXY: "…" cannot be parsed as a URL.`
 */
export const PROXY_REPAIRABLE = /^[a-z0-9.-]+:\d+$/i;
export const PROXY_DEFAULT_SCHEME = 'http://';

export interface ProxyFact {
  rule: string;
  /** What Claude Code did in the measurement. */
  example: string;
}

/** Each measured rule, for the next person to check against a new release. */
export const PROXY_FACTS: readonly ProxyFact[] = [
  { rule: 'proxy variable order', example: 'https_proxy beats HTTPS_PROXY beats http_proxy beats HTTP_PROXY, for http and https targets' },
  { rule: 'no scheme', example: 'HTTPS_PROXY=127.0.0.1:7890, localhost:7890 or proxy.corp:3128 is used as http://… (absolute-URI for http, CONNECT for https)' },
  { rule: 'no scheme, not host:port', example: 'u:p@127.0.0.1:7890, 127.0.0.1 and //127.0.0.1:7890: Claude Code prints "Invalid proxy URL in HTTPS_PROXY" and exits' },
  { rule: 'scheme repair off', example: 'CLAUDE_CODE_DISABLE_PROXY_SCHEME_REPAIR=1 with 127.0.0.1:7890: "Invalid proxy URL" and exits (not modelled by the doctor)' },
  { rule: 'both NO_PROXY variables', example: 'no_proxy=example.org NO_PROXY=127.0.0.1: both hosts go direct; no_proxy="" NO_PROXY=x: x goes direct' },
  { rule: 'separators', example: '"localhost api.kimi.test", "a.test, api.kimi.test" and a tab all bypass api.kimi.test; "a.test;api.kimi.test" does not' },
  { rule: 'star', example: '"*" alone, or among other entries, bypasses every host' },
  { rule: 'leading *. and .', example: '"*.kimi.test" and ".kimi.test" bypass api.kimi.test and kimi.test itself' },
  { rule: 'plain domain', example: '"kimi.test" bypasses kimi.test and api.kimi.test, not xkimi.test' },
  { rule: 'other wildcards', example: '"*kimi.test", "api.*.test" and "*.*.test" bypass nothing' },
  { rule: 'case and trailing dot', example: '"API.KIMI.TEST" and "kimi.test." bypass api.kimi.test' },
  { rule: 'ports', example: '"api.kimi.test:<port>" bypasses only that port ("*.kimi.test:<port>" too); ":443" does not cover an explicit other port' },
  { rule: 'CIDR', example: '"127.0.0.0/8" and "127.0.0.1/32" bypass 127.0.0.1; "10.0.0.0/8" does not' },
  { rule: 'IP addresses', example: '"127.0.0.1" bypasses 127.0.0.1; "::1" does not' },
  { rule: 'scheme in an entry', example: '"http://api.kimi.test" bypasses nothing' },
  { rule: 'loopback', example: 'with no NO_PROXY, 127.0.0.1 and localhost go through the proxy' },
  { rule: 'ALL_PROXY', example: 'ALL_PROXY alone sends requests through that proxy (not modelled by the doctor yet)' },
  { rule: 'settings.json env', example: 'HTTPS_PROXY and NO_PROXY in ~/.claude/settings.json "env" apply like the environment' },
];
