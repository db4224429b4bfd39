// The one place that writes user files. Every write keeps the old bytes in a timestamped backup, replaces the
// file atomically (temporary file in the same directory, fsync, rename), keeps its mode, and refuses when the
// file is no longer what was read: a concurrent Claude Code session must never lose its update to ours.
import { createHash, randomBytes } from 'crypto';
import { constants, promises as fsp } from 'fs';
import * as path from 'path';
import type { FileFingerprint, FileSnapshot, FileWriter, WriteOptions, WriteOutcome } from '../core/types';

/** ~/.claude.json grows with project history; anything beyond this is not a file we should rewrite. */
const MAX_EDIT_BYTES = 32 * 1024 * 1024;

export interface FileWriterOptions {
  /** Clock for the backup name. */
  now?: () => Date;
  /** Test seam: runs when the temporary file and the backup are durable, right before the rename. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `20261129T195844Z`: sorts by time and is a valid file name on every platform. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

async function readSnapshot(file: string): Promise<FileSnapshot> {
  let handle: fsp.FileHandle | undefined;
  try {
    // O_NONBLOCK: a FIFO put in place of the file must not hang the fix.
    handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return { path: file, state: 'unreadable', detail: 'not a regular file' };
    if (st.size > MAX_EDIT_BYTES) return { path: file, state: 'unreadable', detail: `larger than ${MAX_EDIT_BYTES} bytes` };
    const bytes = new Uint8Array(await handle.readFile());
    const fingerprint: FileFingerprint = { size: bytes.length, mtimeMs: st.mtimeMs, sha256: sha256Hex(bytes) };
    return { path: file, state: 'present', bytes, fingerprint, mode: st.mode & 0o7777 };
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT') return { path: file, state: 'missing' };
    return { path: file, state: 'unreadable', detail: code };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The file the path leads to, so a symlinked dotfile is edited in place instead of being replaced by a copy. */
async function realTarget(file: string): Promise<string> {
  try {
    return await fsp.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

function unchanged(before: FileSnapshot, now: FileSnapshot): boolean {
  if (before.state === 'missing') return now.state === 'missing';
  if (before.state !== 'present' || now.state !== 'present') return false;
  const a = before.fingerprint;
  const b = now.fingerprint;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

async function writeDurably(file: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await fsp.open(file, 'wx', mode);
  try {
    // The umask may have narrowed the mode given to open; the copy must match the original exactly.
    await handle.chmod(mode).catch(() => undefined);
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeBackup(target: string, bytes: Uint8Array, mode: number, stamp: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = `${target}.kimi-claude-backup-${stamp}${n === 1 ? '' : `-${n}`}`;
    try {
      await writeDurably(candidate, bytes, mode);
      return candidate;
    } catch (e) {
      if (codeOf(e) !== 'EEXIST' || n > 100) throw e;
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

export function createFileWriter(options: FileWriterOptions = {}): FileWriter {
  const now = options.now ?? (() => new Date());
  return {
    async snapshot(file) {
      const snap = await readSnapshot(await realTarget(file));
      return { ...snap, path: file };
    },

    async replace(snapshot, bytes, writeOptions: WriteOptions): Promise<WriteOutcome> {
      const shown = snapshot.path;
      if (snapshot.state === 'unreadable') return { ok: false, path: shown, reason: 'unreadable', detail: snapshot.detail };
      const target = await realTarget(snapshot.path);
      const refuseIfChanged = async (): Promise<WriteOutcome | undefined> => {
        const current = await readSnapshot(target);
        if (unchanged(snapshot, current)) return undefined;
        return { ok: false, path: shown, reason: 'changed', detail: 'the file changed after it was read' };
      };

      const early = await refuseIfChanged();
      if (early) return early;
      const dir = path.dirname(target);
      const mode = snapshot.state === 'present' ? snapshot.mode & ~(writeOptions.clearModeBits ?? 0) : writeOptions.newFileMode;
      const temp = path.join(dir, `.${path.basename(target)}.kimi-claude-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      let backupPath: string | null = null;
      try {
        if (snapshot.state === 'missing') await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
        await writeDurably(temp, bytes, mode);
        if (snapshot.state === 'present') backupPath = await writeBackup(target, snapshot.bytes, mode, backupStamp(now()));
        // Checked again as late as possible: the window in which another writer can slip in is the rename alone.
        const late = await refuseIfChanged();
        if (late) {
          await fsp.unlink(temp).catch(() => undefined);
          if (backupPath) await fsp.unlink(backupPath).catch(() => undefined);
          return late;
        }
        await options.beforeRename?.(temp);
        await fsp.rename(temp, target);
        await syncDirectory(dir);
        return { ok: true, path: shown, created: snapshot.state === 'missing', backupPath };
      } catch (e) {
        await fsp.unlink(temp).catch(() => undefined);
        return { ok: false, path: shown, reason: 'error', detail: codeOf(e) };
      }
    },
  };
}

/** The real writer, used by `doctor --fix` and `setup`. */
export const realFileWriter: FileWriter = createFileWriter();
