// HttpClient and NetProbe that load the real adapters on first use: an offline run never loads undici.
// The real context (src/context/real.ts) hands these to every check.
import type { ClientCapture, HttpClient, NetProbe } from '../core/types';

let wasmTierUpOff = false;

/**
 * undici parses HTTP with a WebAssembly module. After the doctor's one request, V8 would go on optimising that
 * module in the background, and the process cannot exit until it is done (about 60 ms, measured with npm run bench).
 * The baseline compiler alone is plenty for a handful of responses. Set before undici compiles anything.
 */
function baselineWasmOnly(): void {
  if (wasmTierUpOff) return;
  wasmTierUpOff = true;
  try {
    (require('v8') as typeof import('v8')).setFlagsFromString('--liftoff-only');
  } catch {
    // An engine without the flag simply optimises as usual.
  }
}

export function lazyHttpClient(): HttpClient {
  let real: HttpClient | undefined;
  return {
    request(req) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (!real) baselineWasmOnly();
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

export function lazyClientCapture(): ClientCapture {
  let real: ClientCapture | undefined;
  return {
    run(spec) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real ??= (require('./capture') as typeof import('./capture')).createClientCapture();
      return real.run(spec);
    },
  };
}
