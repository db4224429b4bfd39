// Low-level errors → failure kinds, on error objects shaped like undici's and Node's.
import { errorFacts, failureKind } from '../../src/context/http-errors';

const wrapped = (code: string, message = code) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
const direct = { timedOut: false, viaProxy: false };
const proxied = { timedOut: false, viaProxy: true };

test.each([
  ['ENOTFOUND, direct', 'dns', wrapped('ENOTFOUND'), direct],
  ['EAI_AGAIN, direct', 'dns', wrapped('EAI_AGAIN'), direct],
  ['ECONNREFUSED, direct', 'connection-refused', wrapped('ECONNREFUSED'), direct],
  ['SELF_SIGNED_CERT_IN_CHAIN, direct', 'tls', wrapped('SELF_SIGNED_CERT_IN_CHAIN'), direct],
  ['DEPTH_ZERO_SELF_SIGNED_CERT, via proxy', 'tls', wrapped('DEPTH_ZERO_SELF_SIGNED_CERT'), proxied],
  ['UND_ERR_CONNECT_TIMEOUT, direct', 'timeout', wrapped('UND_ERR_CONNECT_TIMEOUT'), direct],
  ['UND_ERR_HEADERS_TIMEOUT, direct', 'timeout', wrapped('UND_ERR_HEADERS_TIMEOUT'), direct],
  ['ECONNREFUSED, via proxy', 'proxy', wrapped('ECONNREFUSED'), proxied],
  ['ENOTFOUND, via proxy', 'proxy', wrapped('ENOTFOUND'), proxied],
  ['UND_ERR_ABORTED, via proxy', 'proxy', Object.assign(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), { code: 'UND_ERR_ABORTED' }), proxied],
  ['UND_ERR_PRX_TLS, via proxy', 'proxy', Object.assign(new Error('secure proxy connection failed'), { code: 'UND_ERR_PRX_TLS' }), proxied],
  ['ECONNRESET, direct', 'network', wrapped('ECONNRESET'), direct],
  ['abort after our timer, via proxy', 'timeout', new Error('This operation was aborted'), { timedOut: true, viaProxy: true }],
] as const)('%s → %s', (_label, kind, thrown, context) => {
  expect(failureKind(errorFacts(thrown), context)).toBe(kind);
});

test('the socket-level code wins over the wrapper, and messages are joined', () => {
  expect(errorFacts(wrapped('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'))).toEqual({
    code: 'ECONNREFUSED',
    message: 'fetch failed: connect ECONNREFUSED 127.0.0.1:1',
  });
});
