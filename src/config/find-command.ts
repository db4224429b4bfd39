// Is the first word of an apiKeyHelper command something this user can run? Looked up like a shell would.
import type { Context } from '../core/types';
import { envValue } from './resolve';
import { expandHome, pathFor } from './paths';

export function firstWord(command: string): string {
  const s = command.trim();
  const quoted = /^(["'])(.*?)\1/.exec(s);
  if (quoted) return quoted[2];
  return s.split(/\s+/)[0] ?? '';
}

export async function findCommand(ctx: Context, command: string): Promise<string | null> {
  const p = pathFor(ctx);
  const word = expandHome(firstWord(command), ctx.homeDir, p);
  if (!word) return null;
  const win = ctx.platform === 'win32';
  const extensions = win ? ['', ...(envValue(ctx.env, 'PATHEXT', ctx.platform) ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  const candidates = (base: string) => extensions.map((e) => base + e.toLowerCase());
  if (word.includes('/') || (win && word.includes('\\'))) {
    for (const c of candidates(p.resolve(ctx.cwd, word))) if (await ctx.files.isExecutable(c)) return c;
    return null;
  }
  const dirs = (envValue(ctx.env, 'PATH', ctx.platform) ?? '').split(win ? ';' : ':').filter(Boolean);
  for (const dir of dirs) for (const c of candidates(p.join(dir, word))) if (await ctx.files.isExecutable(c)) return c;
  return null;
}
