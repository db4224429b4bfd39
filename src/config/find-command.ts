// Is the first word of an apiKeyHelper command something this user can run? Looked up like a shell would.
import type { Context } from '../core/types';
import { envVar } from '../facts/platform-path';
import { expandHome, pathFor } from './paths';

export interface ParsedCommand {
  /** The program the shell runs: the first word after any NAME=value assignments, quotes removed. */
  program: string;
  /** Leading NAME=value assignments (VAULT_TOKEN=hvs.… vault-kimi-key): their values are secrets. */
  assignments: Array<{ name: string; value: string }>;
}

/**
 * Splits a command line as /bin/sh does for its first simple command: quotes ('…', "…") and backslashes,
 * leading variable assignments, and a stop at ; | & ( ) or a newline.
 */
/** Characters that need no shell rule: everything up to a blank, quote, backslash, '=' or separator. */
const PLAIN_RUN = /[^ \t'"\\=;|&()\n]*/y;

export function parseCommand(command: string): ParsedCommand {
  const words: Array<{ text: string; assignment?: string }> = [];
  let text = '';
  let started = false;
  let quotedYet = false;
  let assignment: string | undefined;
  const end = () => {
    if (started) words.push({ text, assignment });
    text = '';
    started = false;
    quotedYet = false;
    assignment = undefined;
  };
  let i = 0;
  for (; i < command.length; i++) {
    const ch = command[i];
    if (ch === ' ' || ch === '\t') {
      end();
      continue;
    }
    if (/[;|&()\n]/.test(ch)) break;
    started = true;
    if (ch === "'") {
      const close = command.indexOf("'", i + 1);
      const stop = close < 0 ? command.length : close;
      text += command.slice(i + 1, stop);
      quotedYet = true;
      i = stop;
    } else if (ch === '"') {
      quotedYet = true;
      for (i++; i < command.length && command[i] !== '"'; i++) {
        if (command[i] === '\\' && /["\\$`\n]/.test(command[i + 1] ?? '')) i++;
        text += command[i] ?? '';
      }
    } else if (ch === '\\') {
      text += command[++i] ?? '';
      quotedYet = true;
    } else if (ch === '=' && assignment === undefined && !quotedYet && /^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) {
      assignment = text;
      text = '';
    } else {
      // A run of plain characters is taken in one slice: a 1 MB value must not become a million one-character joins.
      PLAIN_RUN.lastIndex = i;
      const run = PLAIN_RUN.exec(command);
      const stop = run && run[0].length > 0 ? i + run[0].length : i + 1;
      text += command.slice(i, stop);
      i = stop - 1;
    }
  }
  end();
  const assignments: ParsedCommand['assignments'] = [];
  let w = 0;
  for (; w < words.length && words[w].assignment !== undefined; w++) assignments.push({ name: words[w].assignment!, value: words[w].text });
  return { program: words[w]?.text ?? '', assignments };
}

export function firstWord(command: string): string {
  return parseCommand(command).program;
}

export async function findCommand(ctx: Context, command: string): Promise<string | null> {
  const p = pathFor(ctx);
  const word = expandHome(firstWord(command), ctx.homeDir, p);
  if (!word) return null;
  const win = ctx.platform === 'win32';
  const extensions = win ? ['', ...(envVar(ctx, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  const candidates = (base: string) => extensions.map((e) => base + e.toLowerCase());
  if (word.includes('/') || (win && word.includes('\\'))) {
    for (const c of candidates(p.resolve(ctx.cwd, word))) if (await ctx.files.isExecutable(c)) return c;
    return null;
  }
  const dirs = (envVar(ctx, 'PATH') ?? '').split(win ? ';' : ':').filter(Boolean);
  for (const dir of dirs) for (const c of candidates(p.join(dir, word))) if (await ctx.files.isExecutable(c)) return c;
  return null;
}
