// The real Claude Code binary for the real-client tests, from .cache/claude-code (scripts/install-claude-code.js).
import { existsSync, mkdirSync, symlinkSync } from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

export const CLAUDE_CODE_VERSION: string = require('./claude-code-version.json').version;

export function claudeCodeBinary(): string {
  const root = path.join(__dirname, '..', '..');
  const bin = path.join(root, '.cache', 'claude-code', CLAUDE_CODE_VERSION, 'node_modules', '@anthropic-ai', `claude-code-${process.platform}-${process.arch}`, 'claude');
  if (!existsSync(bin)) execFileSync(process.execPath, [path.join(root, 'scripts', 'install-claude-code.js')], { stdio: 'pipe', timeout: 600_000 });
  if (!existsSync(bin)) throw new Error(`Claude Code ${CLAUDE_CODE_VERSION} is not installed at ${bin}`);
  return bin;
}

/** A bin directory holding `claude` (a link to the real binary), for a test's PATH. */
export function claudeOnPath(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const link = path.join(dir, 'claude');
  if (!existsSync(link)) symlinkSync(claudeCodeBinary(), link);
  return dir;
}

/** Runs `claude -p ok` as a user would, without the updater, nonessential traffic or retries, and waits for its exit. */
export function runClaudeOnce(o: { cwd: string; env: Record<string, string> }): Promise<void> {
  const { spawn } = require('child_process') as typeof import('child_process');
  return new Promise<void>((resolve, reject) => {
    const child = spawn('claude', ['-p', 'ok'], {
      cwd: o.cwd,
      env: { ...o.env, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_MAX_RETRIES: '0' },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}
