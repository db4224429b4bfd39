// English wording for what the doctor learned about Claude Code's own request (src/claude-code/).
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';

const version = (v: Values) => (v.version ? `Claude Code ${v.version}` : 'Claude Code');

const FALLBACK_REASONS: Record<string, string> = {
  offline: 'the run is --offline',
  disabled: '--no-client-capture was given',
  'not-installed': 'no runnable claude was found',
  unsupported: 'this claude lacks the flags a safe run needs (--safe-mode, --tools, --no-session-persistence, --settings)',
  'no-request': 'claude sent no request to the capture server',
  timeout: 'claude did not send its request within the time limit',
  failed: 'claude could not be started',
};

export const claudeCodeFindings = {
  'claude-code.request-observed': entry(
    (v) =>
      `The request was learned from ${version(v)} itself: it was run once, in safe mode, against the doctor's own server on 127.0.0.1, and sends model ${v.model} as "${v.userAgent}" with ${(v.authHeaders as string[]).join(' and ') || 'no credential header'}. The probe replayed that request.`,
  ),
  'claude-code.request-modelled': entry(
    (v) =>
      `The request was modelled from the doctor's rules for ${version(v)} (model ${v.model}), because ${FALLBACK_REASONS[v.capture as string] ?? v.capture}.`,
  ),
  'claude-code.other-request-claude-model': entry(
    (v) =>
      `Claude Code also sent ${v.count === 1 ? 'a further request' : `${v.count} further requests`} naming ${(v.models as string[]).join(', ')}. Kimi has no claude-* models, so those requests will fail with 404.`,
    () =>
      'Name a Kimi model in every slot Claude Code uses: ANTHROPIC_DEFAULT_OPUS_MODEL, ANTHROPIC_DEFAULT_SONNET_MODEL, ANTHROPIC_DEFAULT_HAIKU_MODEL and CLAUDE_CODE_SUBAGENT_MODEL (see the model check).',
  ),
} satisfies Record<string, MessageEntry>;
