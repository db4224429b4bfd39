// Where Claude Code and the shells keep the files the resolver reads, per platform.
import type * as path from 'path';
import type { Context } from '../core/types';
import { envVar, pathFor } from '../facts/platform-path';
import type { SettingsScope, StartupShell } from './types';

export { pathFor };

export function managedSettingsPath(platform: Context['platform']): string {
  if (platform === 'win32') return 'C:\\ProgramData\\ClaudeCode\\managed-settings.json';
  if (platform === 'darwin') return '/Library/Application Support/ClaudeCode/managed-settings.json';
  return '/etc/claude-code/managed-settings.json';
}

/**
 * $CLAUDE_CONFIG_DIR moves both ~/.claude and ~/.claude.json. It is read from the environment only, and taken as
 * Claude Code takes it (2.1.332, measured on loopback 2026-12-04): not trimmed, `~` not expanded, a relative path
 * resolved against the working directory. So `CLAUDE_CONFIG_DIR="~/cfg"` means `<cwd>/~/cfg`.
 */
export function claudeConfigDir(ctx: Pick<Context, 'env' | 'homeDir' | 'platform' | 'cwd'>): { dir: string; claudeJson: string } {
  const p = pathFor(ctx);
  const custom = envVar(ctx, 'CLAUDE_CONFIG_DIR');
  if (custom) {
    const dir = p.resolve(ctx.cwd, custom);
    return { dir, claudeJson: p.join(dir, '.claude.json') };
  }
  return { dir: p.join(ctx.homeDir, '.claude'), claudeJson: p.join(ctx.homeDir, '.claude.json') };
}

/** A CLAUDE_CONFIG_DIR that depends on where claude is started: `~` that no shell expanded, or a relative path. */
export function configDirSurprise(
  ctx: Pick<Context, 'env' | 'homeDir' | 'platform' | 'cwd'>,
): { value: string; dir: string; kind: 'literal-tilde' | 'relative'; meant?: string } | null {
  const custom = envVar(ctx, 'CLAUDE_CONFIG_DIR');
  if (!custom) return null;
  const p = pathFor(ctx);
  const dir = claudeConfigDir(ctx).dir;
  if (custom === '~' || custom.startsWith('~/') || custom.startsWith('~\\')) {
    return { value: custom, dir, kind: 'literal-tilde', meant: expandHome(custom, ctx.homeDir, p) };
  }
  if (!p.isAbsolute(custom)) return { value: custom, dir, kind: 'relative' };
  return null;
}

export function settingsLayers(ctx: Pick<Context, 'env' | 'homeDir' | 'platform' | 'cwd'>): Array<{ scope: SettingsScope; path: string }> {
  const p = pathFor(ctx);
  const layers: Array<{ scope: SettingsScope; path: string }> = [
    { scope: 'managed', path: managedSettingsPath(ctx.platform) },
    { scope: 'project-local', path: p.join(ctx.cwd, '.claude', 'settings.local.json') },
    { scope: 'project', path: p.join(ctx.cwd, '.claude', 'settings.json') },
    { scope: 'user', path: p.join(claudeConfigDir(ctx).dir, 'settings.json') },
  ];
  // Run from the home directory, the project file is the user file: count it once, as the user's.
  return layers.filter((l, i) => l.scope !== 'project' || l.path !== layers[3].path || i === 3);
}

export function startupFileList(ctx: Pick<Context, 'env' | 'homeDir' | 'platform'>): Array<{ path: string; shell: StartupShell }> {
  const p = pathFor(ctx);
  const h = (...parts: string[]) => p.join(ctx.homeDir, ...parts);
  const xdg = ctx.env.XDG_CONFIG_HOME?.trim() || h('.config');
  const files: Array<{ path: string; shell: StartupShell }> = [
    ...['.bashrc', '.bash_profile', '.profile', '.zshrc', '.zprofile', '.zshenv'].map((f) => ({ path: h(f), shell: 'posix' as const })),
    { path: p.join(xdg, 'fish', 'config.fish'), shell: 'fish' },
  ];
  if (ctx.platform === 'win32') {
    const docs = h('Documents');
    files.push(
      { path: p.join(docs, 'PowerShell', 'Microsoft.PowerShell_profile.ps1'), shell: 'powershell' },
      { path: p.join(docs, 'WindowsPowerShell', 'Microsoft.PowerShell_profile.ps1'), shell: 'powershell' },
    );
  } else {
    files.push({ path: p.join(xdg, 'powershell', 'Microsoft.PowerShell_profile.ps1'), shell: 'powershell' });
  }
  return files;
}

export function expandHome(input: string, homeDir: string, p: path.PlatformPath): string {
  if (input === '~') return homeDir;
  if (input.startsWith('~/') || input.startsWith('~\\')) return p.join(homeDir, input.slice(2));
  return input;
}
