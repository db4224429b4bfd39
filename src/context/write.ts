// The one place that writes user files. Every write keeps the old bytes in a timestamped backup, replaces the
// file through a temporary file in the same directory (fsync, then a swap that never overwrites: see replace),
// keeps its mode, owner and group, and refuses when the file is no longer what was read: a concurrent Claude Code
// session must never lose its update to ours. A read-only file, a hard-linked one, or one whose owner cannot be
// kept is left alone, with the reason.
import { createHash, randomBytes } from 'crypto';
import { constants, promises as fsp } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import type { FileFingerprint, FileIdentity, FileSnapshot, FileWriter, WriteOptions, WriteOutcome, WriteRefusal } from '../core/types';

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
    const identity: FileIdentity = { dev: st.dev, ino: st.ino, nlink: st.nlink, uid: st.uid, gid: st.gid };
    return { path: file, state: 'present', bytes, fingerprint, mode: st.mode & 0o7777, identity };
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT') return { path: file, state: 'missing' };
    return { path: file, state: 'unreadable', detail: code };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The file the path leads to, so a symlinked dotfile is edited in place instead of being replaced by a copy.
 * A dangling link (a dotfiles link whose target does not exist yet) leads to the path it names: that is where
 * the file is created, and the link stays a link.
 */
async function realTarget(file: string): Promise<string> {
  let current = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = await fsp.lstat(current);
    } catch {
      // Missing: create it here, under the real directory.
      const dir = await fsp.realpath(dirname(current)).catch(() => dirname(current));
      return join(dir, basename(current));
    }
    if (!st.isSymbolicLink()) return fsp.realpath(current).catch(() => current);
    current = resolve(dirname(current), await fsp.readlink(current));
  }
  return resolve(file);
}

const sameFile = (a: FileIdentity | undefined, b: { dev: number; ino: number }) => !a || (a.dev === b.dev && a.ino === b.ino);

