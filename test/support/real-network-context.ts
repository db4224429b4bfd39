// A fake context whose http and net are the real adapters: integration tests talk to real loopback servers.
import { createHttpClient, type HttpClientOptions } from '../../src/context/http';
import { createNetProbe } from '../../src/context/net';
import type { CheckDefinition, CheckResult } from '../../src/core/types';
import { runChecks } from '../../src/core/runner';
import { fakeContext, type FakeContext, type FakeContextOptions } from './fake-context';

export function realNetworkContext(opts: FakeContextOptions & { httpClient?: HttpClientOptions } = {}): FakeContext {
  const { httpClient: httpOptions, ...rest } = opts;
  const ctx = fakeContext({ options: { timeoutMs: 5000 }, ...rest });
  const real = createHttpClient(httpOptions);
  ctx.http = {
    request(req) {
      ctx.httpLog.push(req);
      return real.request(req);
    },
  };
  ctx.net = createNetProbe();
  return ctx;
}

/** Runs one check through the real runner, so status comes out exactly as the report would show it. */
export async function runCheck(check: CheckDefinition, ctx: FakeContext): Promise<CheckResult> {
  const [result] = await runChecks([check], ctx);
  return result;
}
