import { spawn, spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'fs';
import * as path from 'path';
import { backupStamp, createFileWriter } from '../../src/context/write';
import { tempDir } from '../support/cli';

const FIXED = new Date('2026-11-29T19:58:44.123Z');
const writer = createFileWriter({ now: () => FIXED });
const bytes = (s: string) => Buffer.from(s, 'utf8');
const modeOf = (file: string) => statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

describe('FileWriter.replace', () => {
  it('names backups by UTC time', () => {
    expect(backupStamp(FIXED)).toBe('20261129T195844Z');
  });

  it('backs up the old bytes, replaces the file and keeps its mode', async () => {
    const dir = tempDir('kc-write-');
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, '{"old":true}');
    chmodSync(file, 0o640);
    const snap = await writer.snapshot(file);
    const out = await writer.replace(snap, bytes('{"new":true}'), { newFileMode: 0o600 });
    expect(out).toEqual({ ok: true, path: file, created: false, backupPath: `${file}.kimi-claude-backup-20261129T195844Z` });
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}');
    expect(readFileSync(`${file}.kimi-claude-backup-20261129T195844Z`, 'utf8')).toBe('{"old":true}');
    if (posix) {
      expect(modeOf(file)).toBe(0o640);
      expect(modeOf(`${file}.kimi-claude-backup-20261129T195844Z`)).toBe(0o640);
    }
    // No temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.kimi-claude-backup-20261129T195844Z']);
  });

  it('never overwrites an earlier backup taken in the same second', async () => {
    const dir = tempDir('kc-write-');
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'one');
    await writer.replace(await writer.snapshot(file), bytes('two'), { newFileMode: 0o600 });
    const second = await writer.replace(await writer.snapshot(file), bytes('three'), { newFileMode: 0o600 });
    expect(second).toMatchObject({ ok: true, backupPath: `${file}.kimi-claude-backup-20261129T195844Z-2` });
    expect(readFileSync(`${file}.kimi-claude-backup-20261129T195844Z`, 'utf8')).toBe('one');
    expect(readFileSync(`${file}.kimi-claude-backup-20261129T195844Z-2`, 'utf8')).toBe('two');
  });

  it('creates a missing file with the given mode inside new 0700 directories, without a backup', async () => {
    const home = tempDir('kc-write-');
    const file = path.join(home, '.claude', 'nested', 'settings.json');
    const out = await writer.replace(await writer.snapshot(file), bytes('{}'), { newFileMode: 0o600 });
    expect(out).toEqual({ ok: true, path: file, created: true, backupPath: null });
    expect(readFileSync(file, 'utf8')).toBe('{}');
    if (posix) {
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(path.dirname(file))).toBe(0o700);
      expect(modeOf(path.join(home, '.claude'))).toBe(0o700);
    }
  });

  it('refuses, changing nothing, when the content changed after the snapshot', async () => {
    const dir = tempDir('kc-write-');
    const file = path.join(dir, 'a.json');
    writeFileSync(file, '{"v":1}');
    const snap = await writer.snapshot(file);
    writeFileSync(file, '{"v":2}');
    const out = await writer.replace(snap, bytes('{"v":3}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: false, reason: 'changed' });
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('refuses when only the modification time changed (same size, same bytes rewritten)', async () => {
    const dir = tempDir('kc-write-');
    const file = path.join(dir, 'a.json');
    writeFileSync(file, '{"v":1}');
    const snap = await writer.snapshot(file);
    utimesSync(file, new Date(2020, 1, 1), new Date(2020, 1, 1));
    expect(await writer.replace(snap, bytes('{"v":3}'), { newFileMode: 0o600 })).toMatchObject({ ok: false, reason: 'changed' });
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}');
  });

  it('refuses to create a file that appeared after the snapshot saw it missing', async () => {
    const dir = tempDir('kc-write-');
    const file = path.join(dir, 'a.json');
    const snap = await writer.snapshot(file);
    writeFileSync(file, 'theirs');
    expect(await writer.replace(snap, bytes('ours'), { newFileMode: 0o600 })).toMatchObject({ ok: false, reason: 'changed' });
    expect(readFileSync(file, 'utf8')).toBe('theirs');
  });

  it('refuses a file whose snapshot could not be read', async () => {
    const dir = tempDir('kc-write-');
    mkdirSync(path.join(dir, 'is-a-dir'));
    const snap = await writer.snapshot(path.join(dir, 'is-a-dir'));
    expect(snap.state).toBe('unreadable');
    expect(await writer.replace(snap, bytes('x'), { newFileMode: 0o600 })).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(statSync(path.join(dir, 'is-a-dir')).isDirectory()).toBe(true);
  });

  (posix ? it : it.skip)('edits the target of a symlink in place, keeping the link', async () => {
    const dir = tempDir('kc-write-');
    const real = path.join(dir, 'dotfiles', 'settings.json');
    mkdirSync(path.dirname(real));
    writeFileSync(real, 'old');
    const link = path.join(dir, 'settings.json');
    symlinkSync(real, link);
    const out = await writer.replace(await writer.snapshot(link), bytes('new'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: true, path: link, backupPath: `${real}.kimi-claude-backup-20261129T195844Z` });
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readFileSync(link, 'utf8')).toBe('new');
  });
});

