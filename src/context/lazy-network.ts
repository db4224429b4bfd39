// HttpClient and NetProbe that load the real adapters on first use: an offline run never loads undici.
// The real context (src/context/real.ts) hands these to every check.
import type { HttpClient, NetProbe } from '../core/types';

export function lazyHttpClient(): HttpClient {
  let real: HttpClient | undefined;
  return {
    request(req) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real ??= (require('./http') as typeof import('./http')).createHttpClient();
      return real.request(req);
    },
  };
}

export function lazyNetProbe(): NetProbe {
  let real: NetProbe | undefined;
  return {
    canConnect(host, port, timeoutMs) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real ??= (require('./net') as typeof import('./net')).createNetProbe();
      return real.canConnect(host, port, timeoutMs);
    },
  };
}
