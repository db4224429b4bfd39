// An in-memory Context for table tests of checks: no disk, no processes, no network.
import * as path from 'path';
import type {
  ClientCapture,
  ClientCaptureSpec,
  Context,
  Env,
  FileInfo,
  FileSystem,
  HttpClient,
  HttpOutcome,
  HttpRequest,
  NetProbe,
  ProcessResult,
  ProcessRunner,
  RunOptions,
} from '../../src/core/types';

/** A file's content, or a special kind of entry that real disks can hold. */
export type FakeEntry =
  | string
  | Uint8Array
  | { kind: 'file'; content: string | Uint8Array; mode?: number; executable?: boolean }
  | { kind: 'directory' }
  | { kind: 'symlink'; target: string }
  | { kind: 'fifo' }
  | { kind: 'unreadable'; mode?: number }
  | { kind: 'loop' };

export interface FakeContextOptions {
  env?: Env;
  processEnv?: Env;
  platform?: Context['platform'];
  arch?: string;
  homeDir?: string;
  cwd?: string;
  files?: Record<string, FakeEntry>;
  /** Keyed by "command arg1 arg2" (command as given); a function gets the args. */
  processes?: Record<string, Partial<ProcessResult> | ((args: string[]) => Partial<ProcessResult>)>;
  http?: (req: HttpRequest) => Promise<HttpOutcome> | HttpOutcome;
  net?: NetProbe['canConnect'];
  /** What a capture run of the client returns; by default the client is never reached (ENOENT). */
  capture?: ClientCapture['run'];
  now?: number;
  options?: Partial<RunOptions>;
  runtime?: Partial<Context['runtime']>;
}

export interface FakeContext extends Context {
  /** Every request the code under test made, in order. */
  httpLog: HttpRequest[];
  processLog: Array<{ command: string; args: string[] }>;
  secretsSeen: string[];
  /** Every capture run the code under test asked for. */
  captureLog: ClientCaptureSpec[];
}

