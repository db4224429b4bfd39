// The contract between checks, the runner and the one real I/O adapter.
// Checks see the world only through `Context`; nothing here touches process, fs or the network.
import type { FindingCode } from '../i18n/codes';

export type { FindingCode };
export type Severity = 'error' | 'warning' | 'info';
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export type Category = 'install' | 'config' | 'network';
export type Lang = 'en' | 'zh';
export type Shell = 'bash' | 'zsh' | 'fish' | 'powershell' | 'cmd';
export type Platform = 'linux' | 'darwin' | 'win32' | (string & {});

/** Values a message template may use. Secrets never go in here unredacted. */
export type FindingValues = Record<string, unknown>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  values?: FindingValues;
}

/** What a check's run() returns: findings as data, plus check-specific facts for the JSON report. */
export interface CheckOutcome {
  findings: Finding[];
  data?: Record<string, unknown>;
  /** Set through `skipped()`: the check did not apply (offline, other platform). */
  skipped?: boolean;
}

export interface CheckDefinition {
  /** Stable across releases: CI scripts select and read checks by id. */
  id: string;
  /** English title; the Chinese one lives in the catalogue under the same id. */
  title: string;
  category: Category;
  /** Work budget before the runner gives up on the check (default: local 8 s, network 3 × --timeout + 2 s). */
  budgetMs?: (options: RunOptions) => number;
  /** Return a skip outcome when the check does not apply here, or undefined when it does. */
  appliesTo?: (ctx: Context) => CheckOutcome | undefined;
  run: (ctx: Context) => Promise<CheckOutcome>;
}

export interface CheckResult {
  id: string;
  title: string;
  category: Category;
  status: CheckStatus;
  durationMs: number;
  findings: Finding[];
  data: Record<string, unknown>;
  /** Present when the check crashed: shown only with --verbose, always redacted. */
  crash?: { message: string; stack?: string };
}

export interface RunOptions {
  offline: boolean;
  /** Bound for one piece of network work (connect plus response), in ms. */
  timeoutMs: number;
  verbose: boolean;
  /** --model: overrides the configured model for the live probe. */
  model?: string;
  /** Run the installed Claude Code once against a loopback capture server to learn what it sends (default on). */
  clientCapture?: boolean;
}

// ---------- I/O interfaces (implemented for real in src/context/real.ts, faked in tests) ----------

export type Env = Readonly<Record<string, string | undefined>>;

export type FileKind = 'file' | 'directory' | 'other';

export interface FileInfo {
  kind: FileKind;
  size: number;
  /** POSIX permission bits (mode & 0o777); 0 where the platform has none. */
  mode: number;
  mtimeMs: number;
}

/** Why a file could not be read: every way a user's file can be odd ends here, never in a throw. */
export type ReadFailure = 'missing' | 'not-a-file' | 'unreadable' | 'loop' | 'error';

export type ReadResult =
  | { ok: true; path: string; bytes: Uint8Array; size: number; truncated: boolean; info: FileInfo }
  | { ok: false; path: string; reason: ReadFailure; detail: string };

export interface FileSystem {
  /** Reads at most maxBytes (default 1 MiB) of a regular file; never opens FIFOs, devices or directories. */
  readFile(path: string, options?: { maxBytes?: number }): Promise<ReadResult>;
  /** Follows symlinks. null when missing; a loop or permission problem gives kind 'other'. */
  stat(path: string): Promise<FileInfo | null>;
  /** Resolved path with all symlinks followed, or null. */
  realpath(path: string): Promise<string | null>;
  /** Entry names, or null when not a readable directory. */
  readDir(path: string): Promise<string[] | null>;
  /** True when the path is a file this user may execute (on Windows: exists). */
  isExecutable(path: string): Promise<boolean>;
}

export interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Spawn failure (ENOENT, EACCES...), already redacted-safe: no environment dump. */
  error?: string;
}

