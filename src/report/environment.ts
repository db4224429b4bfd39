// Environment facts for every report, gathered cheaply (files before processes) and never allowed to hang.
import type { Context, Shell } from '../core/types';
import { localeOf } from '../core/locale';
import type { EnvironmentInfo } from './types';

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
    node: { version: ctx.runtime.nodeVersion, path: ctx.runtime.execPath },
    npm: null,
    shell,
    claude: null,
    installMethod: null,
    locale: localeOf(ctx.env),
  };
  const details = installDetails(ctx).catch(() => ({}));
  const timeout = new Promise<Partial<EnvironmentInfo>>((resolve) => setTimeout(() => resolve({}), ENVIRONMENT_BUDGET_MS).unref());
  return { ...base, ...(await Promise.race([details, timeout])) };
}

/** npm and claude, from the same memoized look-ups the install checks use. */
async function installDetails(_ctx: Context): Promise<Partial<EnvironmentInfo>> {
  return {};
}
