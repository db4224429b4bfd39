// Reads, through the FileWriter, every file a repair may touch, so planning and writing see the same bytes.
import type { EffectiveConfig } from '../config/types';
import type { FileWriter } from '../core/types';
import type { ClaudePaths, FixInput } from './types';

export async function gatherFixInput(opts: {
  config: Pick<EffectiveConfig, 'get'>;
  checks: FixInput['checks'];
  paths: ClaudePaths;
  writer: Pick<FileWriter, 'snapshot'>;
}): Promise<FixInput> {
  const files = new Set([opts.paths.claudeJson, opts.paths.userSettings]);
  for (const name of ['ANTHROPIC_BASE_URL', 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC']) {
    const source = opts.config.get(name)?.source;
    if (source?.kind === 'settings' && source.scope !== 'managed') files.add(source.path);
  }
  const snapshots = await Promise.all([...files].map((file) => opts.writer.snapshot(file)));
  return { config: opts.config, paths: opts.paths, snapshots, checks: opts.checks };
}
