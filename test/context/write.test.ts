import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'fs';
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
