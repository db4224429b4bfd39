// A light check of the key's shape before it is written: catches pasting the wrong thing, never prints the key.
import type { FixMessage } from '../fix/types';
import type { Region } from './regions';

/** The key as written: surrounding whitespace (the newline of `echo key |`) removed. */
export const normalizeKey = (raw: string) => raw.trim();

/** undefined when the key may be used for the region; otherwise why not. */
export function keyProblem(key: string, region: Region): FixMessage | undefined {
  if (key === '') return { code: 'setup.key-missing', values: {} };
  const space = key.search(/\s/);
  if (space >= 0) return { code: 'setup.key-whitespace', values: { position: space + 1 } };
  if (key.startsWith('sk-ant-')) return { code: 'setup.key-anthropic', values: {} };
  if (!key.startsWith('sk-')) return { code: 'setup.key-prefix', values: {} };
  const kimiCodeKey = key.startsWith('sk-kimi-');
  if (kimiCodeKey && region !== 'kimi-code') return { code: 'setup.key-kimi-on-platform', values: { region } };
  if (!kimiCodeKey && region === 'kimi-code') return { code: 'setup.key-platform-on-kimi', values: {} };
  return undefined;
}
