// Reading the region and the key from a person at a terminal, or the key from a pipe. Prompts go to stderr so
// stdout stays clean; the key is read with echo off and never written anywhere but the settings file.

/** The parts of process.stdin setup needs, so tests can pass a plain stream. */
export type SetupInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

export class PromptInterrupted extends Error {}

/** Everything piped in (bounded: a key is short; a huge input is not a key). */
/** Standard input up to maxBytes; `cut` says there was more, so a long input is refused rather than shortened. */
export const STDIN_LIMIT = 64 * 1024;

export async function readAll(input: SetupInput, maxBytes = STDIN_LIMIT): Promise<{ text: string; cut: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size + buffer.length > maxBytes) return { text: Buffer.concat(chunks).toString('utf8'), cut: true };
    size += buffer.length;
    chunks.push(buffer);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}

/** One line from a terminal; with `hidden`, typed characters are not echoed (raw mode, like sudo). */
export function promptLine(input: SetupInput, output: NodeJS.WritableStream, question: string, hidden: boolean): Promise<string> {
  output.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      if (hidden) input.setRawMode?.(false);
      input.pause();
      if (hidden) output.write('\n');
      // Bracketed paste wraps pasted text in ESC[200~ … ESC[201~; those are not part of the key.
      if (error) reject(error);
      else resolve(value.replace(/\u001b\[20[01]~/g, ''));
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new PromptInterrupted('interrupted'));
        if (hidden && (ch === '\u007f' || ch === '\b')) value = value.slice(0, -1);
        else value += ch;
      }
    };
    if (hidden) input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}
