// Where Claude Code keeps the two files setup and --fix write: the same place the checks read them from
// (config/paths.ts: CLAUDE_CONFIG_DIR taken literally, a relative path from the working directory, as Claude Code does).
import type { Context } from '../core/types';
import { claudeConfigDir, pathFor } from '../config/paths';
import type { ClaudePaths } from './types';

export function claudePaths(where: Pick<Context, 'env' | 'homeDir' | 'platform' | 'cwd'>): ClaudePaths {
  const { dir, claudeJson } = claudeConfigDir(where);
  return { claudeJson, userSettings: pathFor(where).join(dir, 'settings.json') };
}
