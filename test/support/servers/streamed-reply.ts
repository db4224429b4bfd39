// The reply a real Claude Code accepts and ends its turn on: one streamed text message (or a plain one), the same
// one the doctor's capture server sends (src/context/end-turn-reply.ts).
import { endTurnReply } from '../../../src/context/end-turn-reply';
import type { Answer, RecordedRequest } from './anthropic-endpoint';

export function streamedReply(req: RecordedRequest): Answer {
  if (req.method === 'HEAD') return { status: 200, body: '' };
  let parsed: { model?: string; stream?: boolean } = {};
  try {
    parsed = JSON.parse(req.body);
  } catch {
    return { status: 400, body: '{"type":"error","error":{"type":"invalid_request_error","message":"not JSON"}}' };
  }
  const reply = endTurnReply(parsed.model ?? 'unknown', Boolean(parsed.stream), 'msg_1');
  return { status: 200, headers: { 'content-type': reply.contentType }, body: reply.body };
}
