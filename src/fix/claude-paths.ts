// Where Claude Code keeps the two files setup and --fix write; CLAUDE_CONFIG_DIR moves both.
import * as path from 'path';
import type { Env } from '../core/types';
import type { ClaudePaths } from './types';

export function claudePaths(env: Env, homeDir: string): ClaudePaths {
  const configDir = env.CLAUDE_CONFIG_DIR?.trim();
  if (configDir) return { claudeJson: path.join(configDir, '.claude.json'), userSettings: path.join(configDir, 'settings.json') };
  return { claudeJson: path.join(homeDir, '.claude.json'), userSettings: path.join(homeDir, '.claude', 'settings.json') };
}
