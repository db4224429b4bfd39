// The real HttpClient: undici, one dispatcher per request, never following redirects.
// Loaded lazily (require) by the CLI only when a network check runs, so an offline run never loads undici.
import type { LookupFunction } from 'net';
import type { Dispatcher } from 'undici';
// Only the parts of undici the doctor uses: its index also loads fetch, WebSocket, caches and mocks, which costs
// about 30 ms per probed run (measured: 60 ms for `undici`, 30 ms for these). undici 6 has no "exports" map, so the
// paths belong to the installed package; the network integration tests exercise every one of them.
import Agent = require('undici/lib/dispatcher/agent');
import ProxyAgent = require('undici/lib/dispatcher/proxy-agent');
import Pool = require('undici/lib/dispatcher/pool');
import DispatcherBase = require('undici/lib/dispatcher/dispatcher');
import api = require('undici/lib/api');

// What undici's index does: give every dispatcher request(), connect() and the rest (ProxyAgent needs connect()).
Object.assign(DispatcherBase.prototype, api);
import type { HttpClient, HttpOutcome, HttpRequest } from '../core/types';
import { errorFacts, failureKind } from './http-errors';

type HttpFailure = Extract<HttpOutcome, { ok: false }>['failure'];

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface HttpClientOptions {
  /** Name resolution for direct connections (default: the system's); tests resolve without asking a DNS server. */
  lookup?: LookupFunction;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return { request: (req) => send(req, options) };
}

async function send(req: HttpRequest, options: HttpClientOptions): Promise<HttpOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const controller = new AbortController();
  const tunnel: TunnelState = { up: false };
  let timedOut = false;
  let dispatcher: Dispatcher | undefined;
  // undici's ProxyAgent ignores the abort signal while it sets up a tunnel, and retries a proxy that closes the
  // connection at once, without end. Destroying the dispatcher is what ends both: the request then settles.
  const stop = () => {
    tunnel.stopped = true;
    controller.abort();
    dispatcher?.destroy().catch(() => undefined);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, req.timeoutMs);
  req.signal?.addEventListener('abort', stop, { once: true });

  try {
    dispatcher = dispatcherFor(req, options, tunnel, stop);
    const url = new URL(req.url);
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: controller.signal,
      maxRedirections: 0,
    });
    const { text, truncated } = await readCapped(response.body, req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    return {
      ok: true,
      response: { status: response.statusCode, headers: flattenHeaders(response.headers), body: text, truncated, latencyMs: elapsed() },
    };
  } catch (thrown) {
    return { ok: false, failure: failureOf(req, thrown, { timedOut, tunnel, latencyMs: elapsed() }) };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', stop);
    // destroy, not close: a half-read 64 MB body must not be drained.
    dispatcher?.destroy().catch(() => undefined);
  }
}

/** What became of the CONNECT to the proxy, for https targets through a proxy. */
interface TunnelState {
  up: boolean;
  /** The request was stopped (time limit, outer abort, or a failed CONNECT): later errors are its echo. */
  stopped?: boolean;
  /** Why the proxy did not open the tunnel: the first failure ends the request (undici would retry without end). */
  error?: unknown;
}

function failureOf(req: HttpRequest, thrown: unknown, run: { timedOut: boolean; tunnel: TunnelState; latencyMs: number }): HttpFailure {
  const viaProxy = req.proxyUrl !== null;
  if (run.tunnel.error !== undefined) {
    const facts = errorFacts(run.tunnel.error);
    return { kind: failureKind(facts, { timedOut: false, viaProxy }), code: facts.code, message: facts.message, latencyMs: run.latencyMs };
  }
  const facts = errorFacts(thrown);
  // Out of time before the proxy opened the tunnel: the proxy is what did not answer, not the endpoint.
  const tunnelStalled = run.timedOut && viaProxy && isTunnelled(req) && !run.tunnel.up;
  // Once the tunnel is open, a reset or a closed socket comes from the endpoint at its other end.
  const pastProxy = viaProxy && isTunnelled(req) && run.tunnel.up;
  const kind = tunnelStalled ? 'proxy' : failureKind(facts, { timedOut: run.timedOut, viaProxy: viaProxy && !pastProxy });
  return { kind, code: run.timedOut ? 'TIMEOUT' : facts.code, message: tunnelStalled ? 'no answer to CONNECT' : facts.message, latencyMs: run.latencyMs };
}

/** https targets are tunnelled with CONNECT; plain http targets go as absolute-URI requests, as curl and Claude Code do. */
const isTunnelled = (req: HttpRequest) => new URL(req.url).protocol === 'https:';

function dispatcherFor(req: HttpRequest, options: HttpClientOptions, tunnel: TunnelState, stop: () => void): Dispatcher {
  const tlsOptions = {
    // A `ca` replaces Node's roots, so the extra PEM is added to them, as NODE_EXTRA_CA_CERTS does.
    ...(req.extraCaPem ? { ca: [...(require('tls') as typeof import('tls')).rootCertificates, req.extraCaPem] } : {}),
    rejectUnauthorized: req.rejectUnauthorized ?? true,
  };
  const timeouts = { headersTimeout: req.timeoutMs, bodyTimeout: req.timeoutMs };
  if (req.proxyUrl === null) {
    return new Agent({ ...timeouts, connect: { ...tlsOptions, timeout: req.timeoutMs, ...(options.lookup ? { lookup: options.lookup } : {}) } });
  }
  return new ProxyAgent({
    uri: req.proxyUrl,
    ...timeouts,
    requestTls: tlsOptions,
    proxyTls: { ...tlsOptions, timeout: req.timeoutMs },
    proxyTunnel: isTunnelled(req),
    clientFactory: (origin: URL, opts: object) => watchedProxyPool(origin, opts, tunnel, stop),
  });
}

/** The pool that talks to the proxy itself, with its CONNECT watched: a failed CONNECT stops the request at once. */
function watchedProxyPool(origin: URL, opts: object, tunnel: TunnelState, stop: () => void): Dispatcher {
  const pool = new Pool(origin, opts);
  const connect = pool.connect.bind(pool) as (o: Dispatcher.ConnectOptions) => Promise<Dispatcher.ConnectData>;
  Object.assign(pool, {
    connect: async (o: Dispatcher.ConnectOptions) => {
      try {
        const data = await connect(o);
        if (data.statusCode === 200) tunnel.up = true;
        return data;
      } catch (err) {
        if (!tunnel.stopped) {
          tunnel.error ??= err;
          setImmediate(stop);
        }
        throw err;
      }
    },
  });
  return pool;
}

/** At most maxBytes of the body; the rest is never buffered: the stream is destroyed instead. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  for await (const chunk of body) {
    const room = maxBytes - kept;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      kept += room;
      truncated = true;
      body.destroy();
      break;
    }
    chunks.push(chunk);
    kept += chunk.length;
  }
  return { text: Buffer.concat(chunks, kept).toString('utf8'), truncated };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
