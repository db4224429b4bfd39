// What a request that never got an HTTP answer looks like in text → Classification.
// Claude Code (a Bun binary) names these failures its own way (ConnectionRefused, FailedToOpenSocket, ...);
// Node and curl use errno codes. Both map to the kinds live-probe reports from undici, so the two agree.
import type { HttpErrorKind } from '../core/types';
import { classifyFailure } from './classify-failure';
import type { Classification } from './verdict';

interface FailureRule {
  pattern: RegExp;
  kind: HttpErrorKind;
}

// Order matters: a TLS failure text may also say "Unable to connect".
const RULES: readonly FailureRule[] = [
  { pattern: /Request timed out|\bETIMEDOUT\b|\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b|\bTimeoutError\b|timed out after/i, kind: 'timeout' },
  // Claude Code's wording for a TLS-intercepting proxy, and the certificate errno codes of Node.
  { pattern: /Self[- ]signed certificate|\bSELF_SIGNED_CERT_IN_CHAIN\b|\bDEPTH_ZERO_SELF_SIGNED_CERT\b|\bUNABLE_TO_(?:GET_ISSUER_CERT(?:_LOCALLY)?|VERIFY_LEAF_SIGNATURE)\b|\bCERT_[A-Z_]+\b|\bERR_TLS_[A-Z_]+\b/i, kind: 'tls' },
  // https:// to a port that speaks plain http: Bun cannot verify a certificate that never came.
  { pattern: /\bUNKNOWN_CERTIFICATE_VERIFICATION_ERROR\b|wrong version number|\bERR_SSL_[A-Z_]+\b|\bEPROTO\b/i, kind: 'tls' },
  { pattern: /\bFailedToOpenSocket\b|\bENOTFOUND\b|\bEAI_AGAIN\b|getaddrinfo|Could not resolve host/i, kind: 'dns' },
  { pattern: /\bConnectionRefused\b|\bECONNREFUSED\b|Connection refused|Failed to connect to .* port \d+/i, kind: 'connection-refused' },
  { pattern: /Proxy Authentication Required|\bProxy response \(\d+\)|Received HTTP code \d+ from proxy/i, kind: 'proxy' },
  { pattern: /\bECONNRESET\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|\bConnectionClosed\b|socket hang up|Unable to connect to API/i, kind: 'network' },
];

/** The connection failure a line of text reports, or null when it reports none. */
export function classifyConnectionError(text: string): Classification | null {
  const rule = RULES.find((r) => r.pattern.test(text));
  if (!rule) return null;
  const code = rule.pattern.exec(text)?.[0] ?? undefined;
  return classifyFailure(rule.kind, { code, message: text.slice(0, 300) });
}
