// --env-file: the variables of a dotenv file, read by the real adapter so the CLI never touches fs itself.
import { readFileSync } from 'fs';
import type { Env } from '../core/types';

export type EnvFileRead = { ok: true; env: Env } | { ok: false; reason: string };

export function readEnvFile(path: string): EnvFileRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  // dotenv is loaded only for --env-file: it pulls in crypto, which an ordinary run does not need.
  return { ok: true, env: (require('dotenv') as typeof import('dotenv')).parse(text) };
}
