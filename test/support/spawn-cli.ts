// The built CLI spawned asynchronously, so a loopback server in the test process can answer it.
// Each run records wall time, the exit code or signal, and the child's peak RSS.
import { spawn, type SpawnOptions } from 'child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN } from './cli';

const PEAK_RSS_PRELOAD = path.join(__dirname, '..', '..', 'scripts', 'peak-rss.js');

export interface SpawnedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size in MiB, or null when the child died before its exit hook ran. */
  peakRssMiB: number | null;
  /** True when the test had to kill the child at timeoutMs. */
  killed: boolean;
}

export interface SpawnCliOptions {
  env: Record<string, string | undefined>;
  cwd?: string;
  node?: string;
  input?: string;
  timeoutMs?: number;
  /** Run as another user (only possible as root): how a root test sees a permission it cannot bypass. */
  uid?: number;
  gid?: number;
}

export function spawnCli(args: string[], o: SpawnCliOptions): Promise<SpawnedRun> {
  const rssDir = mkdtempSync(path.join(os.tmpdir(), 'kc-rss-'));
  const rssFile = path.join(rssDir, 'rss');
  // Another user must be able to write the figure.
  if (o.uid !== undefined) chmodSync(rssDir, 0o777);
  const env: Record<string, string> = { KC_PEAK_RSS_FILE: rssFile };
  for (const [k, v] of Object.entries(o.env)) if (v !== undefined) env[k] = v;
  const options: SpawnOptions = { env, cwd: o.cwd ?? env.HOME ?? os.tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] };
  if (o.uid !== undefined) Object.assign(options, { uid: o.uid, gid: o.gid ?? o.uid });
  const started = performance.now();
  const cli = o.uid !== undefined ? readableCopy() : { bin: BIN, preload: PEAK_RSS_PRELOAD };
  const child = spawn(o.node ?? process.execPath, ['--require', cli.preload, cli.bin, ...args], options);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(o.input ?? '');
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, o.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      let peakRssMiB: number | null = null;
      try {
        peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // No exit hook ran (killed): the caller sees peakRssMiB null.
      }
      rmSync(rssDir, { recursive: true, force: true });
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs: Math.round(performance.now() - started),
        peakRssMiB,
        killed,
      });
    });
  });
}

let copy: { bin: string; preload: string } | undefined;

/**
 * Another user may not be able to read the checkout (a clone under a 0700 `mktemp -d`): it runs a world-readable
 * copy of the built CLI (bin/, dist/cli.js, which is self-contained) and of the RSS preload instead.
 */
function readableCopy(): { bin: string; preload: string } {
  if (copy) return copy;
  const root = mkdtempSync(path.join(os.tmpdir(), 'kc-cli-'));
  const files = [
    [BIN, path.join(root, 'bin', 'kimi-claude.js')],
    [path.join(path.dirname(BIN), '..', 'dist', 'cli.js'), path.join(root, 'dist', 'cli.js')],
    [PEAK_RSS_PRELOAD, path.join(root, 'peak-rss.js')],
  ];
  for (const [from, to] of files) {
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o755 });
    copyFileSync(from, to);
    chmodSync(to, 0o644);
  }
  for (const dir of [root, path.join(root, 'bin'), path.join(root, 'dist')]) chmodSync(dir, 0o755);
  copy = { bin: files[0][1], preload: files[2][1] };
  return copy;
}

/** The lines a Node stack trace prints ("    at fn (file:1:2)"): never acceptable in the doctor's output. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
