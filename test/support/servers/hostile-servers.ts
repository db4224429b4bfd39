// Loopback servers that misbehave the way broken gateways, proxies and middleboxes do.
// Every one binds 127.0.0.1 and tracks its sockets, so close() never waits on a client.
import * as http from 'http';
import * as net from 'net';
import * as zlib from 'zlib';
import { listenOnLoopback } from './listen';

export interface HostileServer {
  /** Base URL to give the doctor as ANTHROPIC_BASE_URL. */
  baseUrl: string;
  /** Connections accepted so far (raw TCP servers only): a client that retries without end shows here. */
  connections?: number;
  close(): Promise<void>;
}

async function serveHttp(handler: http.RequestListener): Promise<HostileServer> {
  const server = http.createServer(handler);
  const { port, close } = await listenOnLoopback(server);
  return { baseUrl: `http://127.0.0.1:${port}/anthropic`, close };
}

/** Runs `tick` every `ms` until the response closes. */
function every(res: http.ServerResponse, ms: number, tick: () => void): void {
  const timer = setInterval(tick, ms);
  res.on('close', () => clearInterval(timer));
}

/** A 200 whose JSON body arrives one byte a second. */
export const trickleBody = () =>
  serveHttp((_req, res) => {
    const body = Buffer.from(JSON.stringify({ type: 'message', content: [{ type: 'text', text: 'x'.repeat(200) }] }));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    let i = 0;
    every(res, 1000, () => i < body.length && res.write(body.subarray(i, ++i)));
  });

/** Status line and a few header bytes, then one header byte a second: the headers never finish. */
export const trickleHeaders = () =>
  rawTcp((socket) => {
    socket.write('HTTP/1.1 200 OK\r\nx-slow: ');
    const timer = setInterval(() => socket.write('a'), 1000);
    socket.on('close', () => clearInterval(timer));
  });

/** Half a body, then a TCP reset. */
export const resetMidBody = () =>
  serveHttp((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json', 'content-length': '4000' });
    res.write('{"error":{"type":"invalid_authentication_error","message":"Inv');
    setTimeout(() => {
      const socket = res.socket as net.Socket & { resetAndDestroy?: () => void };
      if (socket.resetAndDestroy) socket.resetAndDestroy();
      else socket.destroy();
    }, 50);
  });

/** Answers every request with a status line HTTP cannot parse. */
export const invalidStatusLine = () => rawTcp((socket) => socket.end('HTTP/1.1 abc Bogus\r\ncontent-length: 0\r\n\r\n'));

/** Accepts the connection and closes it at once, before any answer. */
export const closeOnAccept = () => rawTcp((socket) => socket.destroy());

/** ~1 MB on the wire that inflates to 1 GiB: 100 gzip members of 10 MiB of zeros each. */
export const gzipBomb = () => {
  const member = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024), { level: 9 });
  const bomb = Buffer.concat(Array.from({ length: 100 }, () => member));
  return serveHttp((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
    res.end(bomb);
  });
};

/** A 200 event stream that never ends: one event every 5 ms. */
export const endlessEventStream = () =>
  serveHttp((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[]}}\n\n');
    every(res, 5, () => res.write('event: ping\ndata: {"type":"ping"}\n\n'));
  });

/** Every request is redirected to itself. */
export const redirectLoop = () =>
  serveHttp((req, res) => {
    res.writeHead(307, { location: `http://127.0.0.1:${(req.socket.localPort ?? 0)}${req.url}` });
    res.end();
  });

/** A TCP server that reads the request and never says a word; with an https URL, the TLS handshake stalls. */
export const silent = () => rawTcp(() => undefined);

async function rawTcp(onConnection: (socket: net.Socket) => void): Promise<HostileServer & { origin: string }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.on('error', () => undefined);
    // Wait for the request so the client is committed before the answer goes wrong.
    socket.once('data', () => onConnection(socket));
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    baseUrl: `http://127.0.0.1:${port}/anthropic`,
    origin: `127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    close,
  };
}
