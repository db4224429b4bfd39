// The observed request: run the installed Claude Code once, in safe mode, against the doctor's own capture server
// on 127.0.0.1, and read what it sent. Nothing of the user's changes: the client runs with CLAUDE_CONFIG_DIR and its
// working directory in a temporary sandbox holding copies of the files it reads (src/context/capture.ts).
import { claudeConfigDir, pathFor } from '../config/paths';
import { registerSecret } from '../config/secrets';
import type { CapturedRequest, ClientCaptureSpec, Context } from '../core/types';
import type { CaptureReport, OtherRequest } from './client-request';
import { SECRET_NAME } from './custom-headers';
import { CAPTURE_FLAGS, RELEASES } from './releases';
import { compareVersions } from '../core/versions';

/** Hard limit for one capture run; a warm run takes under a second, a cold 400 MB binary a few. */
export const CAPTURE_TIMEOUT_MS = 10_000;

/** Headers that belong to one connection or one session, not to what a replay must carry. */
const NOT_REPLAYED = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'transfer-encoding', 'keep-alive', 'x-claude-code-session-id', 'x-stainless-retry-count', 'x-stainless-timeout']);

export interface Observation {
  report: CaptureReport;
  /** The messages request, when one arrived. */
  main?: { path: string; headers: Record<string, string>; model: string | null };
  others: OtherRequest[];
}

export interface ObserveInput {
  claudePath: string;
  version: string | null;
  baseUrl: URL;
  cliModel?: string;
}

/** Windows shims need a shell, which would mangle the JSON of --settings: the capture never goes through one. */
const SHELL_SHIM = /\.(cmd|bat|ps1)$/i;

export async function observeRequest(ctx: Context, input: ObserveInput): Promise<Observation> {
  if (SHELL_SHIM.test(input.claudePath) || !(await supportsCapture(ctx, input.claudePath, input.version))) return { report: { status: 'unsupported' }, others: [] };
  const started = ctx.clock.now();
  const result = await ctx.capture.run(captureSpec(ctx, input));
  const durationMs = Math.max(0, ctx.clock.now() - started);
  for (const r of result.requests) registerHeaderSecrets(ctx, r.headers);

  const mainIndex = result.requests.findIndex(isMessagesRequest);
  const output = firstLine(result.stdout) ?? firstLine(result.stderr);
  const report: CaptureReport = {
    status: mainIndex >= 0 ? 'observed' : result.error && result.error !== 'timeout' ? 'failed' : result.timedOut ? 'timeout' : 'no-request',
    exitCode: result.exitCode,
    ...(output ? { output } : {}),
    durationMs,
  };
  const others = result.requests.filter((r, i) => i !== mainIndex && r.method !== 'HEAD').map((r) => ({ method: r.method, path: r.path, model: modelOf(r.body) }));
  if (mainIndex < 0) return { report, others };
  const main = result.requests[mainIndex];
  return { report, main: { path: main.path, headers: replayable(main.headers), model: modelOf(main.body) }, others };
}

/** Every measured release has the flags; for one older than all of them, its own --help decides. */
async function supportsCapture(ctx: Context, claudePath: string, version: string | null): Promise<boolean> {
  if (version && compareVersions(version, RELEASES[0].version) >= 0) return true;
  return ctx.memo(`claude-code:capture-flags:${claudePath}`, async () => {
    const help = await ctx.proc.run(claudePath, ['--help'], { timeoutMs: 5000, env: quietEnv(ctx) });
    const text = `${help.stdout}\n${help.stderr}`;
    return help.exitCode === 0 && CAPTURE_FLAGS.every((flag) => text.includes(flag));
  });
}

export function captureSpec(ctx: Context, input: ObserveInput): ClientCaptureSpec {
  const p = pathFor(ctx);
  const { dir: configDir, claudeJson } = claudeConfigDir(ctx);
  const rest = `${input.baseUrl.pathname}${input.baseUrl.search}`;
  return {
    command: input.claudePath,
    args: (origin) => [
      '-p',
      'ok',
      '--safe-mode',
      '--tools',
      '',
      '--no-session-persistence',
      ...(input.cliModel ? ['--model', input.cliModel] : []),
      '--settings',
      JSON.stringify({ env: { ...QUIET, ANTHROPIC_BASE_URL: `${origin}${rest}`, CLAUDE_CODE_MAX_RETRIES: '0', NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' } }),
    ],
    env: quietEnv(ctx),
    copies: [
      { from: p.join(configDir, 'settings.json'), into: 'config', relative: 'settings.json' },
      { from: p.join(configDir, 'settings.local.json'), into: 'config', relative: 'settings.local.json' },
      { from: p.join(configDir, '.credentials.json'), into: 'config', relative: '.credentials.json' },
      { from: claudeJson, into: 'config', relative: '.claude.json' },
      { from: p.join(ctx.cwd, '.claude', 'settings.json'), into: 'project', relative: p.join('.claude', 'settings.json') },
      { from: p.join(ctx.cwd, '.claude', 'settings.local.json'), into: 'project', relative: p.join('.claude', 'settings.local.json') },
    ],
    timeoutMs: CAPTURE_TIMEOUT_MS,
  };
}

/** No update check, no telemetry, nothing sent anywhere but the capture server. */
const QUIET = { CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' };

/** The environment the doctor evaluates (an --env-file may hold no HOME: the client still needs one). */
function quietEnv(ctx: Context): Record<string, string | undefined> {
  return { HOME: ctx.homeDir, ...ctx.env, ...QUIET };
}

function isMessagesRequest(r: CapturedRequest): boolean {
  return r.method === 'POST' && /\/messages$/.test(r.path.split('?')[0]);
}

function replayable(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) kept[name] = value;
  return kept;
}

function registerHeaderSecrets(ctx: Context, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_NAME.test(name)) continue;
    registerSecret(ctx.secrets, value);
    const bearer = /^\s*bearer\s+(.+)$/i.exec(value);
    if (bearer) registerSecret(ctx.secrets, bearer[1]);
  }
}

function modelOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { model?: unknown };
    return typeof parsed.model === 'string' ? parsed.model : null;
  } catch {
    const m = /"model"\s*:\s*"([^"]{1,200})"/.exec(body);
    return m ? m[1] : null;
  }
}

function firstLine(text: string): string | undefined {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  return line ? line.trim().slice(0, 300) : undefined;
}
