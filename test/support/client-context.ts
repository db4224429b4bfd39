// A context whose disk, processes, capture and HTTP are the real adapters, on a temporary home and project:
// for tests that run a real (or stand-in) `claude` through the capture and send the probe to loopback servers.
import { createClientCapture } from '../../src/context/capture';
import { realFileSystem } from '../../src/context/files';
import { createHttpClient } from '../../src/context/http';
import { realProcessRunner } from '../../src/context/processes';
import { fakeContext, type FakeContext, type FakeContextOptions } from './fake-context';

export function clientContext(opts: Omit<FakeContextOptions, 'files'> & { homeDir: string; cwd: string }): FakeContext {
  const ctx = fakeContext({ options: { timeoutMs: 5000 }, ...opts });
  const capture = createClientCapture();
  const http = createHttpClient();
  ctx.files = realFileSystem;
  ctx.proc = realProcessRunner;
  ctx.capture = {
    run(spec) {
      ctx.captureLog.push(spec);
      return capture.run(spec);
    },
  };
  ctx.http = {
    request(req) {
      ctx.httpLog.push(req);
      return http.request(req);
    },
  };
  return ctx;
}
