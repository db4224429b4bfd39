// HttpClient and NetProbe that load the real adapters on first use: an offline run never loads undici.
// The real context (src/context/real.ts) hands these to every check.
import type { ClientCapture, HttpClient, NetProbe } from '../core/types';

let wasmTierUpOff = false;

/**
 * undici parses HTTP with a WebAssembly module. After the doctor's one request, V8 would go on optimising that
 * module in the background, and the process cannot exit until it is done (about 60 ms, measured with npm run bench).
 * The baseline compiler alone is plenty for a handful of responses. Set before undici compiles anything.
 * bin/kimi-claude.js already sets it at start-up (with its other flags for a short-lived process); this covers
 * every other way in, and setting a flag to the value it has changes nothing.
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

/**
 * undici's HTTP/2 client requires node:http2 when it loads, and http2 brings TLS and crypto with it: about 2 MB of
 * peak memory on Node 20 and 4 MB on Node 22, for a protocol the doctor never speaks (undici uses HTTP/2 only with
 * allowH2, which is off). undici itself runs without it where Node has no http2 (it then uses `{ constants: {} }`),
 * so while undici loads, asking for http2 fails, and nothing else. Jest's module system never calls Module._load, so
 * tests see the plain require.
 */
function withoutHttp2<T>(load: () => T): T {
  type Load = (request: string, ...rest: unknown[]) => unknown;
  const Module = require('module') as { _load?: Load };
  const original = Module._load;
  if (typeof original !== 'function') return load();
  Module._load = function (this: unknown, request: string, ...rest: unknown[]) {
    if (request === 'node:http2' || request === 'http2') throw new Error('kimi-claude: the doctor speaks HTTP/1.1 only');
    return original.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    Module._load = original;
  }
}

export function lazyHttpClient(): HttpClient {
  let real: HttpClient | undefined;
  return {
    request(req) {
      if (!real) {
        baselineWasmOnly();
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        real = withoutHttp2(() => (require('./http') as typeof import('./http')).createHttpClient());
      }
      return real.request(req);
    },
  };
}

export function lazyNetProbe(): NetProbe {
  let real: NetProbe | undefined;
  return {
    canConnect(host, port, timeoutMs, tunnel) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real ??= (require('./net') as typeof import('./net')).createNetProbe();
      return real.canConnect(host, port, timeoutMs, tunnel);
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
