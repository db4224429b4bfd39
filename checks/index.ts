// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';
import { liveProbe } from './live-probe';
import { proxyCheck } from './proxy';

export const allChecks: readonly CheckDefinition[] = [proxyCheck, liveProbe];
