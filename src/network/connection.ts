// How a request reaches a URL the way Claude Code's would: which proxy, which extra CA, whether TLS is verified.
import type { Context, HttpRequest } from '../core/types';
import type { NetworkSettings } from './effective-settings';
import { proxyVarValues } from './effective-settings';
import { readExtraCa, type ExtraCa } from './extra-ca';
import { proxyFor, type ProxyDecision } from './proxy-rules';

export type ConnectionOptions = Pick<HttpRequest, 'proxyUrl' | 'extraCaPem' | 'rejectUnauthorized' | 'timeoutMs' | 'signal'>;

export interface TlsSettings {
  extraCa: ExtraCa;
  rejectUnauthorized: boolean;
}

/** Node (and so Claude Code) turns verification off only for the exact value "0". */
export async function tlsSettings(ctx: Context, settings: NetworkSettings): Promise<TlsSettings> {
  return ctx.memo('network-tls', async () => ({
    extraCa: await readExtraCa(ctx, settings.extraCaCerts?.value),
    rejectUnauthorized: settings.tlsRejectUnauthorized?.value !== '0',
  }));
}

export function connectionFor(ctx: Context, settings: NetworkSettings, tls: TlsSettings, url: string): { decision: ProxyDecision; options: ConnectionOptions } {
  const decision = proxyFor(url, proxyVarValues(settings));
  return {
    decision,
    options: {
      proxyUrl: decision.kind === 'proxy' ? decision.proxy.href : null,
      ...(tls.extraCa.state === 'ok' ? { extraCaPem: tls.extraCa.pem } : {}),
      rejectUnauthorized: tls.rejectUnauthorized,
      timeoutMs: ctx.options.timeoutMs,
      signal: ctx.signal,
    },
  };
}
