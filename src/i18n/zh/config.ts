// 配置检查（claude-json、config-agreement、base-url、api-key、model）的中文措辞。
import type { MessageEntry } from '../catalog';

export const configTitles: Record<string, string> = {};
export const configFindings = {} satisfies Record<string, MessageEntry>;
