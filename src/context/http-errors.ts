// Turns what undici and Node throw into the few failure kinds a user can act on.
import type { HttpErrorKind } from '../core/types';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const TLS_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|EPROTO$)/;
// Failures to reach or talk to the proxy itself; a TLS problem behind the proxy stays `tls`.
const PROXY_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', ...DNS_CODES]);
const PROXY_TEXT = /Proxy response \(\d+\)|Proxy Authentication Required|proxy/i;

export interface ErrorFacts {
  code?: string;
  message: string;
}

/** The most specific code and message along the error's cause chain. */
export function errorFacts(thrown: unknown): ErrorFacts {
  const chain: Array<{ code?: unknown; message?: unknown; name?: unknown }> = [];
  let current: unknown = thrown;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    chain.push(current as { code?: unknown; message?: unknown });
    current = (current as { cause?: unknown }).cause;
  }
  // Deeper errors carry the socket-level code (ECONNREFUSED), outer ones undici's wrapper code.
  const coded = [...chain].reverse().find((e) => typeof e.code === 'string' && e.code !== 'UND_ERR_ABORTED' && e.code !== 'UND_ERR_CONNECT');
  const anyCoded = chain.find((e) => typeof e.code === 'string');
  const code = (coded?.code ?? anyCoded?.code) as string | undefined;
  const message = chain.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean).join(': ') || String(thrown);
  return { code, message };
}

export function failureKind(facts: ErrorFacts, context: { timedOut: boolean; viaProxy: boolean }): HttpErrorKind {
  const { code = '', message } = facts;
  if (context.timedOut || TIMEOUT_CODES.has(code)) return 'timeout';
  // undici's own code for a TLS failure talking to an https proxy: the proxy's certificate, not the endpoint's.
  if (code === 'UND_ERR_PRX_TLS') return 'proxy';
  if (TLS_CODE.test(code) || /certificate|SSL routines|wrong version number/i.test(message)) return 'tls';
  if (context.viaProxy && (PROXY_NETWORK_CODES.has(code) || PROXY_TEXT.test(message))) return 'proxy';
  if (DNS_CODES.has(code)) return 'dns';
  if (code === 'ECONNREFUSED') return 'connection-refused';
  return 'network';
}
