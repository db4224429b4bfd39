// Every finding code is a key of the English catalogue; the compiler rejects a code that has no wording.
import type { EnFindings } from './en';

export type FindingCode = keyof EnFindings;
