import { withLazySignal } from '../../src/core/lazy-signal';
import type { Context } from '../../src/core/types';

const base = { platform: 'linux', homeDir: '/home/u' } as unknown as Omit<Context, 'signal'>;

test('the signal is one signal, aborted by abort(), whether it was read before or after', () => {
  const early = withLazySignal(base);
  const seen = early.ctx.signal;
  expect(early.ctx.signal).toBe(seen);
  expect(seen.aborted).toBe(false);
  early.abort();
  expect(seen.aborted).toBe(true);

  const late = withLazySignal(base);
  late.abort();
  expect(late.ctx.signal.aborted).toBe(true);
});

test('the context keeps every field of its base, and the signal shows as a field of its own', () => {
  const { ctx } = withLazySignal(base);
  expect(ctx).toMatchObject(base as object);
  expect(Object.keys(ctx)).toEqual(['platform', 'homeDir', 'signal']);
  expect({ ...ctx }.signal).toBeInstanceOf(AbortSignal);
});
