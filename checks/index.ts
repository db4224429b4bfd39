// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';
import { apiKeyCheck } from './api-key';
import { baseUrlCheck } from './base-url';
import { claudeJsonCheck } from './claude-json';
import { configAgreementCheck } from './config-agreement';
import { modelCheck } from './model';

export const allChecks: readonly CheckDefinition[] = [claudeJsonCheck, configAgreementCheck, baseUrlCheck, apiKeyCheck, modelCheck];