export function fakeContext(opts: FakeContextOptions = {}): FakeContext {
  const platform = opts.platform ?? 'linux';
  const p = platform === 'win32' ? path.win32 : path.posix;
  const files = new Map<string, FakeEntry>();
  for (const [k, v] of Object.entries(opts.files ?? {})) files.set(p.normalize(k), v);

  const resolve = (input: string, depth = 0): { path: string; entry: FakeEntry } | { loop: true } | null => {
    if (depth > 20) return { loop: true };
    const key = p.normalize(input);
    const entry = files.get(key);
    if (entry === undefined) {
      // A symlinked parent directory: /a/b/c where /a/b -> /x/y.
      const parts = key.split(p.sep);
      for (let i = parts.length - 1; i > 0; i--) {
        const parent = parts.slice(0, i).join(p.sep) || p.sep;
        const pe = files.get(parent);
        if (pe && typeof pe === 'object' && !(pe instanceof Uint8Array) && pe.kind === 'symlink') {
          const target = p.resolve(p.dirname(parent), pe.target);
          return resolve(p.join(target, ...parts.slice(i)), depth + 1);
        }
      }
      // Directories exist implicitly when files live under them.
      const prefix = key.endsWith(p.sep) ? key : key + p.sep;
      for (const k of files.keys()) if (k.startsWith(prefix)) return { path: key, entry: { kind: 'directory' } };
      return null;
    }
    if (typeof entry === 'object' && !(entry instanceof Uint8Array) && entry.kind === 'symlink') {
      return resolve(p.resolve(p.dirname(key), entry.target), depth + 1);
    }
    if (typeof entry === 'object' && !(entry instanceof Uint8Array) && entry.kind === 'loop') return { loop: true };
    return { path: key, entry };
  };

  const toBytes = (c: string | Uint8Array) => (typeof c === 'string' ? new Uint8Array(Buffer.from(c, 'utf8')) : c);

  const infoOf = (entry: FakeEntry): FileInfo => {
    if (typeof entry === 'string' || entry instanceof Uint8Array) {
      return { kind: 'file', size: toBytes(entry).length, mode: 0o644, mtimeMs: 0 };
    }
    switch (entry.kind) {
      case 'file':
        return { kind: 'file', size: toBytes(entry.content).length, mode: entry.mode ?? (entry.executable ? 0o755 : 0o644), mtimeMs: 0 };
      case 'directory':
        return { kind: 'directory', size: 0, mode: 0o755, mtimeMs: 0 };
      case 'unreadable':
        return { kind: 'file', size: 10, mode: entry.mode ?? 0o000, mtimeMs: 0 };
      default:
        return { kind: 'other', size: 0, mode: 0, mtimeMs: 0 };
    }
  };

  const fileSystem: FileSystem = {
    async readFile(file, o) {
      const max = o?.maxBytes ?? 1024 * 1024;
      const r = resolve(file);
      if (r === null) return { ok: false, path: file, reason: 'missing', detail: 'ENOENT' };
      if ('loop' in r) return { ok: false, path: file, reason: 'loop', detail: 'ELOOP' };
      const { entry } = r;
      if (typeof entry === 'object' && !(entry instanceof Uint8Array) && entry.kind === 'unreadable') {
        return { ok: false, path: file, reason: 'unreadable', detail: 'EACCES' };
      }
      const info = infoOf(entry);
      if (info.kind !== 'file') return { ok: false, path: file, reason: 'not-a-file', detail: info.kind };
      const content = typeof entry === 'string' || entry instanceof Uint8Array ? entry : (entry as { content: string | Uint8Array }).content;
      const bytes = toBytes(content);
      return { ok: true, path: file, bytes: bytes.slice(0, max), size: bytes.length, truncated: bytes.length > max, info };
    },
    async stat(file) {
      const r = resolve(file);
      if (r === null) return null;
      if ('loop' in r) return { kind: 'other', size: 0, mode: 0, mtimeMs: 0 };
      return infoOf(r.entry);
    },
    async realpath(file) {
      const r = resolve(file);
      if (r === null || 'loop' in r) return null;
      return r.path;
    },
    async readDir(dir) {
      const r = resolve(dir);
      if (r === null || 'loop' in r || infoOf(r.entry).kind !== 'directory') return null;
      const prefix = r.path.endsWith(p.sep) ? r.path : r.path + p.sep;
      const names = new Set<string>();
      for (const k of files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split(p.sep)[0]);
      return [...names].sort();
    },
    async isExecutable(file) {
      const r = resolve(file);
      if (r === null || 'loop' in r) return false;
      const { entry } = r;
      if (platform === 'win32') return infoOf(entry).kind === 'file';
      return typeof entry === 'object' && !(entry instanceof Uint8Array) && entry.kind === 'file' && (entry.executable === true || ((entry.mode ?? 0) & 0o111) !== 0);
    },
  };

  const processLog: FakeContext['processLog'] = [];
  const proc: ProcessRunner = {
    async run(command, args) {
      processLog.push({ command, args });
      const spec = opts.processes?.[[command, ...args].join(' ')] ?? opts.processes?.[command];
      if (!spec) return { exitCode: null, stdout: '', stderr: '', timedOut: false, error: 'ENOENT' };
      const r = typeof spec === 'function' ? spec(args) : spec;
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false, ...r };
    },
  };

  const httpLog: HttpRequest[] = [];
  const http: HttpClient = {
    async request(req) {
      httpLog.push(req);
      if (!opts.http) return { ok: false, failure: { kind: 'network', message: 'no fake http handler', latencyMs: 0 } };
      return opts.http(req);
    },
  };

  const captureLog: ClientCaptureSpec[] = [];
  const memo = new Map<string, Promise<unknown>>();
  const secretsSeen: string[] = [];
  const env = opts.env ?? {};
  return {
    env,
    processEnv: opts.processEnv ?? env,
    platform,
    arch: opts.arch ?? 'x64',
    osRelease: '6.1.0',
    homeDir: opts.homeDir ?? (platform === 'win32' ? 'C:\\Users\\user' : '/home/user'),
    cwd: opts.cwd ?? (platform === 'win32' ? 'C:\\work\\project' : '/work/project'),
    runtime: { nodeVersion: 'v22.12.0', execPath: '/usr/local/bin/node', doctorVersion: '0.0.0-test', ...opts.runtime },
    files: fileSystem,
    proc,
    http,
    net: { canConnect: opts.net ?? (async () => ({ ok: false, error: 'ECONNREFUSED', latencyMs: 0 })) },
    capture: {
      run: async (spec: ClientCaptureSpec) => {
        captureLog.push(spec);
        return opts.capture ? opts.capture(spec) : { requests: [], exitCode: null, stdout: '', stderr: '', timedOut: false, error: 'ENOENT' };
      },
    },
    captureLog,
    clock: { now: () => opts.now ?? Date.parse('2026-11-29T12:00:00Z') },
    options: { offline: false, timeoutMs: 10000, verbose: false, ...opts.options },
    secrets: { add: (s) => void (s && secretsSeen.push(s)) },
    signal: new AbortController().signal,
    memo<T>(key: string, compute: () => Promise<T>) {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as Promise<T>;
    },
    httpLog,
    processLog,
    secretsSeen,
  };
}
