// Is there a Node.js (and npm) that can install, update and run the Claude Code the user has?
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Context, Finding } from '../src/core/types';
import { isValidRange, majorOf, satisfiesIncludingPrerelease } from '../src/core/versions';
import { locateClaude, type ClaudeInstall } from '../src/facts/claude-install';
import { locateNode } from '../src/facts/node';
import { eolStatus, RECOMMENDED_NODE_LTS } from '../src/facts/node-eol';
import { nodeManagerFromEnv } from '../src/facts/node-installer';
import { locateNpm } from '../src/facts/npm';

/** What Claude Code asks for when no npm package says otherwise: the oldest line any release accepted. */
export const DEFAULT_NODE_REQUIREMENT = '>=18.0.0';

export const nodeCheck = defineCheck({
  id: 'node',
  title: 'Node.js and npm',
  category: 'install',
  async run(ctx) {
    const [node, npm, claude] = await Promise.all([locateNode(ctx), locateNpm(ctx), locateClaude(ctx)]);
    const { required, requiredSource, claudeVersion } = requirementOf(claude);
    // A native claude does not run on Node; Node then matters only for installing and updating with npm.
    const native = runsWithoutNode(claude);
    const viaNpm = claude.copies[0]?.installMethod === 'npm-global';
    const lts = RECOMMENDED_NODE_LTS;
    const findings: Finding[] = [];

    if (!node.path) {
      findings.push((native ? warning : error)('node.not-found', { suggestedLts: lts, installer: nodeManagerFromEnv(ctx.env) }));
    } else if (!node.version) {
      findings.push(warning('node.version-unknown', { path: node.path, reason: node.versionError ?? { kind: 'bad-exit', exitCode: 0, output: '' } }));
    } else {
      findings.push(...judgeVersion(ctx, { version: node.version, path: node.path, required, requiredSource, claudeVersion, native, viaNpm, lts, installer: node.installer }));
    }
    if (node.path && !node.isRuntime) {
      findings.push(
        info('node.differs-from-runtime', {
          version: node.version,
          path: node.path,
          runtimeVersion: ctx.runtime.nodeVersion.replace(/^v/, ''),
          runtimePath: ctx.runtime.execPath,
        }),
      );
    }

    if (!npm.path) findings.push(warning('npm.not-found'));
    else if (npm.globalBin && !npm.globalBinOnPath) findings.push(warning('npm.global-bin-not-on-path', { globalBin: npm.globalBin }));
    else findings.push(info('npm.ok', { version: npm.version, path: npm.path, globalBin: npm.globalBin }));

    return {
      findings,
      data: {
        version: node.version,
        path: node.path,
        // A native claude outside npm asks nothing of Node.
        required: native && !viaNpm ? null : required,
        installer: node.path ? node.installer : null,
        npm: npm.version,
        npmPath: npm.path,
        npmGlobalBin: npm.globalBin,
      },
    };
  },
});

function requirementOf(claude: ClaudeInstall): { required: string; requiredSource: 'package' | 'default'; claudeVersion: string | null } {
  const first = claude.copies[0];
  const declared = first?.enginesNode && isValidRange(first.enginesNode) ? first.enginesNode : null;
  return declared
    ? { required: declared, requiredSource: 'package', claudeVersion: first.version }
    : { required: DEFAULT_NODE_REQUIREMENT, requiredSource: 'default', claudeVersion: first?.version ?? null };
}

/**
 * The native installer's claude, and the npm package's since 2.1.113 (bin/claude.exe is the native program,
 * FACTS.md), run without Node. Older npm releases ran cli.js on Node, and a wrapper whose binary never arrived
 * runs nothing at all.
 */
function runsWithoutNode(claude: ClaudeInstall): boolean {
  const first = claude.copies[0];
  if (!first) return claude.offPath.native !== null;
  if (first.installMethod === 'native') return true;
  const launcher = first.realPath?.split(/[\\/]/).pop()?.toLowerCase();
  return first.installMethod === 'npm-global' && launcher === 'claude.exe' && !first.nativeBinaryMissing;
}

function judgeVersion(
  ctx: Context,
  v: { version: string; path: string; required: string; requiredSource: string; claudeVersion: string | null; native: boolean; viaNpm: boolean; lts: number; installer: string },
): Finding[] {
  const major = majorOf(v.version);
  const eol = eolStatus(major, ctx.clock.now());
  const eolFinding = eol.eol ? [warning('node.eol', { major, eolDate: eol.eolDate, path: v.path, suggestedLts: v.lts, installer: v.installer })] : [];
  // The native build outside npm runs without Node: no requirement to meet, only the end-of-life note.
  if (v.native && !v.viaNpm) return [info('node.ok-native', { version: v.version, path: v.path }), ...eolFinding];
  const meets = satisfiesIncludingPrerelease(v.version, v.required);
  if (!meets) {
    // Too old already says "install the LTS"; an end-of-life note on top would repeat it.
    return v.native
      ? [warning('node.too-old-native', { version: v.version, path: v.path, required: v.required, suggestedLts: v.lts, viaNpm: v.viaNpm, claudeVersion: v.claudeVersion, installer: v.installer })]
      : [
          error('node.too-old', {
            version: v.version,
            path: v.path,
            required: v.required,
            requiredSource: v.requiredSource,
            claudeVersion: v.claudeVersion,
            suggestedLts: v.lts,
            installer: v.installer,
          }),
        ];
  }
  return [info('node.ok', { version: v.version, path: v.path, required: v.required }), ...eolFinding];
}
