// The real ClientCapture: a sandbox of copied config files, a capture server on 127.0.0.1 that answers like a
// minimal Anthropic endpoint, and one run of the client (the ordinary process runner, in a process group of its
// own) under a hard deadline.
// Loaded lazily: only an online run with Claude Code installed ever needs it.
import type { CapturedRequest, ClientCapture, ClientCaptureResult, ClientCaptureSpec } from '../core/types';
import { endTurnReply } from './end-turn-reply';
import { realProcessRunner } from './processes';

const MAX_BODY = 256 * 1024;
/** A config file larger than this is not copied (a ~/.claude.json with years of history is a few MiB). */
const MAX_COPY_BYTES = 64 * 1024 * 1024;

export function createClientCapture(): ClientCapture {
  return { run: (spec) => runCapture(spec).catch((e: Error) => failed(String(e?.message ?? e))) };
}

function failed(error: string): ClientCaptureResult {
  return { requests: [], exitCode: null, stdout: '', stderr: '', timedOut: false, error };
}

async function runCapture(spec: ClientCaptureSpec): Promise<ClientCaptureResult> {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const path = require('path') as typeof import('path');
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'kimi-claude-capture-'));
  const requests: CapturedRequest[] = [];
  const server = captureServer(requests);
  try {
    const dirs = { config: path.join(sandbox, 'config'), project: path.join(sandbox, 'project') };
    fs.mkdirSync(dirs.config, { mode: 0o700 });
    fs.mkdirSync(dirs.project, { mode: 0o700 });
    for (const copy of spec.copies) copyInto(fs, path, copy.from, path.join(dirs[copy.into], copy.relative));
    const origin = await listen(server);
    const run = await realProcessRunner.run(spec.command, spec.args(origin), {
      cwd: dirs.project,
      env: { ...spec.env, CLAUDE_CONFIG_DIR: dirs.config },
      timeoutMs: spec.timeoutMs,
      ownProcessGroup: true,
    });
    return { requests, ...run };
  } finally {
    server.closeAllConnections?.();
    server.close();
    fs.rmSync(sandbox, { recursive: true, force: true, maxRetries: 2 });
  }
}

function copyInto(fs: typeof import('fs'), path: typeof import('path'), from: string, to: string): void {
  try {
    const info = fs.statSync(from);
    if (!info.isFile() || info.size > MAX_COPY_BYTES) return;
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    // Copies may hold keys: readable by this user only, whatever the original's mode.
    fs.writeFileSync(to, fs.readFileSync(from), { mode: 0o600 });
  } catch {
    // Missing or unreadable: the client would not have read it either.
  }
}

function captureServer(requests: CapturedRequest[]): import('http').Server {
  const http = require('http') as typeof import('http');
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on('data', (c: Buffer) => {
      if (kept < MAX_BODY) chunks.push(c.subarray(0, MAX_BODY - kept));
      kept += c.length;
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers, body });
      answer(req.method ?? '', req.url ?? '', body, res);
    });
  });
}

/** The smallest reply that ends the client's turn at once: a one-word message, streamed when asked to be. */
function answer(method: string, url: string, body: string, res: import('http').ServerResponse): void {
  if (method !== 'POST' || !/\/messages(\?|$)/.test(url)) {
    res.writeHead(method === 'HEAD' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(method === 'HEAD' ? undefined : '{"type":"error","error":{"type":"not_found_error","message":"capture server"}}');
    return;
  }
  let parsed: { model?: unknown; stream?: unknown } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // An unparseable body still gets an answer; the doctor reads what was sent, not what came back.
  }
  const stream = parsed.stream === true;
  const reply = endTurnReply(typeof parsed.model === 'string' ? parsed.model : 'unknown', stream);
  res.writeHead(200, { 'content-type': reply.contentType, ...(stream ? { 'cache-control': 'no-cache' } : {}) });
  res.end(reply.body);
}

function listen(server: import('http').Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}
