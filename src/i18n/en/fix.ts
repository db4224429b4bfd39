// English wording for `doctor --fix` (what each repair does, why, and how it went) and for `kimi-claude setup`.
import { CONSOLE_URLS } from '../../network/moonshot-hosts';
import type { MessageEntry } from '../catalog';
import { entry } from '../entry';
import { jsonCause } from './config';

const host = (url: string) => new URL(url).host;
const liveList = (v: { live?: unknown }) => (Array.isArray(v.live) ? v.live.join(', ') : '');

export const fixFindings = {
  // ---- repairs that edit a file ----
  'fix.onboarding': entry(
    (v, kit) =>
      `Set "hasCompletedOnboarding": true in ${kit.home(v.file)}, so the first interactive start does not contact api.anthropic.com (and stop with "Unable to connect to Anthropic services").`,
  ),
  'fix.custom-api-url.align': entry(
    (v, kit) =>
      `Set customApiUrl in ${kit.home(v.file)} from ${v.from} to ${v.to}, the base URL Claude Code actually uses. Claude Code ignores customApiUrl; this only stops it from suggesting a configuration that is not in effect.`,
  ),
  'fix.custom-api-url.remove': entry(
    (v, kit) =>
      `Remove customApiUrl (${v.from}) from ${kit.home(v.file)}: Claude Code ignores it, and without ANTHROPIC_BASE_URL every request goes to api.anthropic.com.`,
    (v, kit) =>
      `Set the base URL where Claude Code reads it: run \`kimi-claude setup\`, or\n${kit.setEnv([['ANTHROPIC_BASE_URL', String(v.suggestedUrl ?? v.from)]])}`,
  ),
  'fix.key.unreject': entry(
    (v, kit) =>
      `Move your current key (${v.keyShown}) from customApiKeyResponses.rejected to approved in ${kit.home(v.file)}: it was refused at the "Do you want to use this API key?" prompt, which is why Claude Code says "Not logged in".`,
  ),
  'fix.key.unquote': entry(
    (v, kit) =>
      `Remove the quotes around ${v.name} in ${kit.home(v.file)} (${v.keyShown}): Claude Code does not remove them, so Moonshot never gets the key as it is.`,
  ),
  'fix.key-file.mode': entry(
    (v, kit) =>
      `Make ${kit.home(v.file)} readable by you alone (chmod 600, mode ${v.from} → ${v.to}): it holds your API key, and other users on this machine can read it now. No backup is needed; \`chmod ${String(v.from).slice(1)} ${kit.home(v.file)}\` undoes it.`,
  ),
  'fix.base-url.settings': entry(
    (v, kit) => `Set ANTHROPIC_BASE_URL in ${kit.home(v.file)} from ${JSON.stringify(v.from)} to ${v.to}.`,
  ),
  'fix.disable-nonessential-traffic': entry(
    (v, kit) =>
      `Add CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 to "env" in ${kit.home(v.file)}: with ANTHROPIC_API_KEY set, Claude Code otherwise also sends your key to api.anthropic.com.`,
  ),

  // ---- repairs --fix leaves to the user ----
  'fix.base-url.shell': entry(
    (v) =>
      `ANTHROPIC_BASE_URL comes from the environment of this terminal (${JSON.stringify(v.from)}). --fix never edits shell start-up files or the environment; set it to ${v.to} yourself:`,
    (v, kit) => kit.setEnv([['ANTHROPIC_BASE_URL', String(v.to)]]),
  ),
  'fix.base-url.env-file': entry(
    (v, kit) => `ANTHROPIC_BASE_URL comes from ${kit.home(v.sourcePath)} (--env-file), which --fix does not edit.`,
    (v) => `Change its ANTHROPIC_BASE_URL line to:\n    ANTHROPIC_BASE_URL=${v.to}`,
  ),
  'fix.base-url.managed': entry(
    (v, kit) =>
      `ANTHROPIC_BASE_URL comes from the managed settings ${kit.home(v.sourcePath)}, which belong to your administrator.`,
    (v) => `Ask your administrator to set ANTHROPIC_BASE_URL to ${v.to} there.`,
  ),

  // ---- why a repair was not attempted ----
  'fix.blocked.invalid-json': entry(
    (v, kit) => `${kit.home(v.file)} is not valid JSON: line ${v.line}, column ${v.column}${jsonCause(String(v.cause))}. --fix never rewrites a file it cannot parse, so it was left as it is.`,
    (v) => `Fix line ${v.line} by hand, then run --fix again.`,
  ),
  'setup.blocked.invalid-json': entry(
    (v, kit) => `${kit.home(v.file)} is not valid JSON: line ${v.line}, column ${v.column}${jsonCause(String(v.cause))}. setup never rewrites a file it cannot parse, so nothing was written.`,
    (v) => `Fix line ${v.line} by hand, then run \`kimi-claude setup\` again.`,
  ),
  'fix.blocked.not-utf8': entry(
    (v, kit) => `${kit.home(v.file)} is not UTF-8 text; --fix leaves it alone.`,
  ),
  'fix.blocked.unreadable': entry(
    (v, kit) => `${kit.home(v.file)} could not be read (${v.detail}); nothing in it was changed.`,
  ),
  'fix.blocked.not-an-object': entry(
    (v, kit) => `${kit.home(v.file)}: ${v.detail}; --fix does not replace values it does not understand.`,
  ),

  // ---- how a write went ----
  'fix.result.updated': entry(
    (v, kit) => `Updated ${kit.home(v.file)} (backup: ${kit.home(v.backup)}).`,
  ),
  'fix.result.mode-changed': entry(
    (v, kit) => `Changed the mode of ${kit.home(v.file)} to ${v.to}.`,
  ),
  'fix.result.created': entry(
    (v, kit) => `Created ${kit.home(v.file)}.`,
  ),
  'fix.result.unchanged': entry(
    (v, kit) => `${kit.home(v.file)} already had these values; nothing was written.`,
  ),
  'fix.result.dry-run': entry(
    (v, kit) =>
      v.mode === 'confirm'
        ? `Will change ${kit.home(v.file)} if you answer yes below:`
        : v.mode === 'declined'
          ? `Left ${kit.home(v.file)} as it was.`
          : v.mode === 'no-tty'
            ? `Would change ${kit.home(v.file)} (preview: nothing was written):`
            : `Would change ${kit.home(v.file)} (dry run: nothing was written):`,
  ),
  'fix.result.changed': entry(
    (v, kit) =>
      `${kit.home(v.file)} changed while kimi-claude was working (is Claude Code running?); nothing was written.`,
    () => 'Run the command again.',
  ),
  'fix.result.read-only': entry(
    (v, kit) => `${kit.home(v.file)} is read-only (mode ${v.detail}); kimi-claude does not write a file its owner made read-only, so nothing was written.`,
    (v, kit) => `If you want the change, make it writable (chmod u+w ${kit.home(v.file)}) and run the command again.`,
  ),
  'fix.result.hard-link': entry(
    (v, kit) =>
      `${kit.home(v.file)} is a hard link (${v.detail} names for one file, e.g. a copy in a dotfiles folder); replacing it would split it from its twin, so nothing was written.`,
    (v, kit) => `Find the other name with \`find ~ -samefile ${kit.home(v.file)}\`, make the change there by hand, or make one of them a symlink and run the command again.`,
  ),
  'fix.result.owner': entry(
    (v, kit) =>
      `${kit.home(v.file)} belongs to another user (${v.detail}), and kimi-claude could not give the new file the same owner; nothing was written.`,
    () => 'Run the command as the user who owns the file.',
  ),
  'fix.result.failed': entry(
    (v, kit) => `Could not write ${kit.home(v.file)} (${v.detail}); the file is as it was.`,
  ),
  'fix.none': entry(
    () => 'Nothing to repair automatically.',
  ),
  'fix.confirm': entry(
    () => 'Apply these changes? Each file is backed up first. [y/N] ',
  ),
  'fix.previewed': entry(
    (v) =>
      v.reason === 'no-tty'
        ? 'Preview only: without a terminal, --fix changes nothing unless --yes is given.'
        : v.reason === 'declined'
          ? 'Nothing was changed.'
          : 'Dry run: nothing was changed.',
    () => 'To apply the changes: kimi-claude doctor --fix --yes',
  ),
  'fix.before-after': entry(
    (v) => `${v.title}: ${v.before} → ${v.after}`,
  ),
  'fix.heading': entry(
    () => 'Repairs',
  ),
  'fix.after-heading': entry(
    () => 'Before → after',
  ),

  // ---- kimi-claude setup ----
  'setup.region-prompt': entry(
    () =>
      `Which Moonshot service is your key for?\n  1) cn         ${host(CONSOLE_URLS.cn)} (mainland China)\n  2) ai         ${host(CONSOLE_URLS.ai)} (international)\n  3) kimi-code  Kimi Code subscription (api.kimi.com)\nChoose 1-3: `,
  ),
  'setup.region-invalid': entry(
    (v) => `"${v.answer}" is not one of 1, 2, 3, cn, ai, kimi-code.`,
  ),
  'setup.region-required': entry(
    () => '--region is required when standard input is not a terminal.',
    () => 'Add --region cn, --region ai or --region kimi-code.',
  ),
  'setup.key-prompt': entry(
    () => 'Paste your API key (input is hidden) and press Enter: ',
  ),
  'setup.key-missing': entry(
    () => 'No API key was given.',
    () =>
      'Pipe it on standard input, e.g. `kimi-claude setup --region cn < key.txt`, or run setup in a terminal to be asked for it. It is never taken from the command line, where it would end up in your shell history.',
  ),
  'setup.key-whitespace': entry(
    (v) => `The key contains whitespace at position ${v.position}; a key is one unbroken string.`,
  ),
  'setup.key-too-long': entry(
    (v) => `The key is ${v.cut ? 'more than ' : ''}${v.length} characters long (a key has at most ${v.max}): that is not one key. Nothing was written.`,
    () => 'Pipe only the key, e.g. `kimi-claude setup --region cn < key.txt` with the key alone on one line.',
  ),
  'setup.key-multiline': entry(
    (v) => `The input has ${v.lines} lines; a key is one line. Nothing was written.`,
    () => 'Pipe only the key, on one line.',
  ),
  'setup.key-bearer': entry(
    () => 'The key starts with "Bearer ": that word belongs to the Authorization header, which Claude Code builds itself. Nothing was written.',
    () => 'Give the key alone, without "Bearer ".',
  ),
  'setup.key-quoted': entry(
    () => 'The key has quote characters around it; Claude Code would send them as part of the key. Nothing was written.',
    () => 'Remove the quotes and give the key alone.',
  ),
  'setup.key-placeholder': entry(
    () => 'This is a placeholder (like the guide\'s "sk-xxxx…"), not a key. Nothing was written.',
    () => `Create a key at ${host(CONSOLE_URLS.cn)} / ${host(CONSOLE_URLS.ai)} or Kimi Code and paste the whole of it.`,
  ),
  'setup.key-non-ascii': entry(
    (v) => `The key contains ${v.codePoint} at position ${v.position}, which cannot be in a key. Nothing was written.`,
    () => 'Copy the key again from the console, as plain text.',
  ),
  'setup.key-too-short': entry(
    (v) => `The key is only ${v.length} characters long (real keys have at least ${v.min}); it was probably cut off when copying. Nothing was written.`,
    () => 'Copy the whole key again.',
  ),
  'setup.key-prefix': entry(
    () => 'The key does not start with "sk-", so it is not a Moonshot key.',
  ),
  'setup.key-anthropic': entry(
    () => `This is an Anthropic key (sk-ant-…); Moonshot needs a key from ${host(CONSOLE_URLS.cn)} / ${host(CONSOLE_URLS.ai)} or Kimi Code.`,
  ),
  'setup.key-kimi-on-platform': entry(
    (v) => `This is a Kimi Code key (sk-kimi-…); it works only with --region kimi-code, not --region ${v.region}.`,
  ),
  'setup.key-platform-on-kimi': entry(
    () => 'Kimi Code keys start with "sk-kimi-"; this looks like a Moonshot platform key. Use --region cn or --region ai for it.',
  ),
  'setup.base-url-invalid': entry(
    (v) => `--base-url "${v.url}" is not an http(s) URL.`,
    () => 'Give the root of the Anthropic-compatible endpoint, e.g. https://api.moonshot.cn/anthropic or your gateway\'s URL.',
  ),
  'setup.model-invalid': entry(
    (v) => `--model ${JSON.stringify(v.model)} is not a model name: it contains whitespace or quotes.`,
    (v) => `Give the name alone, one of: ${liveList(v)}.`,
  ),
  'setup.model-retired': entry(
    (v) => `--model ${v.model} was retired by Moonshot on ${v.retired}; it answers 404, so setup will not write it.`,
    (v) => `Choose a current model: ${liveList(v)}.`,
  ),
  'setup.model-claude': entry(
    (v) => `--model ${v.model} is a Claude model; Kimi does not serve it.`,
    (v) => `Choose a Kimi model: ${liveList(v)}.`,
  ),
  'setup.shell-model': entry(
    (v) =>
      `This terminal sets ${(v.names as string[]).map((n, i) => `${n}=${(v.values as string[])[i]}`).join(' and ')}. ${(v.names as string[]).includes('ANTHROPIC_MODEL') ? 'ANTHROPIC_MODEL beats the model slots setup wrote' : 'ANTHROPIC_SMALL_FAST_MODEL (deprecated) beats ANTHROPIC_DEFAULT_HAIKU_MODEL'}, so Claude Code would still use it.`,
    (v, kit) => `Remove it from the shell (and from your start-up file):\n${kit.unsetEnv(v.names as string[])}`,
  ),
  'setup.wrote': entry(
    (v, kit) =>
      `Claude Code is configured for ${v.region} (${v.baseUrl}, model ${v.model}) in ${kit.home(v.settingsFile)}; onboarding is marked complete in ${kit.home(v.claudeJson)}.`,
    (v) =>
      v.needsRecharge
        ? `The model is set in ${(v.slots as string[]).join(', ')}, as Moonshot's guide does. ${v.model} needs a recharged balance (vouchers do not count); until then it answers 404. On a low balance run setup again with --model ${v.lowBalance}.`
        : `The model is set in ${(v.slots as string[]).join(', ')}, as Moonshot's guide does.`,
  ),
  'setup.print-intro': entry(
    (v) =>
      `Nothing was written. These ${v.shell} commands give the same configuration through the environment. The key is read without echo, so it does not land in your shell history:`,
  ),
  'setup.print-notes': entry(
    (v, kit) =>
      `Settings files beat the environment: if ${kit.home(v.settingsFile)} sets any of these variables, that value wins. Also set "hasCompletedOnboarding": true in ${kit.home(v.claudeJson)} (kimi-claude setup does this for you).`,
  ),
  'setup.failed': entry(
    () => 'Setup did not finish; the files above say what was and was not written.',
  ),
} satisfies Record<string, MessageEntry>;
