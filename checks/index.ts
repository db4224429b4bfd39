// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';
import { claudeCliCheck } from './claude-cli';
import { liveProbe } from './live-probe';
import { nodeCheck } from './node';
import { proxyCheck } from './proxy';

export const allChecks: readonly CheckDefinition[] = [nodeCheck, claudeCliCheck, proxyCheck, liveProbe];
