// Runs the built CLI as a user would: its own HOME, PATH and environment, no inherited variables.
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, symlinkSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const BIN = path.join(__dirname, '..', '..', 'bin', 'kimi-claude.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  node?: string;
  input?: string;
  timeoutMs?: number;
}

export function runCli(args: string[], o: CliOptions = {}): CliResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.env ?? {})) if (v !== undefined) env[k] = v;
  const r = spawnSync(o.node ?? process.execPath, [BIN, ...args], {
    env,
    cwd: o.cwd ?? env.HOME ?? os.tmpdir(),
    input: o.input ?? '',
    encoding: 'utf8',
    timeout: o.timeoutMs ?? 60_000,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function tempDir(prefix = 'kc-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A home with a bin dir for PATH; node (this one, or the given binary) is linked in so `node` resolves like on a user's machine. */
export function makeHome(node: string = process.execPath): { home: string; bin: string; path: string } {
  const home = tempDir('kc-home-');
  const bin = path.join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(node, path.join(bin, 'node'));
  return { home, bin, path: bin };
}

export function writeExecutable(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, 0o755);
}

/** Like runCli, but without blocking the event loop, so servers in the test process can answer the CLI. */
export function runCliAsync(args: string[], o: CliOptions = {}): Promise<CliResult> {
  const { spawn } = require('child_process') as typeof import('child_process');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(o.node ?? process.execPath, [BIN, ...args], { env, cwd: o.cwd ?? env.HOME ?? os.tmpdir() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(o.input ?? '');
  });
}
