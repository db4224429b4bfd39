// ~/.claude.json: readable, valid, onboarding done, and no stored answer that blocks the key.
import { defineCheck, error, info, warning } from '../src/core/define-check';
import type { Finding } from '../src/core/types';
import { redactKey } from '../src/core/redact-key';
import { asciiTrim } from '../src/config/key-analysis';
import { resolveConfig } from '../src/config/resolve';

/** Claude Code remembers a key by its last 20 characters (FACTS.md). */
const REMEMBERED_SUFFIX_LENGTH = 20;

export const claudeJsonCheck = defineCheck({
  id: 'claude-json',
  title: 'Claude Code state file (~/.claude.json)',
  category: 'config',
  async run(ctx) {
    const config = await resolveConfig(ctx);
    const state = config.claudeJson;
    const path = state.path;
    const data: Record<string, unknown> = { path, state: state.state };
    switch (state.state) {
      case 'missing':
        return { findings: [warning('claude-json.missing', { path })], data };
      case 'not-a-file':
        return { findings: [error('claude-json.not-a-file', { path, detail: state.detail })], data };
      case 'unreadable':
        return { findings: [error('claude-json.unreadable', { path, detail: state.detail })], data };
      case 'too-large':
        return { findings: [warning('claude-json.too-large', { path, size: state.size })], data };
      case 'not-text':
        return { findings: [error('claude-json.not-text', { path, problem: state.problem, offset: state.offset ?? null })], data };
      case 'invalid': {
        const { line, column, cause, found } = state.problem;
        return { findings: [error('claude-json.invalid-json', { path, line, column, cause, found })], data: { ...data, line, column, cause } };
      }
      case 'not-object':
        return { findings: [error('claude-json.not-object', { path })], data };
    }

    const { content, mode } = state;
    const findings: Finding[] = [];
    const onboarded = content.hasCompletedOnboarding === true;
    if (!onboarded) {
      findings.push(warning('claude-json.onboarding-incomplete', { path, value: content.hasCompletedOnboarding === undefined ? null : JSON.stringify(content.hasCompletedOnboarding) }));
    }

    const apiKey = config.get('ANTHROPIC_API_KEY');
    const key = apiKey ? asciiTrim(apiKey.value) : '';
    const rejected = key.length > 0 && content.rejectedKeySuffixes.includes(key.slice(-REMEMBERED_SUFFIX_LENGTH));
    if (rejected) findings.push(error('claude-json.key-rejected', { path, redacted: redactKey(key), name: 'ANTHROPIC_API_KEY' }));

    if (content.primaryApiKey !== undefined) {
      findings.push(warning('claude-json.primary-api-key', { path, redacted: redactKey(content.primaryApiKey) }));
    }
    // Only a whole key is a credential; the remembered 20-character tails are not usable on their own.
    if (content.primaryApiKey !== undefined && ctx.platform !== 'win32' && (mode & 0o044) !== 0) {
      findings.push(warning('claude-json.readable-by-others', { path, mode: `0${(mode & 0o777).toString(8)}` }));
    }
    if (findings.length === 0) findings.push(info('claude-json.ok', { path }));
    return {
      findings,
      data: {
        ...data,
        hasCompletedOnboarding: onboarded,
        customApiUrl: content.customApiUrl ?? null,
        keyRejected: rejected,
        primaryApiKey: content.primaryApiKey !== undefined,
      },
    };
  },
});
