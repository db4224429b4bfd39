// The doctor checks that would confirm a diagnosis, by check id (ids are stable across releases).
import type { ExplainVerdict } from './verdicts';

const CHECKS: Record<ExplainVerdict, readonly string[]> = {
  ok: ['live-probe'],
  auth: ['api-key', 'config-agreement', 'live-probe'],
  billing: ['live-probe'],
  'client-not-allowed': ['live-probe'],
  'rate-limited': ['live-probe'],
  overloaded: ['live-probe'],
  'model-not-found': ['base-url', 'model', 'live-probe'],
  'endpoint-not-found': ['base-url', 'live-probe'],
  'bad-request': ['model', 'live-probe'],
  'server-error': ['live-probe'],
  'bad-response': ['base-url', 'proxy', 'live-probe'],
  timeout: ['proxy', 'live-probe'],
  dns: ['base-url', 'proxy', 'live-probe'],
  'connection-refused': ['base-url', 'proxy', 'live-probe'],
  tls: ['proxy', 'live-probe'],
  proxy: ['proxy', 'live-probe'],
  network: ['proxy', 'live-probe'],
  'command-not-found': ['node', 'claude-cli'],
  'not-logged-in': ['claude-json', 'config-agreement', 'api-key'],
  onboarding: ['claude-json'],
  'auth-conflict': ['config-agreement', 'api-key'],
  'invalid-url': ['base-url', 'config-agreement'],
  'output-token-limit': ['config-agreement'],
};

export function confirmingChecks(verdict: ExplainVerdict): string[] {
  return [...CHECKS[verdict]];
}

export function doctorCommand(checks: readonly string[]): string {
  return ['kimi-claude doctor', ...checks].join(' ');
}
