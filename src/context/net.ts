// The real NetProbe: a TCP connect that tells whether a proxy listens, and, when asked, whether it opens a tunnel
// (one CONNECT, its status line read, the connection closed: no TLS, no request goes through).
import { connect } from 'net';
import type { NetProbe, NetProbeResult, TunnelRequest } from '../core/types';

/** A status line is short; anything longer without a line break is not an HTTP proxy answering. */
const MAX_STATUS_BYTES = 4096;

export function createNetProbe(): NetProbe {
  return { canConnect };
}

function canConnect(host: string, port: number, timeoutMs: number, tunnel?: TunnelRequest): Promise<NetProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let connected = false;
    let settled = false;
    let received = Buffer.alloc(0);
    const finish = (result: Omit<NetProbeResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...result, latencyMs: elapsed() });
    };
    const timer = setTimeout(() => finish(connected ? { ok: true, tunnel: { noAnswer: true } } : { ok: false, error: 'TIMEOUT' }), timeoutMs);
    socket.once('connect', () => {
      connected = true;
      if (!tunnel) return finish({ ok: true });
      const auth = tunnel.proxyAuthorization ? `Proxy-Authorization: ${tunnel.proxyAuthorization}\r\n` : '';
      socket.write(`CONNECT ${tunnel.target} HTTP/1.1\r\nHost: ${tunnel.target}\r\n${auth}\r\n`);
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n');
      if (end === -1 && received.length < MAX_STATUS_BYTES) return;
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(received.subarray(0, end === -1 ? MAX_STATUS_BYTES : end).toString('latin1'));
      finish({ ok: true, tunnel: status ? { status: Number(status[1]) } : { closed: true } });
    });
    socket.once('close', () => finish(connected ? { ok: true, tunnel: { closed: true } } : { ok: false, error: 'CLOSED' }));
    socket.once('error', (e: NodeJS.ErrnoException) => finish(connected ? { ok: true, tunnel: { closed: true } } : { ok: false, error: e.code ?? e.message }));
  });
}
