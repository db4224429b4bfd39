// The one real Context: the only place that reads process.env, the disk, processes, the clock and the network.
import * as os from 'os';
import type { Context, Env, HttpClient, NetProbe, RunOptions } from '../core/types';
import type { Redactor } from '../core/redact';
import { realFileSystem } from './files';
import { realProcessRunner } from './processes';

export interface RealContextOptions {
  options: RunOptions;
  redactor: Redactor;
  doctorVersion: string;
  /** Variables from --env-file, evaluated instead of the process environment. */
  envOverride?: Env;
}

// Network code (undici) is required only when a network check actually sends something.
const lazyHttp: HttpClient = {
  request: (req) => (require('./http') as typeof import('./http')).realHttpClient.request(req),
};
const lazyNet: NetProbe = {
  canConnect: (host, port, timeoutMs) => (require('./net') as typeof import('./net')).realNetProbe.canConnect(host, port, timeoutMs),
};

export function realProcessEnv(): Env {
  return { ...process.env };
}

export function createRealContext(opts: RealContextOptions): Omit<Context, 'signal'> {
  const processEnv = realProcessEnv();
  const memo = new Map<string, Promise<unknown>>();
  return {
    env: opts.envOverride ?? processEnv,
    processEnv,
    platform: process.platform,
    arch: process.arch,
    osRelease: os.release(),
    homeDir: os.homedir(),
    cwd: process.cwd(),
    runtime: { nodeVersion: process.version, execPath: process.execPath, doctorVersion: opts.doctorVersion },
    files: realFileSystem,
    proc: realProcessRunner,
    http: lazyHttp,
    net: lazyNet,
    clock: { now: () => Date.now() },
    options: opts.options,
    secrets: { add: (s, kind) => opts.redactor.add(s, kind) },
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as Promise<T>;
    },
  };
}
