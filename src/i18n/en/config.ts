// Wording for the configuration checks (claude-json, config-agreement, base-url, api-key, model).
import type { MessageEntry } from '../catalog';

export const configFindings = {} satisfies Record<string, MessageEntry>;
