// The real NetProbe: a bare TCP connect, used to tell whether a proxy is listening at all.
import * as net from 'net';
import type { NetProbe } from '../core/types';

export function createNetProbe(): NetProbe {
  return { canConnect };
}

function canConnect(host: string, port: number, timeoutMs: number): Promise<{ ok: boolean; error?: string; latencyMs: number }> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (result: { ok: boolean; error?: string }) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...result, latencyMs: elapsed() });
    };
    const timer = setTimeout(() => finish({ ok: false, error: 'TIMEOUT' }), timeoutMs);
    socket.once('connect', () => finish({ ok: true }));
    socket.once('error', (e: NodeJS.ErrnoException) => finish({ ok: false, error: e.code ?? e.message }));
  });
}

/** The name the real context loads lazily. */
export const realNetProbe: NetProbe = createNetProbe();