export interface ProcessRunner {
  /** Never uses a shell; always bounded by timeoutMs; output capped. */
  run(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult>;
}

export interface ProcessOptions {
  timeoutMs: number;
  env?: Env;
  cwd?: string;
  /**
   * Start it in a process group of its own (POSIX) and kill the whole group at the deadline and once it exits,
   * so nothing it started outlives it.
   */
  ownProcessGroup?: boolean;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Connection plus full response must finish within this, in ms. */
  timeoutMs: number;
  /** Read at most this much of the body (default 64 KiB); the rest is discarded. */
  maxBodyBytes?: number;
  /** Proxy to use, or null for a direct connection. Decided by the caller (Claude Code's rules). */
  proxyUrl: string | null;
  /** Extra PEM CA certificates (NODE_EXTRA_CA_CERTS), added to the default roots. */
  extraCaPem?: string;
  /** Verify TLS certificates (false only when the user set NODE_TLS_REJECT_UNAUTHORIZED=0). */
  rejectUnauthorized?: boolean;
  /** Stops the request early (the check's budget ran out); ends as a failure, never a throw. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  latencyMs: number;
}

/** Failure kinds a request can end with before an HTTP status arrives. */
export type HttpErrorKind = 'timeout' | 'dns' | 'connection-refused' | 'tls' | 'proxy' | 'network';

export interface HttpFailure {
  kind: HttpErrorKind;
  /** Low-level code (ECONNREFUSED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...). */
  code?: string;
  message: string;
  latencyMs: number;
}

export type HttpOutcome = { ok: true; response: HttpResponse } | { ok: false; failure: HttpFailure };

export interface HttpClient {
  /** Never follows redirects; never throws: failures come back as data. */
  request(request: HttpRequest): Promise<HttpOutcome>;
}

export interface NetProbe {
  /**
   * TCP connect to host:port within timeoutMs; ok when the connection opened. With `tunnel`, host:port is an http
   * proxy and is then asked to CONNECT to tunnel.target (host:port); `tunnel` in the result says what it answered.
   */
  canConnect(host: string, port: number, timeoutMs: number, tunnel?: TunnelRequest): Promise<NetProbeResult>;
}

export interface TunnelRequest {
  target: string;
  /** Sent as Proxy-Authorization (a secret: never put in a result). */
  proxyAuthorization?: string;
}

export interface NetProbeResult {
  ok: boolean;
  error?: string;
  latencyMs: number;
  /** The proxy's answer to CONNECT: its HTTP status, or that it closed the connection or said nothing in time. */
  tunnel?: { status: number } | { closed: true } | { noAnswer: true };
}

/** One run of a client (Claude Code) against a capture server of the doctor's own on 127.0.0.1. */
export interface ClientCaptureSpec {
  command: string;
  /** Built once the capture server listens; origin is e.g. http://127.0.0.1:41234 (no trailing slash). */
  args: (origin: string) => string[];
  /** The child's whole environment; the adapter adds CLAUDE_CONFIG_DIR pointing into the sandbox. */
  env: Env;
  /**
   * Files copied into a fresh temporary sandbox before the run, so every write of the client lands in copies:
   * `config` is the client's config directory (CLAUDE_CONFIG_DIR), `project` its working directory.
   * A source that is missing or unreadable is skipped.
   */
  copies: Array<{ from: string; into: 'config' | 'project'; relative: string }>;
  /** Hard limit for the whole run; the process group is killed then, and after every run. */
  timeoutMs: number;
}

export interface CapturedRequest {
  method: string;
  /** Path and query as the client sent them, e.g. /anthropic/v1/messages?beta=true. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** At most 256 KiB of the body. */
  body: string;
}

export interface ClientCaptureResult {
  requests: CapturedRequest[];
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Spawn or sandbox failure (ENOENT, EACCES...). */
  error?: string;
}

export interface ClientCapture {
  /** Never throws: every failure comes back as data. */
  run(spec: ClientCaptureSpec): Promise<ClientCaptureResult>;
}

export interface Clock {
  /** Wall-clock epoch milliseconds. */
  now(): number;
}

/** Secrets found while checking (keys in settings files, proxy passwords): the output redacts them. */
export interface SecretSink {
  /** 'password' values are never shown at all; keys may show their prefix and last 4 characters. */
  add(secret: string | undefined | null, kind?: 'key' | 'password'): void;
}

export interface Context {
  /** The environment evaluated: the process environment, or --env-file. */
  env: Env;
  /** The real process environment, kept apart so --env-file can be compared with it. */
  processEnv: Env;
  platform: Platform;
  arch: string;
  /** os.release(), for the report. */
  osRelease: string;
  homeDir: string;
  cwd: string;
  /** The Node running the doctor. */
  runtime: { nodeVersion: string; execPath: string; doctorVersion: string };
  files: FileSystem;
  proc: ProcessRunner;
  http: HttpClient;
  net: NetProbe;
  /** Runs the installed Claude Code against a loopback server (only online, only when it is installed). */
  capture: ClientCapture;
  clock: Clock;
  options: RunOptions;
  secrets: SecretSink;
  /** Aborted when the check's budget runs out, so long I/O can stop early. */
  signal: AbortSignal;
  /** Shared, once-per-run computations (the claude install, the effective configuration). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

// ---------- Safe writes (implemented for real in src/context/write.ts): used only by --fix and setup ----------

/** What identifies the bytes that were read, so a write can refuse when the file changed in between. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes read, hex. */
  sha256: string;
}

/** Which file a snapshot saw (device and inode), who owns it, and how many names it has (hard links). */
export interface FileIdentity {
  dev: number;
  ino: number;
  nlink: number;
  uid: number;
  gid: number;
}

/** A file as it was read before an edit: the edit is applied to these bytes and to nothing newer. */
export type FileSnapshot =
  | { path: string; state: 'missing' }
  | { path: string; state: 'present'; bytes: Uint8Array; fingerprint: FileFingerprint; mode: number; identity?: FileIdentity }
  | { path: string; state: 'unreadable'; detail: string };

export interface WriteOptions {
  /** Permission bits for a file that does not exist yet: 0o600 for files that hold credentials. */
  newFileMode: number;
  /** Bits taken away from an existing file's mode, e.g. 0o077 when a key is being written into it. */
  clearModeBits?: number;
}

/** read-only: the owner's write bit is off; hard-link: the file has other names; owner: its owner could not be kept. */
export type WriteRefusal = 'changed' | 'unreadable' | 'error' | 'read-only' | 'hard-link' | 'owner';

export type WriteOutcome =
  | { ok: true; path: string; created: boolean; backupPath: string | null }
  | { ok: false; path: string; reason: WriteRefusal; detail: string };

export interface FileWriter {
  /** Reads a file for editing; symlinks are followed, so the edit lands in the real file. */
  snapshot(path: string): Promise<FileSnapshot>;
  /**
   * Replaces the file with `bytes` atomically, after a timestamped backup of the old bytes.
   * Refuses, changing nothing, when the file is no longer what `snapshot` saw. Never throws.
   */
  replace(snapshot: FileSnapshot, bytes: Uint8Array, options: WriteOptions): Promise<WriteOutcome>;
  /** Takes `clearModeBits` away from the file's mode (chmod), refusing when it is no longer what `snapshot` saw. */
  restrictMode?(snapshot: FileSnapshot, clearModeBits: number): Promise<WriteOutcome>;
}
