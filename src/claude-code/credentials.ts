// Which credential headers Claude Code sends (measured on 2.1.332 against a loopback endpoint, 2026-12-04):
//   ANTHROPIC_AUTH_TOKEN set:  Authorization: Bearer <token>, plus x-api-key when ANTHROPIC_API_KEY is set too;
//                              apiKeyHelper is not run at all.
//   apiKeyHelper in settings:  its output as Authorization: Bearer, and as x-api-key unless ANTHROPIC_API_KEY is set
//                              (then the key goes in x-api-key). A failing helper sends an empty Bearer.
//   ANTHROPIC_API_KEY only:    x-api-key.
//   nothing:                   no request ("Not logged in · Please run /login").
import type { SourcedValue } from '../config/types';
import type { Context } from '../core/types';

export type AuthHeader = 'authorization' | 'x-api-key';

export type HelperRun = { ok: true; value: string } | { ok: false; problem: 'failed' | 'empty' | 'timeout'; exitCode: number | null };

export interface CredentialPlan {
  headers: Partial<Record<AuthHeader, string>>;
  /** Where each header's value comes from. */
  from: Partial<Record<AuthHeader, 'ANTHROPIC_API_KEY' | 'ANTHROPIC_AUTH_TOKEN' | 'apiKeyHelper'>>;
  helper?: { command: string; run: HelperRun };
}

const HELPER_TIMEOUT_MS = 10_000;

export async function credentialPlan(
  ctx: Context,
  values: { apiKey?: string; authToken?: string; apiKeyHelper?: SourcedValue },
): Promise<CredentialPlan | null> {
  const { apiKey, authToken, apiKeyHelper } = values;
  if (authToken) {
    return {
      headers: { authorization: `Bearer ${authToken}`, ...(apiKey ? { 'x-api-key': apiKey } : {}) },
      from: { authorization: 'ANTHROPIC_AUTH_TOKEN', ...(apiKey ? { 'x-api-key': 'ANTHROPIC_API_KEY' as const } : {}) },
    };
  }
  if (apiKeyHelper && apiKeyHelper.value.trim()) {
    const run = await runApiKeyHelper(ctx, apiKeyHelper.value);
    const token = run.ok ? run.value : '';
    return {
      headers: { authorization: `Bearer ${token}`, 'x-api-key': apiKey ?? token },
      from: { authorization: 'apiKeyHelper', 'x-api-key': apiKey ? 'ANTHROPIC_API_KEY' : 'apiKeyHelper' },
      helper: { command: apiKeyHelper.value, run },
    };
  }
  if (apiKey) return { headers: { 'x-api-key': apiKey }, from: { 'x-api-key': 'ANTHROPIC_API_KEY' } };
  return null;
}

/** Runs the helper through a shell, as Claude Code does, with a deadline; its output is a secret from the start. */
export function runApiKeyHelper(ctx: Context, command: string): Promise<HelperRun> {
  return ctx.memo(`api-key-helper:${command}`, async () => {
    const [shell, flag] = ctx.platform === 'win32' ? [ctx.env.ComSpec || 'cmd.exe', '/c'] : ['/bin/sh', '-c'];
    const r = await ctx.proc.run(shell, [flag, command], { timeoutMs: HELPER_TIMEOUT_MS, env: ctx.env });
    const value = r.stdout.trim();
    if (value) ctx.secrets.add(value);
    if (r.timedOut) return { ok: false, problem: 'timeout', exitCode: null } as const;
    if (r.exitCode !== 0) return { ok: false, problem: 'failed', exitCode: r.exitCode } as const;
    return value ? ({ ok: true, value } as const) : ({ ok: false, problem: 'empty', exitCode: 0 } as const);
  });
}