function unchanged(before: FileSnapshot, now: FileSnapshot): boolean {
  if (before.state === 'missing') return now.state === 'missing';
  if (before.state !== 'present' || now.state !== 'present') return false;
  const a = before.fingerprint;
  const b = now.fingerprint;
  if (before.identity && now.identity && !sameFile(before.identity, now.identity)) return false;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

interface Owner {
  uid: number;
  gid: number;
}

/** Thrown when a new file cannot be given the owner of the file it stands for. */
class OwnerError extends Error {}

async function writeDurably(file: string, bytes: Uint8Array, mode: number, owner?: Owner): Promise<void> {
  const handle = await fsp.open(file, 'wx', mode);
  try {
    // A root run (sudo) must not hand a user's file to root: the copy gets the original owner and group.
    if (owner) {
      const st = await handle.stat();
      if (st.uid !== owner.uid || st.gid !== owner.gid) {
        await handle.chown(owner.uid, owner.gid).catch((e) => {
          throw new OwnerError(codeOf(e));
        });
      }
    }
    // The umask may have narrowed the mode given to open; the copy must match the original exactly.
    await handle.chmod(mode).catch(() => undefined);
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fsp.unlink(file).catch(() => undefined);
    throw e;
  }
  await handle.close();
}

async function writeBackup(target: string, bytes: Uint8Array, mode: number, stamp: string, owner?: Owner): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = `${target}.kimi-claude-backup-${stamp}${n === 1 ? '' : `-${n}`}`;
    try {
      await writeDurably(candidate, bytes, mode, owner);
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

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Root creating a file in a user's directory gives it (and any directory it creates) to that directory's owner. */
async function ownerOfNearestDirectory(dir: string): Promise<Owner | undefined> {
  if (!isRoot()) return undefined;
  for (let d = dir; ; d = dirname(d)) {
    const st = await fsp.stat(d).catch(() => undefined);
    if (st) return { uid: st.uid, gid: st.gid };
    if (dirname(d) === d) return undefined;
  }
}

async function makeDirectories(dir: string, owner: Owner | undefined): Promise<void> {
  const first = await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  if (!first || !owner) return;
  for (let d = dir; ; d = dirname(d)) {
    await fsp.chown(d, owner.uid, owner.gid).catch(() => undefined);
    if (d === first || dirname(d) === d) return;
  }
}

/**
 * Puts `temp` at `target` only if nothing is there: link() never replaces a file, so a file another program
 * put there in the meantime is kept. 'exists' when something was there; falls back to a checked rename where
 * the file system has no hard links.
 */
async function placeIfAbsent(temp: string, target: string): Promise<'placed' | 'exists'> {
  try {
    await fsp.link(temp, target);
    await fsp.unlink(temp).catch(() => undefined);
    return 'placed';
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return 'exists';
    if ((await fsp.lstat(target).catch(() => undefined)) !== undefined) return 'exists';
    await fsp.rename(temp, target);
    return 'placed';
  }
}

export function createFileWriter(options: FileWriterOptions = {}): FileWriter {
  const now = options.now ?? (() => new Date());
  return {
    async snapshot(file) {
      const snap = await readSnapshot(await realTarget(file));
      return { ...snap, path: file };
    },

    async restrictMode(snapshot, clearModeBits): Promise<WriteOutcome> {
      const shown = snapshot.path;
      if (snapshot.state !== 'present') return { ok: false, path: shown, reason: 'unreadable', detail: snapshot.state === 'unreadable' ? snapshot.detail : 'ENOENT' };
      const target = await realTarget(snapshot.path);
      let handle: fsp.FileHandle | undefined;
      try {
        handle = await fsp.open(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
        const st = await handle.stat();
        const bytes = new Uint8Array(await handle.readFile());
        const now: FileSnapshot = {
          path: target,
          state: 'present',
          bytes,
          fingerprint: { size: bytes.length, mtimeMs: st.mtimeMs, sha256: sha256Hex(bytes) },
          mode: st.mode & 0o7777,
          identity: { dev: st.dev, ino: st.ino, nlink: st.nlink, uid: st.uid, gid: st.gid },
        };
        if (!st.isFile() || !unchanged(snapshot, now) || now.mode !== snapshot.mode) {
          return { ok: false, path: shown, reason: 'changed', detail: 'the file changed after it was read' };
        }
        await handle.chmod(snapshot.mode & ~clearModeBits);
        return { ok: true, path: shown, created: false, backupPath: null };
      } catch (e) {
        return { ok: false, path: shown, reason: 'error', detail: codeOf(e) };
      } finally {
        await handle?.close().catch(() => undefined);
      }
    },

    async replace(snapshot, bytes, writeOptions: WriteOptions): Promise<WriteOutcome> {
      const shown = snapshot.path;
      const refuse = (reason: WriteRefusal, detail: string): WriteOutcome => ({ ok: false, path: shown, reason, detail });
      if (snapshot.state === 'unreadable') return refuse('unreadable', snapshot.detail);
      if (snapshot.state === 'present') {
        // The owner took the write bit away on purpose (root would not be stopped by it): leave the file alone.
        if ((snapshot.mode & 0o200) === 0) return refuse('read-only', (snapshot.mode & 0o777).toString(8).padStart(4, '0'));
        // Replacing a file with other names would split it from its twins (a dotfiles copy): leave it alone.
        if (snapshot.identity && snapshot.identity.nlink > 1) return refuse('hard-link', String(snapshot.identity.nlink));
      }
      const target = await realTarget(snapshot.path);
      const changed = () => refuse('changed', 'the file changed after it was read');
      const current = async () => readSnapshot(target);

      if (!unchanged(snapshot, await current())) return changed();
      const dir = dirname(target);
      const mode = snapshot.state === 'present' ? snapshot.mode & ~(writeOptions.clearModeBits ?? 0) : writeOptions.newFileMode;
      const owner = snapshot.state === 'present' && snapshot.identity ? { uid: snapshot.identity.uid, gid: snapshot.identity.gid } : await ownerOfNearestDirectory(dir);
      const temp = join(dir, `.${basename(target)}.kimi-claude-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      let backupPath: string | null = null;
      /** The file read, moved aside while ours takes its place; restored if anything goes wrong meanwhile. */
      let aside: string | null = null;
      const cleanUp = async () => {
        await fsp.unlink(temp).catch(() => undefined);
        if (backupPath) await fsp.unlink(backupPath).catch(() => undefined);
      };
      try {
        if (snapshot.state === 'missing') await makeDirectories(dir, owner);
        await writeDurably(temp, bytes, mode, owner);
        if (snapshot.state === 'present') backupPath = await writeBackup(target, snapshot.bytes, mode, backupStamp(now()), owner);
        // Checked again as late as possible, content included.
        if (!unchanged(snapshot, await current())) {
          await cleanUp();
          return changed();
        }
        await options.beforeRename?.(temp);

        if (snapshot.state === 'missing') {
          if ((await placeIfAbsent(temp, target)) === 'exists') {
            await cleanUp();
            return changed();
          }
          await syncDirectory(dir);
          return { ok: true, path: shown, created: true, backupPath: null };
        }

        // No rename can say "only if the file is still the one I read", so the file read is moved aside first:
        // whatever is at the path then is held, not overwritten, and is checked before ours takes its place.
        const tempIno = (await fsp.lstat(temp)).ino;
        aside = join(dir, `.${basename(target)}.kimi-claude-old-${process.pid}-${randomBytes(4).toString('hex')}`);
        await fsp.rename(target, aside);
        const moved = await fsp.lstat(aside);
        const ours = sameFile(snapshot.identity, moved) && moved.size === snapshot.fingerprint.size && moved.mtimeMs === snapshot.fingerprint.mtimeMs;
        if (!ours) {
          // Another program replaced the file after our last check: put its file back.
          const back = await placeIfAbsent(aside, target).catch(() => 'failed' as const);
          if (back !== 'failed') await fsp.unlink(aside).catch(() => undefined);
          aside = null;
          await cleanUp();
          return changed();
        }
        if ((await placeIfAbsent(temp, target)) === 'exists') {
          // Another program wrote the file while ours was on its way in: its file stays; the old bytes are in the backup.
          await fsp.unlink(aside).catch(() => undefined);
          aside = null;
          await fsp.unlink(temp).catch(() => undefined);
          return changed();
        }
        // And after: a program that wrote into the old file (same inode) while it was moved aside keeps its change.
        const after = await readSnapshot(aside);
        if (!unchanged(snapshot, after)) {
          // Their bytes go back in place of ours (unless yet another program has replaced ours by now).
          const placed = await fsp.lstat(target).catch(() => undefined);
          if (placed?.ino === tempIno) await fsp.rename(aside, target);
          else await fsp.unlink(aside).catch(() => undefined);
          aside = null;
          if (backupPath) await fsp.unlink(backupPath).catch(() => undefined);
          return changed();
        }
        await fsp.unlink(aside).catch(() => undefined);
        aside = null;
        await syncDirectory(dir);
        return { ok: true, path: shown, created: false, backupPath };
      } catch (e) {
        if (aside) {
          // Never leave the path empty: the file read goes back where it was, or stays beside it with the backup.
          const back = await placeIfAbsent(aside, target).catch(() => 'failed' as const);
          if (back === 'placed') await fsp.unlink(aside).catch(() => undefined);
          else backupPath = null;
        }
        await cleanUp();
        if (e instanceof OwnerError) {
          const id = snapshot.state === 'present' && snapshot.identity ? snapshot.identity : owner;
          return refuse('owner', `uid ${id?.uid}, gid ${id?.gid}: ${e.message}`);
        }
        return refuse('error', codeOf(e));
      }
    },
  };
}

/** The real writer, used by `doctor --fix` and `setup`. */
export const realFileWriter: FileWriter = createFileWriter();
