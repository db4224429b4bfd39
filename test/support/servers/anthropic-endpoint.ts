// An Anthropic-style endpoint on 127.0.0.1 that answers whatever the test scripts and records every request.
import * as http from 'http';
import * as https from 'https';
import { listenOnLoopback } from './listen';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the endpoint does with a request. */
export type Answer =
  | { status: number; headers?: Record<string, string>; body: string }
  /** Never answers: the client must time out. */
  | { hang: true }
  /** A 200 whose body is `bytes` long, written with back-pressure so the server never holds it in memory. */
  | { hugeBodyBytes: number };

export interface AnthropicEndpoint {
  /** Base URL, e.g. http://127.0.0.1:1234/anthropic. */
  baseUrl: string;
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Bytes of a huge body actually written before the client went away. */
  hugeBodyBytesWritten: number;
  /** The answer for every request, or per path (the path wins). */
  answer(answer: Answer | ((req: RecordedRequest) => Answer)): void;
  answerPath(path: string, answer: Answer): void;
  close(): Promise<void>;
}

export async function startAnthropicEndpoint(options: { tls?: { keyPem: string; certPem: string } } = {}): Promise<AnthropicEndpoint> {
  let fallback: Answer | ((req: RecordedRequest) => Answer) = { status: 500, body: '{"error":{"type":"server_error","message":"no answer scripted"}}' };
  const byPath = new Map<string, Answer>();
  const requests: RecordedRequest[] = [];
  const state = { hugeBodyBytesWritten: 0 };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const pathOnly = recorded.path.split('?')[0];
      const chosen = byPath.get(pathOnly) ?? (typeof fallback === 'function' ? fallback(recorded) : fallback);
      respond(chosen, res, state);
    });
  };
  const server = options.tls ? https.createServer({ key: options.tls.keyPem, cert: options.tls.certPem }, handler) : http.createServer(handler);
  const { port, close } = await listenOnLoopback(server);
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/anthropic`,
    origin,
    port,
    requests,
    get hugeBodyBytesWritten() {
      return state.hugeBodyBytesWritten;
    },
    answer(a) {
      fallback = a;
    },
    answerPath(path, a) {
      byPath.set(path, a);
    },
    close,
  };
}

function respond(answer: Answer, res: http.ServerResponse, state: { hugeBodyBytesWritten: number }): void {
  if ('hang' in answer) return;
  if ('hugeBodyBytes' in answer) {
    writeHugeBody(answer.hugeBodyBytes, res, state);
    return;
  }
  res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
  res.end(answer.body);
}

function writeHugeBody(total: number, res: http.ServerResponse, state: { hugeBodyBytesWritten: number }): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(total) });
  res.write('{"type":"message","content":"');
  let left = total - 30;
  const pump = () => {
    while (left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      state.hugeBodyBytesWritten += piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (left = 0));
  pump();
}