describe('a process killed between the temporary write and the rename', () => {
  it('leaves the original file intact, with the old bytes also in the backup', async () => {
    const dir = tempDir('kc-kill-');
    const bundle = path.join(dir, 'write.js');
    buildSync({ entryPoints: [path.join(__dirname, '../../src/context/write.ts')], bundle: true, platform: 'node', outfile: bundle, logLevel: 'silent' });
    const file = path.join(dir, 'home', '.claude.json');
    mkdirSync(path.dirname(file));
    const original = '{\n  "numStartups": 42,\n  "projects": {"/tmp/x": {"history": ["你好"]}}\n}\n';
    writeFileSync(file, original);
    const script = `
      const { createFileWriter } = require(${JSON.stringify(bundle)});
      const writer = createFileWriter({ beforeRename: () => process.kill(process.pid, 'SIGKILL') });
      (async () => {
        const snap = await writer.snapshot(${JSON.stringify(file)});
        await writer.replace(snap, Buffer.from('{"replaced":true}'), { newFileMode: 0o600 });
        console.log('rename happened');
      })();`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20000 });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('rename happened');
    expect(readFileSync(file, 'utf8')).toBe(original);
    const names = readdirSync(path.dirname(file));
    const backup = names.find((n) => n.startsWith('.claude.json.kimi-claude-backup-'));
    expect(backup).toBeDefined();
    expect(readFileSync(path.join(path.dirname(file), backup!), 'utf8')).toBe(original);
    // The interrupted write is complete and durable in its temporary file; nothing reads it.
    const temp = names.find((n) => n.includes('.kimi-claude-tmp-'));
    expect(readFileSync(path.join(path.dirname(file), temp!), 'utf8')).toBe('{"replaced":true}');

    // A later run is not disturbed by the leftover.
    const again = await writer.replace(await writer.snapshot(file), bytes('{"ok":1}'), { newFileMode: 0o600 });
    expect(again.ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"ok":1}');
  });
});

const asRoot = posix && typeof process.getuid === 'function' && process.getuid() === 0;

