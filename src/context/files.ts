// The real file system, shaped so that no user file can hang or crash the doctor:
// only regular files are opened (never a FIFO or a device), reads are capped, errors become data.
import { accessSync, closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'fs';
import { dirname } from 'path';
import type { FileInfo, FileSystem, ReadFailure } from '../core/types';

const DEFAULT_MAX_BYTES = 1024 * 1024;

function infoOf(st: import('fs').Stats): FileInfo {
  return {
    kind: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other',
    size: st.size,
    mode: st.mode & 0o777,
    mtimeMs: st.mtimeMs,
  };
}

function failureOf(code: string | undefined): ReadFailure {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'ELOOP':
      return 'loop';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable';
    case 'EISDIR':
      return 'not-a-file';
    default:
      return 'error';
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

/**
 * The code a throwing stat gives for a path that statSync(path, { throwIfNoEntry: false }) found missing: ENOTDIR when
 * the nearest part of the path that exists is not a directory (a file where a folder should be, or a file named with a
 * trailing slash), else ENOENT. Node 22 and later answer both without throwing; Node 20 still throws ENOTDIR.
 */
export function missingCode(path: string): 'ENOENT' | 'ENOTDIR' {
  const trimmed = path.replace(/[\\/]+$/, '');
  let at = trimmed !== path && trimmed !== '' ? trimmed : dirname(path);
  for (;;) {
    let st: import('fs').Stats | undefined;
    try {
      st = statSync(at, { throwIfNoEntry: false });
    } catch (e) {
      // Before Node 22, a folder above is already "not a directory".
      return codeOf(e) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
    }
    if (st) return st.isDirectory() ? 'ENOENT' : 'ENOTDIR';
    const up = dirname(at);
    if (up === at) return 'ENOENT';
    at = up;
  }
}

/**
 * Whether statSync(path, { throwIfNoEntry: false }) also answers undefined where the throwing stat gives ENOTDIR. Before
 * Node 22 it throws ENOTDIR itself, so an undefined answer there can only be ENOENT, and readFile skips missingCode's
 * walk up the path (a stat or two for each of the dozen optional files a run does not find: 0.6% of the instructions
 * of an offline run on Node 20). test/context/files.test.ts checks this on every Node of the matrix.
 */
export const STAT_HIDES_ENOTDIR = Number(process.versions.node.split('.')[0]) >= 22;

/**
 * Synchronous calls behind the async interface: a local read takes microseconds, while fs.promises loads more
 * modules and adds a thread-pool round trip per call (issue 12 measured about 0.09x of bare Node's start-up).
 * Each method still returns a promise, so callers and fakes are unchanged.
 */
export const realFileSystem: FileSystem = {
  async readFile(path, options) {
    const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
    let info: FileInfo;
    try {
      // No Error for a missing file either: a run reads about 13 optional files that are not there (settings
      // scopes, start-up files, .npmrc), and each thrown stat cost 20 us (0.25 ms of a run).
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) return { ok: false, path, reason: 'missing', detail: STAT_HIDES_ENOTDIR ? missingCode(path) : 'ENOENT' };
      info = infoOf(st);
    } catch (e) {
      return { ok: false, path, reason: failureOf(codeOf(e)), detail: codeOf(e) ?? String(e) };
    }
    if (info.kind !== 'file') return { ok: false, path, reason: 'not-a-file', detail: info.kind };
    let fd: number | undefined;
    try {
      // O_NONBLOCK: if the path was swapped for a FIFO after the stat, open must not block.
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const opened = fstatSync(fd);
      if (!opened.isFile()) return { ok: false, path, reason: 'not-a-file', detail: 'other' };
      const buffer = Buffer.alloc(Math.min(maxBytes, Math.max(opened.size, 0)) + 1);
      let length = 0;
      while (length < buffer.length) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      const truncated = length > maxBytes || opened.size > maxBytes;
      const bytes = new Uint8Array(buffer.subarray(0, Math.min(length, maxBytes)));
      return { ok: true, path, bytes, size: opened.size, truncated, info: infoOf(opened) };
    } catch (e) {
      return { ok: false, path, reason: failureOf(codeOf(e)), detail: codeOf(e) ?? String(e) };
    } finally {
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {
          // Nothing to do: the descriptor is gone either way.
        }
      }
    }
  },
  async stat(path) {
    try {
      // throwIfNoEntry: a missing path (ENOENT, ENOTDIR) returns undefined instead of building a stack-traced
      // Error: 5 us per miss, 0.05-0.1 ms for the first (the PATH searches miss ~25 times a run).
      const st = statSync(path, { throwIfNoEntry: false });
      return st ? infoOf(st) : null;
    } catch (e) {
      const code = codeOf(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      return { kind: 'other', size: 0, mode: 0, mtimeMs: 0 };
    }
  },
  async realpath(path) {
    try {
      return realpathSync.native(path);
    } catch {
      return null;
    }
  },
  async readDir(path) {
    try {
      return readdirSync(path).sort();
    } catch {
      return null;
    }
  },
  async isExecutable(path) {
    try {
      // No Error for a missing candidate (the PATH search misses ~25 times a run): see stat above.
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
      if (process.platform === 'win32') return true;
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};
