// The one real Context: the only place that reads process.env, the disk, processes, the clock and the network.
import { homedir, release } from 'os';
import type { Context, Env, RunOptions } from '../core/types';
import type { Redactor } from '../core/redact';
import { realFileSystem } from './files';
import { realProcessRunner } from './processes';
import { lazyClientCapture, lazyHttpClient, lazyNetProbe } from './lazy-network';

export interface RealContextOptions {
  options: RunOptions;
  redactor: Redactor;
  doctorVersion: string;
  /** Variables from --env-file, evaluated instead of the process environment. */
  envOverride?: Env;
}

export function realProcessEnv(): Env {
  return { ...process.env };
}

export function realHomeDir(): string {
  return homedir();
}

export function createRealContext(opts: RealContextOptions): Omit<Context, 'signal'> {
  const processEnv = realProcessEnv();
  const memo = new Map<string, Promise<unknown>>();
  return {
    env: opts.envOverride ?? processEnv,
    processEnv,
    platform: process.platform,
    arch: process.arch,
    osRelease: release(),
    homeDir: realHomeDir(),
    cwd: process.cwd(),
    runtime: { nodeVersion: process.version, execPath: process.execPath, doctorVersion: opts.doctorVersion },
    files: realFileSystem,
    proc: realProcessRunner,
    http: lazyHttpClient(),
    net: lazyNetProbe(),
    capture: lazyClientCapture(),
    clock: { now: () => Date.now() },
    options: opts.options,
    secrets: { add: (s, kind) => opts.redactor.add(s, kind) },
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as Promise<T>;
    },
  };
}
