// One isolated machine per hostile case: its own HOME, project directory and environment,
// and helpers that put odd things where the doctor looks.
import { execFileSync } from 'child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { makeHome } from '../../support/cli';

export interface World {
  home: string;
  /** The project directory the doctor runs in. */
  cwd: string;
  env: Record<string, string>;
  /** Extra arguments for this run (e.g. --env-file). */
  args: string[];
}

/** A healthy Kimi setup, so each case changes exactly one thing. */
export const HEALTHY_ENV = {
  ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic',
  ANTHROPIC_AUTH_TOKEN: 'sk-HostileCorpusKey0123456789abcdefXYZ',
  ANTHROPIC_MODEL: 'kimi-k2-turbo-preview',
};

export function newWorld(): World {
  const { home, path: binPath } = makeHome();
  const cwd = path.join(home, 'project');
  mkdirSync(path.join(cwd, '.claude'), { recursive: true });
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  return { home, cwd, env: { HOME: home, PATH: binPath, LANG: 'en_US.UTF-8', ...HEALTHY_ENV }, args: [] };
}

/** `~/x` is under HOME, `./x` under the project directory. */
export function where(w: World, file: string): string {
  const full = file.startsWith('~/') ? path.join(w.home, file.slice(2)) : path.join(w.cwd, file.replace(/^\.\//, ''));
  mkdirSync(path.dirname(full), { recursive: true });
  return full;
}

/** What can be put at a path. Each returns a function that does it. */
export const put = {
  text: (content: string | Buffer) => (full: string) => writeFileSync(full, content),
  directory: () => (full: string) => mkdirSync(full),
  /** Opening a FIFO for reading blocks until a writer comes: forever. */
  fifo: () => (full: string) => execFileSync('mkfifo', [full]),
  symlinkLoop: () => (full: string) => {
    symlinkSync(`${full}.other`, full);
    symlinkSync(full, `${full}.other`);
  },
  /** An endless source of NUL bytes. */
  devZero: () => (full: string) => symlinkSync('/dev/zero', full),
  /** 50 MB, built once per file without holding a 50 MB string twice. */
  fiftyMegabytes: (head: string) => (full: string) => {
    const filler = Buffer.alloc(50 * 1024 * 1024, 0x20);
    filler.write(head);
    writeFileSync(full, filler);
  },
  /** Mode 000: unreadable to anyone but root (the runner drops root for these cases). */
  noPermission: (content: string) => (full: string) => {
    writeFileSync(full, content);
    chmodSync(full, 0o000);
  },
};

export const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
export const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Lets another user (nobody) walk the world: mkdtemp makes 0700 directories. */
export function openToOthers(w: World): void {
  for (const dir of [w.home, w.cwd, path.join(w.home, '.claude'), path.join(w.cwd, '.claude'), path.join(w.home, 'bin')]) chmodSync(dir, 0o755);
}
