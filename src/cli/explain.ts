// `kimi-claude explain [text..]`: read the pasted error (argv or stdin), diagnose it, print it redacted.
// Exit codes: 0 recognised, 1 not recognised, 2 usage error.
import * as chalkModule from 'chalk';
import { homedir } from 'os';
import type { Redactor } from '../core/redact';
import { colorLevel, detectLang, detectShell } from '../core/locale';
import type { Env, Lang, Platform } from '../core/types';
import { explain } from '../explain';
import { secretsInPaste } from '../explain/secrets-in-paste';
import { UsageError, type ExplainArgs } from './args';
import { write } from './doctor';
import { explainRenderers } from './explain-render';

/** A whole terminal scrollback fits; the newest part is kept, since the error is at the bottom. */
export const MAX_PASTE_BYTES = 1024 * 1024;

export interface ExplainIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  processEnv: Env;
  redactor: Redactor;
  platform?: Platform;
  homeDir?: string;
}

export async function runExplain(args: ExplainArgs, io: ExplainIo): Promise<number> {
  const lang = args.lang ?? detectLang(io.processEnv);
  const platform = io.platform ?? process.platform;
  const fromStdin = args.text.length === 0 || (args.text.length === 1 && args.text[0] === '-');
  if (fromStdin && io.stdin.isTTY) await write(io.stderr, pasteHint(lang, platform));
  const text = fromStdin ? await readCapped(io.stdin, MAX_PASTE_BYTES) : args.text.join(' ');
  if (!text.trim()) throw new UsageError(lang === 'zh' ? '没有要解释的文字：把 Claude Code 的错误作为参数传入，或通过标准输入传入' : 'nothing to explain: pass the error Claude Code printed as an argument or on standard input');

  for (const secret of secretsInPaste(text)) io.redactor.add(secret);
  const explanation = io.redactor.redactDeep(
    explain(text, { lang, shell: args.shell ?? detectShell(io.processEnv, platform), platform, homeDir: io.homeDir ?? homedir() }),
  );
  const chalk = new chalkModule.Instance({ level: args.format === 'human' ? colorLevel(io.processEnv, Boolean(io.stdout.isTTY), args.color) : 0 });
  await write(io.stdout, io.redactor.redact(explainRenderers[args.format](explanation, { lang, chalk })));
  return explanation.recognised ? 0 : 1;
}

/** At most maxBytes, the last ones: a long scrollback keeps its bottom, where the error is. */
export async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    while (size - chunks[0].length >= maxBytes) size -= chunks.shift()!.length;
  }
  const all = Buffer.concat(chunks);
  return all.subarray(Math.max(0, all.length - maxBytes)).toString('utf8');
}

const pasteHint = (lang: Lang, platform: Platform) => {
  const eof = platform === 'win32' ? 'Ctrl-Z, Enter' : 'Ctrl-D';
  return lang === 'zh' ? `粘贴 Claude Code 显示的错误，然后按 ${eof}：\n` : `Paste the error Claude Code printed, then press ${eof}:\n`;
};
