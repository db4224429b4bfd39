// Placeholder replaced by the undici adapter when the network checks land; no check calls it before then.
import type { HttpClient } from '../core/types';

export const realHttpClient: HttpClient = {
  async request() {
    return { ok: false, failure: { kind: 'network', message: 'network support is not built yet', latencyMs: 0 } };
  },
};
