// Wording for the network checks (proxy, live-probe).
import type { MessageEntry } from '../catalog';

export const networkFindings = {} satisfies Record<string, MessageEntry>;
