// The real HttpClient: undici, one dispatcher per request, never following redirects.
// Loaded lazily (require) by the CLI only when a network check runs, so an offline run never loads undici.
import type { LookupFunction } from 'net';
import type { Dispatcher } from 'undici';
// Only the parts of undici the doctor uses: its index also loads fetch, WebSocket, caches and mocks, which costs
// about 30 ms per probed run (measured: 60 ms for `undici`, 30 ms for these). undici 6 has no "exports" map, so the
// paths belong to the installed package; the network integration tests exercise every one of them.
import Agent = require('undici/lib/dispatcher/agent');
import ProxyAgent = require('undici/lib/dispatcher/proxy-agent');
import DispatcherBase = require('undici/lib/dispatcher/dispatcher');
import api = require('undici/lib/api');

// What undici's index does: give every dispatcher request(), connect() and the rest (ProxyAgent needs connect()).
Object.assign(DispatcherBase.prototype, api);
import type { HttpClient, HttpOutcome, HttpRequest } from '../core/types';
import { errorFacts, failureKind } from './http-errors';

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
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const onOuterAbort = () => controller.abort();
  req.signal?.addEventListener('abort', onOuterAbort, { once: true });

  let dispatcher: Dispatcher | undefined;
  try {
    dispatcher = dispatcherFor(req, options);
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
    const facts = errorFacts(thrown);
    const kind = failureKind(facts, { timedOut, viaProxy: req.proxyUrl !== null });
    return { ok: false, failure: { kind, code: timedOut ? 'TIMEOUT' : facts.code, message: facts.message, latencyMs: elapsed() } };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onOuterAbort);
    // destroy, not close: a half-read 64 MB body must not be drained.
    dispatcher?.destroy().catch(() => undefined);
  }
}

function dispatcherFor(req: HttpRequest, options: HttpClientOptions): Dispatcher {
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
    // https targets are tunnelled with CONNECT; plain http targets go as absolute-URI requests, as curl and Claude Code do.
    proxyTunnel: new URL(req.url).protocol === 'https:',
  });
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
