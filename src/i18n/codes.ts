// Every finding code is a key of the English catalogue; the compiler rejects a code that has no wording.
import type { enFindings } from './en';

export type FindingCode = keyof typeof enFindings;
