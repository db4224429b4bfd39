// 网络检查（proxy、live-probe）的中文措辞。
import type { MessageEntry } from '../catalog';

export const networkTitles: Record<string, string> = {};
export const networkFindings = {} satisfies Record<string, MessageEntry>;
