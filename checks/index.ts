// Every check, in report order. Ids are stable across releases.
import type { CheckDefinition } from '../src/core/types';
import { apiKeyCheck } from './api-key';
import { baseUrlCheck } from './base-url';
import { claudeCliCheck } from './claude-cli';
import { claudeJsonCheck } from './claude-json';
import { configAgreementCheck } from './config-agreement';
import { liveProbe } from './live-probe';
import { modelCheck } from './model';
import { nodeCheck } from './node';
import { providerCheck } from './provider';
import { proxyCheck } from './proxy';

export const allChecks: readonly CheckDefinition[] = [
  nodeCheck,
  claudeCliCheck,
  claudeJsonCheck,
  configAgreementCheck,
  baseUrlCheck,
  providerCheck,
  apiKeyCheck,
  modelCheck,
  proxyCheck,
  liveProbe,
];
