// The answer this room gives: what Claude Code will send, and where, on this machine.
import type { AuthHeader } from './credentials';
import type { ModelPlan } from './model-slots';

export interface OtherRequest {
  method: string;
  path: string;
  model: string | null;
}

export interface CaptureReport {
  /** observed: the client sent its request to the capture server; otherwise why the doctor fell back to its model. */
  status: 'observed' | 'disabled' | 'offline' | 'not-installed' | 'unsupported' | 'no-request' | 'timeout' | 'failed';
  exitCode?: number | null;
  /** The client's own first output line, redacted on the way out like everything else. */
  output?: string;
  durationMs?: number;
}

export interface ClientRequest {
  source: 'observed' | 'modelled';
  claudeVersion: string | null;
  /** The full URL of the messages request, e.g. https://api.moonshot.cn/anthropic/v1/messages?beta=true */
  url: string;
  model: string;
  /** Headers to replay: credentials, user-agent, anthropic-version, anthropic-beta, x-app and any custom ones. */
  headers: Record<string, string>;
  authHeaders: AuthHeader[];
  /** Which configuration values the credential headers came from. */
  credentialSources: string[];
  userAgent: string | null;
  /** Every further request the client made (observed only). */
  others: OtherRequest[];
  capture: CaptureReport;
  /** The model slots as the doctor resolves them (always computed, for the report and the model check). */
  models: ModelPlan;
}

/** Why there is nothing to send: the configuration checks report the cause; the probe only skips. */
export type NoRequest =
  | { reason: 'no-base-url' }
  | { reason: 'bad-url'; value: string }
  | { reason: 'no-credential'; capture: CaptureReport };

export type ClientRequestOutcome = { ok: true; request: ClientRequest } | ({ ok: false } & NoRequest);

/** The JSON report's data.request. */
export function requestData(r: ClientRequest): Record<string, unknown> {
  return {
    source: r.source,
    model: r.model,
    userAgent: r.userAgent,
    authHeaders: r.authHeaders,
    claudeVersion: r.claudeVersion,
    path: pathOf(r.url),
    ...(r.others.length ? { others: r.others } : {}),
    capture: r.capture,
  };
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}
