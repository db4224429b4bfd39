// A context's abort signal, made when something first reads it.
import type { Context } from './types';

/**
 * `base` with a `signal` that is made on first read: only the network code reads one, so an offline run never loads
 * Node's AbortController (0.3 ms, with its event-target modules). `abort()` aborts it, made first if nobody has read it
 * yet, so that a read after the abort still sees an aborted signal.
 */
export function withLazySignal(base: Omit<Context, 'signal'>): { ctx: Context; abort: () => void } {
  let controller: AbortController | undefined;
  const made = () => (controller ??= new AbortController());
  const ctx = Object.defineProperty({ ...base }, 'signal', { enumerable: true, get: () => made().signal }) as Context;
  return { ctx, abort: () => made().abort() };
}
