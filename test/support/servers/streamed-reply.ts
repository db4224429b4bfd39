// The reply a real Claude Code accepts and ends its turn on: one streamed text message (or a plain one).
import type { Answer, RecordedRequest } from './anthropic-endpoint';

export function streamedReply(req: RecordedRequest): Answer {
  if (req.method === 'HEAD') return { status: 200, body: '' };
  let parsed: { model?: string; stream?: boolean } = {};
  try {
    parsed = JSON.parse(req.body);
  } catch {
    return { status: 400, body: '{"type":"error","error":{"type":"invalid_request_error","message":"not JSON"}}' };
  }
  const model = parsed.model ?? 'unknown';
  const message = { id: 'msg_1', type: 'message', role: 'assistant', model, content: [] as unknown[], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };
  if (!parsed.stream) {
    return { status: 200, body: JSON.stringify({ ...message, content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }) };
  }
  const events: Array<[string, unknown]> = [
    ['message_start', { type: 'message_start', message }],
    ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
    ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'ok' } }],
    ['content_block_stop', { type: 'content_block_stop', index: 0 }],
    ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }],
    ['message_stop', { type: 'message_stop' }],
  ];
  return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('') };
}
