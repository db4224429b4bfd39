// Which credential headers Claude Code sends (measured on 2.1.332 against a loopback endpoint, 2026-12-04):
//   ANTHROPIC_AUTH_TOKEN set:  Authorization: Bearer <token>, plus x-api-key when ANTHROPIC_API_KEY is set too;
//                              apiKeyHelper is not run at all.
//   apiKeyHelper in settings:  its output as Authorization: Bearer, and as x-api-key unless ANTHROPIC_API_KEY is set
//                              (then the key goes in x-api-key). A failing helper sends an empty Bearer.
//   ANTHROPIC_API_KEY only:    x-api-key.
//   nothing:                   no request ("Not logged in · Please run /login").
//   A helper with an inline assignment ("VAULT_TOKEN=hvs… /path/vault-kimi-key") runs through the shell with the
//   variable set, and its output is sent (measured 2026-12-04); ANTHROPIC_AUTH_TOKEN="Bearer sk-…" goes out as
//   "Authorization: Bearer Bearer sk-…" (measured 2026-12-04).
import { registerSecret } from '../config/secrets';
import type { SourcedValue } from '../config/types';
import type { Context } from '../core/types';

export type AuthHeader = 'authorization' | 'x-api-key';

export type HelperRun = { ok: true; value: string } | { ok: false; problem: 'failed' | 'empty' | 'timeout'; exitCode: number | null };

export type CredentialSource = 'ANTHROPIC_API_KEY' | 'ANTHROPIC_AUTH_TOKEN' | 'apiKeyHelper';

export interface CredentialValues {
  apiKey?: string;
  authToken?: string;
  apiKeyHelper?: SourcedValue;
}

export interface CredentialPlan {
  headers: Partial<Record<AuthHeader, string>>;
  /** The configured values the headers come from, Authorization's first. */
  sources: CredentialSource[];
}

const HELPER_TIMEOUT_MS = 10_000;

/** Which value fills each credential header, by the rules above; no helper is run. */
function credentialChoice(values: CredentialValues): Partial<Record<AuthHeader, CredentialSource>> | null {
  const { apiKey, authToken, apiKeyHelper } = values;
  const keyHeader = apiKey ? { 'x-api-key': 'ANTHROPIC_API_KEY' as const } : {};
  if (authToken) return { authorization: 'ANTHROPIC_AUTH_TOKEN', ...keyHeader };
  if (apiKeyHelper?.value.trim()) return { authorization: 'apiKeyHelper', 'x-api-key': 'apiKeyHelper', ...keyHeader };
  return apiKey ? keyHeader : null;
}

/** The configured values the credential headers come from, without running an apiKeyHelper. */
export function credentialSources(values: CredentialValues): CredentialSource[] {
  return [...new Set(Object.values(credentialChoice(values) ?? {}))];
}

export async function credentialPlan(ctx: Context, values: CredentialValues): Promise<CredentialPlan | null> {
  const choice = credentialChoice(values);
  if (!choice) return null;
  // Claude Code sends an empty Bearer when the helper fails.
  const helperOutput = Object.values(choice).includes('apiKeyHelper') ? await runApiKeyHelper(ctx, values.apiKeyHelper!.value) : null;
  const valueOf: Record<CredentialSource, string | undefined> = {
    ANTHROPIC_API_KEY: values.apiKey,
    ANTHROPIC_AUTH_TOKEN: values.authToken,
    apiKeyHelper: helperOutput?.ok ? helperOutput.value : '',
  };
  const headers: CredentialPlan['headers'] = {};
  if (choice.authorization) headers.authorization = `Bearer ${valueOf[choice.authorization]}`;
  if (choice['x-api-key']) headers['x-api-key'] = valueOf[choice['x-api-key']];
  return { headers, sources: credentialSources(values) };
}

/** Runs the helper through a shell, as Claude Code does, with a deadline; its output is a secret from the start. */
export function runApiKeyHelper(ctx: Context, command: string): Promise<HelperRun> {
  return ctx.memo(`api-key-helper:${command}`, async () => {
    const [shell, flag] = ctx.platform === 'win32' ? [ctx.env.ComSpec || 'cmd.exe', '/c'] : ['/bin/sh', '-c'];
    const r = await ctx.proc.run(shell, [flag, command], { timeoutMs: HELPER_TIMEOUT_MS, env: ctx.env });
    const value = r.stdout.trim();
    registerSecret(ctx.secrets, value);
    if (r.timedOut) return { ok: false, problem: 'timeout', exitCode: null } as const;
    if (r.exitCode !== 0) return { ok: false, problem: 'failed', exitCode: r.exitCode } as const;
    return value ? ({ ok: true, value } as const) : ({ ok: false, problem: 'empty', exitCode: 0 } as const);
  });
}
