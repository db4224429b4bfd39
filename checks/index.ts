// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';
import { claudeCliCheck } from './claude-cli';
import { nodeCheck } from './node';

export const allChecks: readonly CheckDefinition[] = [nodeCheck, claudeCliCheck];
