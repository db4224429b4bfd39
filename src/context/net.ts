// Placeholder replaced by the TCP probe when the network checks land; no check calls it before then.
import type { NetProbe } from '../core/types';

export const realNetProbe: NetProbe = {
  async canConnect() {
    return { ok: false, error: 'network support is not built yet', latencyMs: 0 };
  },
};
