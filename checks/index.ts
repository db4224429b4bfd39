// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';

export const allChecks: readonly CheckDefinition[] = [];
