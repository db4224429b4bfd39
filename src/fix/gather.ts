// Reads, through the FileWriter, every file a repair may touch, so planning and writing see the same bytes.
import type { EffectiveConfig } from '../config/types';
import type { FileWriter } from '../core/types';
import type { ClaudePaths, FixInput } from './types';

export async function gatherFixInput(opts: {
  config: Pick<EffectiveConfig, 'get'>;
  checks: FixInput['checks'];
  paths: ClaudePaths;
  writer: Pick<FileWriter, 'snapshot'>;
  checkIds?: readonly string[];
  platform?: string;
}): Promise<FixInput> {
  const files = new Set([opts.paths.claudeJson, opts.paths.userSettings]);
  for (const name of ['ANTHROPIC_BASE_URL', 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN']) {
    const v = opts.config.get(name);
    // A key may sit in several files (the winner and the ones it shadows): each one may need chmod 600.
    for (const { source } of v ? [v, ...v.shadowed] : []) {
      if (source.kind === 'settings' && source.scope !== 'managed') files.add(source.path);
    }
  }
  const snapshots = await Promise.all([...files].map((file) => opts.writer.snapshot(file)));
  return { config: opts.config, paths: opts.paths, snapshots, checks: opts.checks, checkIds: opts.checkIds, platform: opts.platform };
}
