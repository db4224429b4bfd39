// One finding's wording in the catalogue tables (src/i18n/en, src/i18n/zh).
import type { MessageEntry, Values } from './catalog';
import type { RenderKit } from './render-kit';

type Wording = (v: Values, kit: RenderKit) => string;

/**
 * A finding's message and, when there is something to do, its remediation. The tables call this rather than write
 * `{ message, remediation }` at each entry: V8 builds an object literal that runs only once field by field in its
 * runtime, and a table's module runs once, so each entry was built that slow way (the English doctor's 142 entries:
 * 0.64% of an offline run's instructions). This one literal runs for every entry and is built the fast way.
 */
export function entry(message: Wording, remediation?: Wording): MessageEntry {
  return remediation ? { message, remediation } : { message };
}
