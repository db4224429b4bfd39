// Just enough of npm's config reading to find the global prefix: `prefix=` in an npmrc file.
import type { Context } from '../core/types';
import { envVar, pathFor } from './platform-path';
import { readText } from './read-file';

/** npm expands ${VAR} (and ${VAR?}, empty when unset) in npmrc values. */
function expandEnv(ctx: Context, value: string): string | null {
  let missing = false;
  const out = value.replace(/(\\*)\$\{([^}?]+)(\?)?\}/g, (whole, slashes: string, name: string, optional?: string) => {
    if (slashes.length % 2 === 1) return whole.slice(1); // escaped: \${X} stays literal
    const v = envVar(ctx, name);
    if (v === undefined && !optional) missing = true;
    return slashes + (v ?? '');
  });
  return missing ? null : out;
}

/** An npm path value as npm resolves it: env expanded, ~ is home, relative to the working directory. */
export function resolveNpmPath(ctx: Context, raw: string): string | null {
  const flavour = pathFor(ctx);
  const expanded = expandEnv(ctx, raw.trim());
  if (!expanded) return null;
  if (expanded === '~' || /^~[/\\]/.test(expanded)) return flavour.join(ctx.homeDir, expanded.slice(1));
  return flavour.resolve(ctx.cwd, expanded);
}

/** The `prefix` value in npmrc text (last one wins, as in ini), or null. */
export function prefixInNpmrc(text: string): string | null {
  let found: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*prefix\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[1];
    if (/^(".*"|'.*')$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+[;#].*$/, '');
    if (value) found = value;
  }
  return found;
}

export async function prefixFromNpmrcFile(ctx: Context, file: string): Promise<string | null> {
  const text = await readText(ctx, file);
  if (text === null) return null;
  const raw = prefixInNpmrc(text);
  return raw === null ? null : resolveNpmPath(ctx, raw);
}
