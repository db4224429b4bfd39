// A forward proxy on 127.0.0.1 that speaks CONNECT and absolute-URI and records what clients send it.
// `route` can send a tunnel for any host (api.moonshot.cn) to a local server, so official hosts are testable offline.
import * as http from 'http';
import * as net from 'net';
import { listenOnLoopback } from './listen';

export interface ProxiedRequest {
  kind: 'connect' | 'absolute-uri';
  /** host:port for CONNECT, the full URL for absolute-URI. */
  target: string;
  proxyAuthorization?: string;
  /** Headers of an absolute-URI request (a tunnel's inner headers are encrypted or unseen). */
  headers: http.IncomingHttpHeaders;
}

export interface ForwardProxy {
  url: string;
  port: number;
  seen: ProxiedRequest[];
  close(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** "user:pass": anything else gets a 407. */
  requireAuth?: string;
  route?: (host: string, port: number) => { host: string; port: number };
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const seen: ProxiedRequest[] = [];
  const route = options.route ?? ((host: string, port: number) => ({ host, port }));
  const expectedAuth = options.requireAuth ? `Basic ${Buffer.from(options.requireAuth).toString('base64')}` : undefined;
  const authorised = (header: string | undefined) => expectedAuth === undefined || header === expectedAuth;

  const server = http.createServer((req, res) => {
    const proxyAuthorization = req.headers['proxy-authorization'];
    seen.push({ kind: 'absolute-uri', target: req.url ?? '', proxyAuthorization, headers: req.headers });
    if (!authorised(proxyAuthorization)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = new URL(req.url ?? '');
    const to = route(target.hostname, Number(target.port || 80));
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = http.request({ host: to.host, port: to.port, method: req.method, path: target.pathname + target.search, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const proxyAuthorization = req.headers['proxy-authorization'];
    seen.push({ kind: 'connect', target: req.url ?? '', proxyAuthorization, headers: req.headers });
    if (!authorised(proxyAuthorization)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    const [host, port] = splitHostPort(req.url ?? '');
    const to = route(host, port);
    const upstream = net.connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });

  const { port, close } = await listenOnLoopback(server);
  return { url: `http://127.0.0.1:${port}`, port, seen, close };
}

function splitHostPort(target: string): [string, number] {
  const i = target.lastIndexOf(':');
  return [target.slice(0, i).replace(/^\[|\]$/g, ''), Number(target.slice(i + 1))];
}
