// Can the shell run `claude`, which copy runs, and is it whole?
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { locateClaude, nativeLauncherPath, type ClaudeCopy, type InstallMethod } from '../src/facts/claude-install';
import { claudeConfigDir } from '../src/config/paths';
import { pathFor } from '../src/facts/platform-path';
import { readJsonObject } from '../src/facts/read-file';

export const claudeCliCheck = defineCheck({
  id: 'claude-cli',
  title: 'Claude Code CLI',
  category: 'install',
  async run(ctx) {
    const install = await locateClaude(ctx);
    const [first] = install.copies;
    const data = {
      path: first?.path ?? null,
      version: first?.version ?? null,
      installMethod: first?.installMethod ?? null,
      all: install.copies.map((c) => c.path),
    };

    if (!first) {
      const { native, npm } = install.offPath;
      const finding = native
        ? error('claude.local-bin-not-on-path', native)
        : npm
          ? error('claude.npm-bin-not-on-path', npm)
          : error('claude.not-found');
      return { findings: [finding], data };
    }

    const findings: Finding[] = [];
    if (first.nativeBinaryMissing && first.packageDir) {
      const flavour = pathFor(ctx);
      findings.push(
        error('claude.native-binary-missing', {
          path: first.path,
          packageDir: first.packageDir,
          installScript: flavour.join(first.packageDir, 'install.cjs'),
        }),
      );
    } else if (!first.version) {
      findings.push(warning('claude.version-unknown', { path: first.path, reason: first.versionError ?? { kind: 'bad-exit', exitCode: 0, output: '' } }));
    }

    const shadow = shadowing(ctx, install.copies);
    if (shadow) findings.push(shadow);

    const mismatch = await installMethodMismatch(ctx, first.installMethod);
    if (mismatch) findings.push(mismatch);

    if (!findings.some((f) => f.severity === 'error')) {
      findings.unshift(info('claude.ok', { path: first.path, version: first.version, installMethod: first.installMethod }));
    }
    return { findings, data };
  },
});

/** Several copies with different versions: updates may land in one the shell never runs. */
function shadowing(ctx: Context, copies: readonly ClaudeCopy[]): Finding | null {
  const versions = new Set(copies.map((c) => c.version).filter((v): v is string => v !== null));
  if (copies.length < 2 || versions.size < 2) return null;
  const [first, ...others] = copies;
  const flavour = pathFor(ctx);
  return warning('claude.shadowed', {
    count: copies.length,
    first: { path: first.path, version: first.version },
    others: others.map((c) => ({ path: c.path, version: c.version })),
    nativeLauncher: nativeLauncherPath(ctx),
    nativeVersions: flavour.join(ctx.homeDir, '.local', 'share', 'claude'),
  });
}

type RecordedKind = InstallMethod | 'local';

/** Values Claude Code has written to installMethod over time, by what they mean. */
const RECORDED_KINDS: Record<string, RecordedKind> = {
  npm: 'npm-global',
  global: 'npm-global',
  'npm-global': 'npm-global',
  native: 'native',
  local: 'local',
};

/** What to write back for each real method. */
const EXPECTED_VALUE: Partial<Record<InstallMethod, string>> = { 'npm-global': 'global', native: 'native' };

/** ~/.claude.json keeps per-project history and grows to several MB; a cut-off read would not parse. */
const CLAUDE_JSON_MAX_BYTES = 64 * 1024 * 1024;

export function claudeJsonPath(ctx: Context): string {
  return claudeConfigDir(ctx).claudeJson;
}

async function installMethodMismatch(ctx: Context, actual: InstallMethod): Promise<Finding | null> {
  const file = claudeJsonPath(ctx);
  // A broken ~/.claude.json is the config checks' business: here it just means "nothing recorded".
  const json = await readJsonObject(ctx, file, CLAUDE_JSON_MAX_BYTES);
  const recorded = json?.installMethod;
  if (typeof recorded !== 'string') return null;
  const recordedKind = RECORDED_KINDS[recorded];
  const expected = EXPECTED_VALUE[actual];
  if (!recordedKind || !expected) return null;
  // "local" (~/.claude/local) is an npm install too; only a native claude clearly contradicts it.
  const clash = recordedKind === 'local' ? actual === 'native' : recordedKind !== actual;
  return clash ? warning('claude.install-method-mismatch', { recorded, actual, expected, file }) : null;
}
