// Standard output and error, as the CLI writes to them. Part of the real I/O adapter.
// - A reader that closes early (`| head -1`, `| true`) is not an error: the rest of the output is dropped quietly
//   and the run keeps the exit code it would have had (no `write EPIPE` stack trace).
// - To a pipe, a file or a terminal, text is written with one synchronous write on the descriptor, and process.stdout,
//   whose stream stack costs start-up time, is never created (README, "Speed"). On Windows, or when the descriptor
//   is full (EAGAIN), the text goes through Node's stream as before.
import { fstatSync, statSync, writeSync } from 'fs';
import { detectLang } from '../core/locale';

type Fd = 1 | 2;

/** Streams whose reader has gone: later writes are dropped. */
const gone = new WeakSet<object>();
/** Streams that already have the error listener. */
const guarded = new WeakSet<object>();
const LAZY_FD = Symbol('kimi-claude.stdio-fd');
const LAZY_REAL = Symbol('kimi-claude.stdio-real');
const LAZY_STREAM = Symbol('kimi-claude.stdio-stream');
const LAZY_KIND = Symbol('kimi-claude.stdio-kind');

const readerGone = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
};

/** Once per stream: a write error never becomes an unhandled 'error' event (a stack trace and exit 1). */
function guard(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (e: unknown) => {
    gone.add(stream);
    if (!readerGone(e)) tellWriteFailed((e as NodeJS.ErrnoException | undefined)?.code ?? String(e));
  });
}

/** Any other write error (a full disk behind `> report.json`): one line on standard error, if it is still there. */
function tellWriteFailed(code: string): void {
  const zh = detectLang(process.env) === 'zh';
  try {
    writeSync(2, zh ? `kimi-claude：无法写出结果（${code}）。\n` : `kimi-claude: cannot write the output (${code}).\n`);
  } catch {
    // Standard error is gone too: nothing left to tell.
  }
}

let devNull: number | null | undefined;

/**
 * What a descriptor is, found without creating process.stdout (Node's tty module loads net and the stream stack: 5 ms):
 * - 'plain': a pipe, a socket, a regular file or /dev/null;
 * - 'terminal': any other character device, on POSIX a terminal in practice (a serial line is one too; /dev/zero or
 *   /dev/full as the output would only get colour);
 * - 'unknown': anything else, and everything on Windows, where the console needs Node's own stream.
 */
function kindOf(fd: Fd): 'plain' | 'terminal' | 'unknown' {
  if (process.platform === 'win32') return 'unknown';
  try {
    const st = fstatSync(fd);
    if (st.isFIFO() || st.isSocket() || st.isFile()) return 'plain';
    if (!st.isCharacterDevice()) return 'unknown';
    if (devNull === undefined) {
      try {
        devNull = statSync('/dev/null').rdev;
      } catch {
        devNull = null;
      }
    }
    return devNull !== null && st.rdev === devNull ? 'plain' : 'terminal';
  } catch {
    return 'unknown';
  }
}

/**
 * process.stdout (fd 1) or process.stderr (fd 2), created only when something other than `write` and `isTTY` is
 * asked of it. Every use of the real stream is guarded against a closed reader.
 */
export function lazyStdStream(fd: Fd): NodeJS.WriteStream {
  let real: NodeJS.WriteStream | undefined;
  let kind: ReturnType<typeof kindOf> | undefined;
  const materialize = () => {
    if (!real) {
      real = fd === 1 ? process.stdout : process.stderr;
      guard(real);
    }
    return real;
  };
  const kindOfFd = () => (kind ??= kindOf(fd));
  return new Proxy({} as NodeJS.WriteStream, {
    get(_target, prop) {
      if (prop === LAZY_FD) return fd;
      if (prop === LAZY_REAL) return real;
      if (prop === LAZY_STREAM) return materialize();
      if (prop === LAZY_KIND) return kindOfFd();
      if (prop === 'isTTY' && !real && kindOfFd() !== 'unknown') return kindOfFd() === 'terminal';
      if (prop === 'fd') return fd;
      const stream = materialize();
      const value = Reflect.get(stream, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(stream) : value;
    },
    set(_target, prop, value) {
      return Reflect.set(materialize(), prop, value);
    },
    has(_target, prop) {
      return prop === LAZY_FD || Reflect.has(materialize(), prop);
    },
  });
}

/** Standard output and error for the CLI: lazy, and quiet when the reader closes early. */
export const stdio = { stdout: lazyStdStream(1), stderr: lazyStdStream(2) };

/** Writes on the descriptor; returns what is left to write (EAGAIN), or null when done or the reader is gone. */
function writeOnDescriptor(fd: Fd, text: string, onGone: () => void): Buffer | null {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return bytes.subarray(offset);
      onGone();
      if (code !== 'EPIPE' && fd !== 2) tellWriteFailed(code ?? String(e));
      return null;
    }
  }
  return null;
}

/**
 * Writes text and resolves once it is handed to the OS, so a piped report is never cut short by exit. Never
 * rejects: when the reader has gone, the text is dropped.
 */
export function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  const lazy = stream as unknown as { [LAZY_FD]?: Fd; [LAZY_REAL]?: NodeJS.WriteStream; [LAZY_KIND]?: ReturnType<typeof kindOf> };
  if (gone.has(stream) || (lazy[LAZY_REAL] && gone.has(lazy[LAZY_REAL])) || text === '') return Promise.resolve();
  const fd = lazy[LAZY_FD];
  let rest: string | Buffer = text;
  // Only when nothing waits in the stream's own buffer, so the order of the output is kept. A terminal takes a
  // synchronous write as a pipe does (Node's own stream writes to it synchronously too).
  if (fd !== undefined && lazy[LAZY_KIND] !== 'unknown' && !lazy[LAZY_REAL]?.writableLength) {
    const left = writeOnDescriptor(fd, text, () => gone.add(stream));
    if (!left) return Promise.resolve();
    rest = left;
  }
  // The real stream behind a lazy one: its error listener is the one materialize() added.
  const target: NodeJS.WritableStream = fd !== undefined ? (lazy as unknown as { [LAZY_STREAM]: NodeJS.WriteStream })[LAZY_STREAM] : stream;
  guard(target);
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      target.removeListener('error', done);
      target.removeListener('drain', done);
      resolve();
    };
    target.once('error', done);
    if (target.write(rest, () => done())) done();
    else target.once('drain', done);
  });
}