describe('what the user had is kept (issue 10, items 9 to 12)', () => {
  (asRoot ? it.each([1000, 65534]) : it.skip.each([1000]))('run as root, keeps the owner and group of a file owned by uid %i, and of its backup', async (uid) => {
    const dir = tempDir('kc-owner-');
    chownSync(dir, uid, uid);
    const file = path.join(dir, '.claude.json');
    writeFileSync(file, '{"numStartups":1}');
    chmodSync(file, 0o600);
    chownSync(file, uid, uid);
    const out = await writer.replace(await writer.snapshot(file), bytes('{"numStartups":2}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: true });
    const backup = (out as { backupPath: string }).backupPath;
    for (const f of [file, backup]) {
      expect({ uid: statSync(f).uid, gid: statSync(f).gid, mode: modeOf(f) }).toEqual({ uid, gid: uid, mode: 0o600 });
    }
    expect(readFileSync(backup, 'utf8')).toBe('{"numStartups":1}');
  });

  (asRoot ? it : it.skip)('run as root, gives a file it creates (and the directories) to the owner of the home it is in', async () => {
    const home = tempDir('kc-owner-');
    chownSync(home, 1000, 1000);
    const file = path.join(home, '.claude', 'settings.json');
    expect(await writer.replace(await writer.snapshot(file), bytes('{}'), { newFileMode: 0o600 })).toMatchObject({ ok: true, created: true });
    for (const f of [file, path.dirname(file)]) expect([statSync(f).uid, statSync(f).gid]).toEqual([1000, 1000]);
  });

  it('leaves a read-only (0444) file alone and says so, even for a process that could write it', async () => {
    const dir = tempDir('kc-ro-');
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, '{"old":true}');
    chmodSync(file, 0o444);
    const out = await writer.replace(await writer.snapshot(file), bytes('{"new":true}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: false, reason: 'read-only', detail: '0444' });
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  (posix ? it : it.skip)('writes through a dangling symlink to the file it names, keeping the link', async () => {
    const dir = tempDir('kc-dangling-');
    const real = path.join(dir, 'dotfiles', 'claude', 'settings.json');
    mkdirSync(path.dirname(real), { recursive: true });
    const link = path.join(dir, 'settings.json');
    symlinkSync(real, link);
    const out = await writer.replace(await writer.snapshot(link), bytes('{"new":true}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: true, created: true, path: link });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('{"new":true}');
    if (posix) expect(modeOf(real)).toBe(0o600);
  });

  (posix ? it : it.skip)('refuses to split a hard-linked file from its twin, and names the number of links', async () => {
    const dir = tempDir('kc-hardlink-');
    const twin = path.join(dir, 'dotfiles-settings.json');
    const file = path.join(dir, 'settings.json');
    writeFileSync(twin, '{"old":true}');
    linkSync(twin, file);
    const out = await writer.replace(await writer.snapshot(file), bytes('{"new":true}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: false, reason: 'hard-link', detail: '2' });
    expect(statSync(file).ino).toBe(statSync(twin).ino);
    expect(readFileSync(twin, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir).sort()).toEqual(['dotfiles-settings.json', 'settings.json']);
  });

  it('keeps the file another program renames into place right before the rename, and says it did not write', async () => {
    const dir = tempDir('kc-race-');
    const file = path.join(dir, '.claude.json');
    writeFileSync(file, '{"v":1}');
    const racing = createFileWriter({
      now: () => FIXED,
      beforeRename: () => {
        writeFileSync(`${file}.theirs`, '{"v":"theirs"}');
        renameSync(`${file}.theirs`, file);
      },
    });
    const out = await racing.replace(await racing.snapshot(file), bytes('{"v":"ours"}'), { newFileMode: 0o600 });
    expect(out).toMatchObject({ ok: false, reason: 'changed' });
    expect(readFileSync(file, 'utf8')).toBe('{"v":"theirs"}');
    expect(readdirSync(dir)).toEqual(['.claude.json']);
  });

  it('a second writer racing in another process: in every iteration its content survives', async () => {
    const dir = tempDir('kc-race-loop-');
    const file = path.join(dir, '.claude.json');
    // Another process that, on request, waits a given number of microseconds and then renames its own version in.
    const other = spawn(process.execPath, ['-e', `
      const fs = require('fs');
      require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
        const [file, content, delayUs] = JSON.parse(line);
        const end = process.hrtime.bigint() + BigInt(delayUs) * 1000n;
        while (process.hrtime.bigint() < end) {}
        fs.writeFileSync(file + '.theirs', content);
        fs.renameSync(file + '.theirs', file);
        process.stdout.write('done\\n');
      });`], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines: Array<() => void> = [];
    let buffered = '';
    other.stdout!.on('data', (c: Buffer) => {
      buffered += c.toString();
      while (buffered.includes('\n')) {
        buffered = buffered.slice(buffered.indexOf('\n') + 1);
        lines.shift()?.();
      }
    });
    // A large file makes the final "has it changed?" read long, which is where the update used to be lost.
    const big = (tag: string) => JSON.stringify({ tag, projects: 'x'.repeat(2 * 1024 * 1024) });
    try {
      writeFileSync(file, big('base'));
      // When, after the start, a write reaches its rename: the other writer aims around the checks before it.
      let started = 0;
      let renameAtUs = 0;
      const timing = createFileWriter({ beforeRename: () => void (renameAtUs = Math.round((performance.now() - started) * 1000)) });
      for (let i = 0; i < 3; i++) {
        writeFileSync(file, big('base'));
        const snap = await timing.snapshot(file);
        started = performance.now();
        await timing.replace(snap, bytes(big('warm-up')), { newFileMode: 0o600 });
      }
      const tally = { written: 0, refused: 0 };
      const lost: string[] = [];
      for (let i = 0; i < 60; i++) {
        writeFileSync(file, big(`base-${i}`));
        const snap = await writer.snapshot(file);
        const theirs = big(`theirs-${i}`);
        const done = new Promise<void>((resolve) => lines.push(resolve));
        other.stdin!.write(JSON.stringify([file, theirs, Math.floor(Math.random() * renameAtUs * 1.1)]) + '\n');
        const out = await writer.replace(snap, bytes(big(`ours-${i}`)), { newFileMode: 0o600 });
        await done;
        if (out.ok) tally.written++;
        else {
          expect(out.reason).toBe('changed');
          tally.refused++;
        }
        // Their rename came after our snapshot: whether ours went in before it or was refused, theirs is what is left.
        const left = JSON.parse(readFileSync(file, 'utf8')).tag;
        if (left !== `theirs-${i}`) lost.push(`${i}: ${left} (${out.ok ? 'reported written' : out.reason})`);
      }
      expect(lost).toEqual([]);
      expect(tally.written + tally.refused).toBe(60);
      expect(readdirSync(dir).filter((n) => n.includes('.kimi-claude-tmp-') || n.includes('.kimi-claude-old-'))).toEqual([]);
    } finally {
      other.kill();
    }
  }, 120_000);
});
