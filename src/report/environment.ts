// Environment facts for every report, gathered cheaply (files before processes) and never allowed to hang.
import type { Context, Shell } from '../core/types';
import { Deadlines } from '../core/deadlines';
import { localeOf } from '../core/locale';
import type { EnvironmentInfo } from './types';
import { locateClaude } from '../facts/claude-install';
import { locateNode } from '../facts/node';
import { locateNpm } from '../facts/npm';

const ENVIRONMENT_BUDGET_MS = 5000;

export function osName(platform: string, release: string): string {
  switch (platform) {
    case 'darwin':
      return `macOS (Darwin ${release})`;
    case 'win32':
      return `Windows ${release}`;
    case 'linux':
      return `Linux ${release}`;
    default:
      return `${platform} ${release}`;
  }
}

export async function collectEnvironment(ctx: Context, shell: Shell): Promise<EnvironmentInfo> {
  const base: EnvironmentInfo = {
    os: osName(ctx.platform, ctx.osRelease),
    arch: ctx.arch,
    node: { version: ctx.runtime.nodeVersion.replace(/^v/, ''), path: ctx.runtime.execPath },
    npm: null,
    shell,
    claude: null,
    installMethod: null,
    locale: localeOf(ctx.env),
  };
  const details = installDetails(ctx).catch(() => ({}));
  const deadline = new Deadlines();
  try {
    return { ...base, ...(await Promise.race([details, deadline.after(ENVIRONMENT_BUDGET_MS).then(() => ({}))])) };
  } finally {
    deadline.clear();
  }
}

/** node, npm and claude, from the same memoized look-ups the install checks use. */
async function installDetails(ctx: Context): Promise<Partial<EnvironmentInfo>> {
  const [node, npm, claude] = await Promise.all([locateNode(ctx), locateNpm(ctx), locateClaude(ctx)]);
  const first = claude.copies[0];
  // The same answer the claude-cli check gives: the copy the shell runs, else the one it found off PATH.
  const { native, npm: npmCopy } = claude.offPath;
  const offPath = native ? { path: native.path, installMethod: 'native' } : npmCopy ? { path: npmCopy.path, installMethod: 'npm-global' } : null;
  return {
    // The Node on PATH is the one npm and claude use; the doctor's own Node is the fallback.
    ...(node.path ? { node: { version: node.version, path: node.path } } : {}),
    npm: npm.path ? { version: npm.version, path: npm.path } : null,
    claude: first ? { version: first.version, path: first.path } : offPath ? { version: null, path: offPath.path } : null,
    installMethod: first ? first.installMethod : offPath ? offPath.installMethod : null,
  };
}
