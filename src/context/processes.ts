// Runs programs without a shell, always with a deadline and a cap on what is kept of their output.
import type { ProcessRunner } from '../core/types';

const MAX_OUTPUT = 64 * 1024;

export const realProcessRunner: ProcessRunner = {
  run(command, args, { timeoutMs, env, cwd, ownProcessGroup = false }) {
    return new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      let settled = false;
      let timedOut = false;
      const group = ownProcessGroup && process.platform !== 'win32';
      const kill = () => {
        try {
          if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          // Already gone.
        }
      };
      const finish = (exitCode: number | null, error?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (group) kill();
        resolve({ exitCode, stdout, stderr, timedOut, ...(error ? { error } : {}) });
      };
      // child_process loads on the first spawn: most runs spawn nothing.
      const { spawn } = require('child_process') as typeof import('child_process');
      let child: ReturnType<typeof spawn>;
      try {
        // Windows cannot start .cmd/.bat files without a shell (Node 18.20.2+ refuses with EINVAL).
        const needsShell = process.platform === 'win32' && /\.(cmd|bat)$/i.test(command);
        child = spawn(needsShell ? `"${command}"` : command, args, {
          shell: needsShell,
          windowsHide: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: env ? (env as NodeJS.ProcessEnv) : process.env,
          ...(cwd ? { cwd } : {}),
          detached: group,
        });
      } catch (e) {
        resolve({ exitCode: null, stdout, stderr, timedOut, error: (e as NodeJS.ErrnoException).code ?? 'spawn failed' });
        return;
      }
      const timer = setTimeout(() => {
        timedOut = true;
        kill();
        finish(null, 'timeout');
      }, timeoutMs);
      timer.unref();
      child.stdout?.on('data', (d: Buffer) => {
        if (stdout.length < MAX_OUTPUT) stdout += d.toString('utf8').slice(0, MAX_OUTPUT - stdout.length);
      });
      child.stderr?.on('data', (d: Buffer) => {
        if (stderr.length < MAX_OUTPUT) stderr += d.toString('utf8').slice(0, MAX_OUTPUT - stderr.length);
      });
      child.on('error', (e: NodeJS.ErrnoException) => finish(null, e.code ?? e.message));
      child.on('close', (code) => finish(code));
    });
  },
};
