// Where Claude Code keeps the two files setup and --fix write: the same place the checks read them from
// (config/paths.ts: CLAUDE_CONFIG_DIR, with ~ expanded and relative paths taken from the home directory).
import type { Context } from '../core/types';
import { claudeConfigDir, pathFor } from '../config/paths';
import type { ClaudePaths } from './types';

export function claudePaths(where: Pick<Context, 'env' | 'homeDir' | 'platform'>): ClaudePaths {
  const { dir, claudeJson } = claudeConfigDir(where);
  return { claudeJson, userSettings: pathFor(where).join(dir, 'settings.json') };
}
