// Wording for the configuration checks (claude-json, config-agreement, base-url, provider, api-key, model).
import { providerName } from '../../claude-code/values';
import { KIMI_ROOTS } from '../../core/endpoints';
import { CONSOLE_URLS } from '../../network/moonshot-hosts';
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { RenderKit } from '../render-kit';

const KEY = '<your Kimi API key>';
const CONSOLES = `${CONSOLE_URLS.cn}/api-keys (China), ${CONSOLE_URLS.ai}/api-keys (international), or the Kimi Code page for sk-kimi- keys`;
const ROOTS = KIMI_ROOTS;
const REGION: Record<string, string> = { cn: 'Moonshot China (.cn)', ai: 'Moonshot international (.ai)', 'kimi-code': 'Kimi Code', custom: 'a gateway' };
const KIND: Record<string, string> = { moonshot: 'a Moonshot platform key', 'kimi-code': 'a Kimi Code key', anthropic: 'an Anthropic key', unknown: 'an unrecognised key' };
const SCOPE: Record<string, string> = { managed: 'managed settings', 'project-local': 'local project settings', project: 'project settings', user: 'user settings' };

/** Where a value came from, in words. */
function where(source: Values | null | undefined, k: RenderKit): string {
  if (!source) return 'nowhere';
  switch (source.kind) {
    case 'process-env':
      return 'the shell environment';
    case 'env-file':
      return `the env file ${k.home(source.path)}`;
    case 'settings':
      return `the ${SCOPE[source.scope] ?? source.scope} file ${k.home(source.path)}`;
    case 'cli-option':
      return 'the --model option';
    default:
      return 'an unknown place';
  }
}

/** What Claude Code says when a key cannot go in its request header (checks/api-key.ts). */
function refusal(name: string): string {
  return name === 'ANTHROPIC_API_KEY' ? 'Invalid API key · Fix external API key' : 'Invalid auth token · Fix external auth token';
}

/** Set a variable where it actually comes from: a settings file is edited, the shell gets commands. */
function fixVar(name: string, value: string, source: Values | null | undefined, k: RenderKit): string {
  if (source?.kind === 'settings') {
    return `Edit ${k.home(source.path)} and set it in its "env" block (a settings file beats the shell, so shell commands would not help):\n${k.commands([`"env": { "${name}": "${value}" }`])}`;
  }
  return k.setEnv([[name, value]]);
}

function removeVar(name: string, source: Values | null | undefined, k: RenderKit): string {
  if (source?.kind === 'settings') return `Delete "${name}" from the "env" block of ${k.home(source.path)}.`;
  return k.unsetEnv([name]);
}

function regionChoices(k: RenderKit, source: Values | null | undefined, name = 'ANTHROPIC_BASE_URL'): string {
  return `For Moonshot China:\n${fixVar(name, ROOTS.cn, source, k)}\nFor Moonshot international, use ${ROOTS.ai} instead; for Kimi Code (sk-kimi- keys), ${ROOTS['kimi-code']}.`;
}

/** Several base-url findings share one fix; it is printed once, under the first. */
function sameFix(fix: (v: Values, k: RenderKit) => string): (v: Values, k: RenderKit) => string {
  return (v, k) => (v.fixAbove ? 'The fix above covers this too.' : fix(v, k));
}

function charList(chars: Array<{ char: string; codePoint: string; position: number; replacement: string }>): string {
  return chars
    .slice(0, 6)
    .map((c) => `${c.codePoint} at position ${c.position}${c.replacement ? ` (should be "${c.replacement}")` : ''}`)
    .join(', ');
}

const JSON_CAUSE: Record<string, string> = {
  empty: 'the file is empty',
  bom: 'the file starts with a byte-order mark (BOM), which Notepad and PowerShell 5 add; JSON readers reject it',
  'trailing-comma': 'a comma after the last item, which JSON does not allow',
  comment: 'a comment, which JSON does not allow',
  'smart-quotes': 'curly quotes (“ ” ‘ ’) where JSON needs straight double quotes',
  'full-width': 'full-width punctuation (，：｛) typed with a Chinese input method',
  'single-quotes': "single quotes where JSON needs double quotes",
  'unquoted-key': 'a key without double quotes',
  'missing-comma': 'a missing comma between two items',
  truncated: 'the text ends too early: a } or ] is missing',
  unknown: '',
};

const ENCODING: Record<string, string> = {
  'utf-16le': 'it is saved as UTF-16 ("Unicode" in Notepad, or written by `>` in Windows PowerShell 5)',
  'utf-16be': 'it is saved as UTF-16 big-endian',
  binary: 'it holds NUL bytes: it is binary or damaged',
  'invalid-utf8': 'it is not valid UTF-8 (probably saved as GBK/ANSI)',
};

export function jsonCause(cause: string): string {
  return JSON_CAUSE[cause] ? `, probably ${JSON_CAUSE[cause]}` : '';
}

function writeOnboardedFile(path: string, k: RenderKit): string {
  const json = '{"hasCompletedOnboarding": true}';
  switch (k.shell) {
    case 'powershell':
      // WriteAllText writes UTF-8 without a BOM; Set-Content in PowerShell 5 would add one.
      return k.commands([`[IO.File]::WriteAllText('${path.replace(/'/g, "''")}', '${json}')`]);
    case 'cmd':
      return k.commands([`echo ${json}> "${path}"`]);
    default:
      return k.commands([`echo '${json}' > ${/\s/.test(k.home(path)) ? `"${path}"` : k.home(path)}`]);
  }
}

/** One line per place that switches a provider on: the file to edit, or the shell command. */
function removeFlag(name: string, source: Values, k: RenderKit): string {
  switch (source?.kind) {
    case 'settings':
      return source.scope === 'managed'
        ? `Ask your administrator to remove "${name}" from the managed settings ${k.home(source.path)}.`
        : `Delete "${name}" from the "env" block of ${k.home(source.path)}.`;
    case 'env-file':
      return `Delete the ${name} line from ${k.home(source.path)}.`;
    default:
      return `Unset it in the shell (and delete it from your start-up file):\n${k.unsetEnv([name])}`;
  }
}

const HOW_CLAUDE_READS = 'Claude Code reads the endpoint only from ANTHROPIC_BASE_URL (in the environment or a settings file "env" block)';

export const configFindings = {
  // ----- claude-json -----
  'claude-json.ok': entry((v, k) => `${k.home(v.path)} is valid and onboarding is complete.`),
  'claude-json.missing': entry(
    (v, k) =>
      `${k.home(v.path)} does not exist. Without it, an interactive start first runs onboarding, which contacts api.anthropic.com and stops with "Unable to connect to Anthropic services" where that host is unreachable.`,
    (v, k) => `Create it with onboarding marked as done:\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.not-a-file': entry(
    (v, k) => `${k.home(v.path)} is not a regular file (${v.detail}), so Claude Code cannot keep its state there.`,
    (v, k) => `Move it out of the way (for example rename it to ${k.home(v.path)}.bak), then create the file:\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.unreadable': entry(
    (v, k) => `${k.home(v.path)} cannot be read (${v.detail}).`,
    (v, k) =>
      k.shell === 'powershell' || k.shell === 'cmd'
        ? `Give your user account read and write access to ${v.path} (Properties → Security).`
        : `Make it yours and readable by you only:\n${k.commands([`sudo chown "$(id -un)" ${k.home(v.path)}`, `chmod 600 ${k.home(v.path)}`])}`,
  ),
  'claude-json.too-large': entry(
    (v, k) => `${k.home(v.path)} is ${Math.round(v.size / 1048576)} MiB, too large for the doctor to inspect; Claude Code may also be slow to start.`,
    (v, k) => `Back it up and let Claude Code start fresh: rename it to ${k.home(v.path)}.bak, then create a new one:\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.not-text': entry(
    (v, k) => `${k.home(v.path)} cannot be used: ${ENCODING[v.problem] ?? v.problem}${v.offset !== null && v.offset !== undefined ? ` (byte ${v.offset})` : ''}. Claude Code expects UTF-8.`,
    (_v, k) =>
      `Open it in an editor and save it as "UTF-8" (not "UTF-8 with BOM", not "Unicode").${k.shell === 'powershell' ? ' In PowerShell, write files with [IO.File]::WriteAllText(path, text) instead of > or Out-File.' : ''}`,
  ),
  'claude-json.invalid-json': entry(
    (v, k) => `${k.home(v.path)} is not valid JSON: line ${v.line}, column ${v.column}${jsonCause(v.cause)}. Claude Code cannot read it.`,
    (v, k) =>
      `Open ${k.home(v.path)} at line ${v.line}, column ${v.column} and fix it${v.cause === 'bom' ? ' (save as "UTF-8" without BOM)' : ''}. A minimal valid file is:\n${k.commands(['{"hasCompletedOnboarding": true}'])}`,
  ),
  'claude-json.not-object': entry(
    (v, k) => `${k.home(v.path)} is valid JSON but not an object ({ … }), so Claude Code cannot use it.`,
    (v, k) => `Replace its content with an object, for example:\n${writeOnboardedFile(v.path, k)}`,
  ),
  'claude-json.onboarding-incomplete': entry(
    (v, k) =>
      `${k.home(v.path)} has ${v.value === null ? 'no "hasCompletedOnboarding"' : `"hasCompletedOnboarding": ${v.value}`}. An interactive start then first contacts api.anthropic.com and exits with "Unable to connect to Anthropic services" where that host is unreachable (mainland China, closed networks).`,
    (v, k) => `Edit ${k.home(v.path)} and add this line at the top level of the object:\n${k.commands(['"hasCompletedOnboarding": true,'])}`,
  ),
  'claude-json.key-rejected': entry(
    (v, k) =>
      `Your key (${v.redacted}) was once refused at Claude Code's "Do you want to use this API key?" prompt, whose default answer is No. ${k.home(v.path)} remembers that in customApiKeyResponses.rejected, so Claude Code ignores the key and says "Not logged in · Run /login".`,
    (v, k) =>
      `Edit ${k.home(v.path)} and delete the entry of "customApiKeyResponses" → "rejected" that matches the end of your key, then start claude and answer Yes. Or pass the key as ANTHROPIC_AUTH_TOKEN instead, which is never asked about.`,
  ),
  'claude-json.primary-api-key': entry(
    (v, k) =>
      `${k.home(v.path)} holds a "primaryApiKey" (${v.redacted}), left by an earlier /login. It competes with the key you set for Kimi.`,
    (v, k) => `Run \`claude /logout\`, or delete the "primaryApiKey" line from ${k.home(v.path)}.`,
  ),
  'claude-json.readable-by-others': entry(
    (v, k) => `${k.home(v.path)} holds key material and other users on this machine can read it (mode ${v.mode}).`,
    (v, k) => k.commands([`chmod 600 ${k.home(v.path)}`]),
  ),

  // ----- config-agreement -----
  'config.agreement-ok': entry(() => 'Settings files, the shell and start-up files agree.'),
  'config.custom-api-url-only': entry(
    (v, k) =>
      `${k.home(v.path)} sets "customApiUrl": "${v.customApiUrl}", but ANTHROPIC_BASE_URL is not set. The setup guide says customApiUrl selects the endpoint; Claude Code actually ignores it, so every request goes to api.anthropic.com. ${HOW_CLAUDE_READS}.`,
    (v, k) => `${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, null, k)}\nYou may delete "customApiUrl" from ${k.home(v.path)}: it has no effect.`,
  ),
  'config.custom-api-url-differs': entry(
    (v, k) =>
      `"customApiUrl" in ${k.home(v.path)} (${v.customApiUrl}) and ANTHROPIC_BASE_URL from ${where(v.source, k)} (${v.baseUrl}) differ in ${v.difference === 'other' ? 'spelling' : v.difference}. Claude Code uses ANTHROPIC_BASE_URL only; customApiUrl has no effect.`,
    (v, k) => `Delete "customApiUrl" from ${k.home(v.path)} so nothing suggests otherwise.`,
  ),
  'config.custom-api-url-unused': entry(
    (v, k) => `"customApiUrl" in ${k.home(v.path)} matches ANTHROPIC_BASE_URL, but Claude Code does not read it: only ANTHROPIC_BASE_URL counts.`,
  ),
  'config.config-dir-literal-tilde': entry(
    (v, k) =>
      `CLAUDE_CONFIG_DIR is "${v.value}", and Claude Code does not expand "~" in it: started here, it keeps its settings and .claude.json in ${v.dir}, not in ${k.home(v.meant)}.`,
    (v, k) => `Give the full path (a shell expands ~ only when it is not in quotes):\n${k.setEnv([['CLAUDE_CONFIG_DIR', v.meant]])}`,
  ),
  'config.config-dir-relative': entry(
    (v) =>
      `CLAUDE_CONFIG_DIR is the relative path "${v.value}". Claude Code takes it from the folder it is started in, so each project gets its own settings and login; here that is ${v.dir}.`,
    (v, k) => `Use an absolute path:\n${k.setEnv([['CLAUDE_CONFIG_DIR', v.dir]])}`,
  ),
  'config.settings-invalid': entry(
    (v, k) =>
      `The ${SCOPE[v.scope]} file ${k.home(v.path)} is not valid JSON: line ${v.line}, column ${v.column}${jsonCause(v.cause)}. Claude Code skips it, including its "env" block.`,
    (v, k) => `Fix ${k.home(v.path)} at line ${v.line}, column ${v.column}.`,
  ),
  'config.unknown-until-valid': entry(
    (v, k) =>
      `Unknown until ${k.home(v.path)} is valid: ${(v.names as string[]).join(', ')} ${(v.names as string[]).length > 1 ? 'are' : 'is'} set nowhere else, and that file ${
        v.state === 'invalid' ? 'is not valid JSON' : 'cannot be read'
      }, so Claude Code skips it whole. The value may well be in it.`,
    (v, k) =>
      v.line !== null && v.line !== undefined
        ? `Fix ${k.home(v.path)} at line ${v.line}, column ${v.column}${jsonCause(v.cause)}, then run the doctor again. Do not set these anywhere else meanwhile: that would add a second copy.`
        : `Make ${k.home(v.path)} a readable UTF-8 file, then run the doctor again.`,
  ),
  'config.settings-unreadable': entry(
    (v, k) => `The ${SCOPE[v.scope]} file ${k.home(v.path)} cannot be read (${v.detail}); Claude Code will not see its settings.`,
    (v, k) => `Make ${k.home(v.path)} a readable UTF-8 file, or delete it if you do not need it.`,
  ),
  'config.settings-overrides-shell': entry(
    (v, k) =>
      `${v.name} is ${v.winnerValue} in ${where(v.winner, k)}, which overrides ${v.loserValue} from ${where(v.loser, k)}. Settings files beat the shell, so Claude Code uses ${v.winnerValue}.`,
    (v, k) =>
      `Keep one: change or delete "${v.name}" in ${k.home(v.winner.path)}, or remove it from the shell:\n${k.unsetEnv([v.name])}`,
  ),
  'config.settings-overrides-settings': entry(
    (v, k) => `${v.name} is ${v.winnerValue} in ${where(v.winner, k)}; the value ${v.loserValue} in ${where(v.loser, k)} is not used.`,
  ),
  'config.dotenv-ignored': entry(
    (v, k) => `${k.home(v.path)} sets ${v.names.join(', ')}, but Claude Code does not read .env files: these lines do nothing.`,
    (v, k) =>
      `Put them in the shell, or in the "env" block of this project's .claude/settings.local.json, instead, for example:\n${k.commands([`"env": { ${v.names.map((n: string) => `"${n}": "…"`).join(', ')} }`])}`,
  ),
  'config.startup-conflict': entry(
    (v, k) =>
      `${v.name} is set to different values in start-up files: ${v.lines.map((l: Values) => `${k.home(l.path)}:${l.line} (${l.value})`).join(', ')}. The one read last wins.`,
    () => 'Keep one line per variable and delete (or comment out) the others.',
  ),
  'config.startup-differs': entry(
    (v, k) =>
      `${k.home(v.path)} line ${v.line} sets ${v.name} to ${v.value}, but this terminal has ${v.terminalValue ?? 'it unset'}. The file was changed after this terminal started, or another line overrides it.`,
    (v, k) => `Open a new terminal${k.shell === 'bash' || k.shell === 'zsh' ? ` (or run \`source ${k.home(v.path)}\`)` : ''}, then run the doctor again.`,
  ),
  'config.startup-commented': entry(
    (v, k) =>
      `Commented-out ${v.name} lines (${v.lines.map((l: Values) => `${k.home(l.path)}:${l.line}`).join(', ')}) hold other values. They do nothing; they are the guide's CN/AI alternatives.`,
  ),
  'config.registry-differs': entry(
    (v) =>
      `The Windows user environment (set with setx or System Properties) has ${v.name} = ${v.registryValue ?? '(empty)'}, but this terminal has ${v.terminalValue ?? 'it unset'}. setx changes new windows only.`,
    () => 'Open a new terminal window and run the doctor again.',
  ),

  // ----- base-url -----
  'base-url.ok': entry((v, k) => `ANTHROPIC_BASE_URL is ${v.value} (${REGION[v.region]}), from ${where(v.source, k)}.`),
  'base-url.unset': entry(
    (v) =>
      `ANTHROPIC_BASE_URL is not set, so Claude Code sends every request to api.anthropic.com, not to Kimi.${v.customApiUrl ? ` (customApiUrl in ~/.claude.json does not change that.)` : ''}`,
    sameFix((_v, k) => regionChoices(k, null)),
  ),
  'base-url.empty': entry(
    (v, k) => `ANTHROPIC_BASE_URL is set but empty in ${where(v.source, k)}.`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.quoted': entry(
    (v, k) =>
      `ANTHROPIC_BASE_URL from ${where(v.source, k)} includes the quote characters (${v.quote}) as part of its value. Claude Code fails with "cannot be parsed as a URL".`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.whitespace': entry(
    (v, k) =>
      `ANTHROPIC_BASE_URL from ${where(v.source, k)} has ${v.lineBreak ? 'a line break' : 'spaces'} at the ${v.where === 'both' ? 'start and end' : v.where}. Claude Code trims it, but other tools may not.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value.trim(), v.source, k)),
  ),
  'base-url.lookalike': entry(
    (v, k) =>
      `ANTHROPIC_BASE_URL from ${where(v.source, k)} contains full-width or look-alike characters: ${charList(v.chars)}. Claude Code cannot parse it ("cannot be parsed as a URL") or reaches the wrong place.`,
    sameFix((v, k) => `Type the URL with an English keyboard layout:\n${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)}`),
  ),
  'base-url.invisible': entry(
    (v, k) => `ANTHROPIC_BASE_URL from ${where(v.source, k)} contains invisible characters: ${charList(v.chars)}. They break the request (a 404 or an unparseable URL).`,
    sameFix((v, k) => `Type it again instead of pasting:\n${fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)}`),
  ),
  'base-url.no-scheme': entry(
    (v, k) => `ANTHROPIC_BASE_URL from ${where(v.source, k)} (${v.value}) has no https://.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.http': entry(
    (v, k) =>
      v.region === 'custom'
        ? `ANTHROPIC_BASE_URL from ${where(v.source, k)} uses plain http to a non-local host: the key travels unencrypted.`
        : `ANTHROPIC_BASE_URL from ${where(v.source, k)} uses http://; Moonshot serves https only.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value.trim().replace(/^http:/i, 'https:'), v.source, k)),
  ),
  'base-url.bad-scheme': entry(
    (v, k) => `ANTHROPIC_BASE_URL from ${where(v.source, k)} starts with ${v.scheme}://, which is not a web address.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.host-typo': entry(
    (v, k) => `The host ${v.host} in ANTHROPIC_BASE_URL (from ${where(v.source, k)}) looks like a typo for ${v.expected}.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, v.source, k)),
  ),
  'base-url.moonshot-com': entry(
    (v, k) => `ANTHROPIC_BASE_URL (from ${where(v.source, k)}) points at ${v.host}; Moonshot's API is at api.moonshot.cn (China) or api.moonshot.ai (international), not .com.`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.console-host': entry(
    (v, k) => `ANTHROPIC_BASE_URL (from ${where(v.source, k)}) points at ${v.host}, the web console, not the API (${v.expected}).`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl, v.source, k)),
  ),
  'base-url.wrong-path': entry(
    (v, k) => {
      const why: Record<string, string> = {
        'openai-v1': `${v.path} is Moonshot's OpenAI-compatible API; Claude Code speaks the Anthropic protocol, which lives under /anthropic`,
        'anthropic-v1': `Claude Code appends /v1/messages itself, so ${v.path} becomes …/v1/v1/messages, a 404 that Claude Code reports as "There's an issue with the selected model"`,
        messages: `Claude Code appends /v1/messages itself, so ${v.path} gets it twice, a 404 reported as "There's an issue with the selected model"`,
        'missing-anthropic': 'the /anthropic part is missing, so requests go to the wrong API (a 404)',
        'missing-coding': 'Kimi Code is served under /coding/',
        other: `the path ${v.path} is not the API root ${v.expected}`,
      };
      return `ANTHROPIC_BASE_URL (${v.value}, from ${where(v.source, k)}) has the wrong path: ${why[v.reason]}.`;
    },
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? v.value, v.source, k)),
  ),
  'base-url.double-slash': entry(
    (v, k) => `ANTHROPIC_BASE_URL (from ${where(v.source, k)}) has a double slash in ${v.path}. Claude Code removes only one trailing slash, so requests go to …//v1/messages, a 404.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.query': entry(
    (v, k) => `ANTHROPIC_BASE_URL (from ${where(v.source, k)}) has ${v.part} after the path; Claude Code appends /v1/messages after it, which breaks the URL.`,
    sameFix((v, k) => fixVar('ANTHROPIC_BASE_URL', v.suggestedUrl ?? ROOTS.cn, v.source, k)),
  ),
  'base-url.unparseable': entry(
    (v, k) => `ANTHROPIC_BASE_URL from ${where(v.source, k)} (${JSON.stringify(v.value)}) is not a URL Claude Code can parse.`,
    sameFix((v, k) => regionChoices(k, v.source)),
  ),
  'base-url.gateway': entry(
    (v, k) =>
      `ANTHROPIC_BASE_URL (from ${where(v.source, k)}) points at ${v.host}, not a Moonshot host: a gateway such as claude-code-router, LiteLLM or a company proxy. The doctor cannot know which keys and model names it expects; the live probe tests it for real.`,
  ),

  // ----- provider -----
  'provider.ok': entry(() => 'No third-party provider is switched on, and tool search is not forced on.'),
  'provider.no-endpoint': entry(() => 'Skipped: ANTHROPIC_BASE_URL is not set (see the base-url check).'),
  'provider.third-party': entry(
    (v, k) =>
      `${v.name}=${v.value} (in ${where(v.source, k)}) switches Claude Code to ${providerName(String(v.name)) ?? 'a third-party provider'}: it then ignores ANTHROPIC_BASE_URL (${v.baseUrl}) and never reaches Kimi${
        v.name === 'CLAUDE_CODE_USE_BEDROCK' ? ', failing with "API Error: Could not load AWS credentials"' : ''
      }.`,
    (v, k) => (v.places as Values[]).map((source) => removeFlag(v.name, source, k)).join('\n'),
  ),
  'provider.tool-search': entry(
    (v, k) =>
      `ENABLE_TOOL_SEARCH is ${v.value} (in ${where(v.source, k)}). Both Kimi guides set it to ${v.guideValue}: ${REGION[v.region]} does not support tool search, and Claude Code's requests fail with "API Error: 400 … invalid_request_error".`,
    (v, k) => fixVar('ENABLE_TOOL_SEARCH', v.guideValue, v.source, k),
  ),

  // ----- api-key -----
  'api-key.ok': entry(
    (v, k) => v.credentials.map((c: Values) => `${c.name} is set in ${where(c.source, k)}: ${c.redacted}, ${KIND[c.kind] ?? c.kind}.`).join(' '),
  ),
  'api-key.none': entry(
    () => 'Neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set, and there is no apiKeyHelper: Claude Code says "Not logged in · Please run /login".',
    (_v, k) =>
      `Create a key (${CONSOLES}). The easiest way to store it is setup, which asks for it without echo and writes it where Claude Code reads it:\n${k.commands(['kimi-claude setup --region cn'])}\nOr set it yourself (replace the placeholder):\n${k.setEnv([['ANTHROPIC_AUTH_TOKEN', KEY]])}`,
  ),
  'api-key.empty': entry(
    (v, k) => `${v.name} is set but empty in ${where(v.source, k)}.`,
    (v, k) => fixVar(v.name, KEY, v.source, k),
  ),
  'api-key.both-set': entry(
    (v, k) =>
      `Both ANTHROPIC_API_KEY (${where(v.apiKeySource, k)}) and ANTHROPIC_AUTH_TOKEN (${where(v.tokenSource, k)}) are set. Claude Code sends both (x-api-key and Authorization: Bearer) and warns that auth may not work as expected.`,
    (v, k) => `Keep ANTHROPIC_AUTH_TOKEN and remove ANTHROPIC_API_KEY:\n${removeVar('ANTHROPIC_API_KEY', v.apiKeySource, k)}`,
  ),
  'api-key.placeholder': entry(
    (v, k) =>
      `${v.name} in ${where(v.source, k)} is a placeholder, not a key (like the guide's "sk-xxxx…" or "你的sk-..."). Moonshot answers 401 Invalid Authentication.`,
    (v, k) => `Create a key (${CONSOLES}) and paste the whole of it:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.quoted': entry(
    (v, k) =>
      v.claudeCode === 'refuses'
        ? `${v.name} in ${where(v.source, k)} has a typographic or full-width quote (“ ” ‘ ’ ＂) at the ${v.where === 'both' ? 'start and end' : v.where}. Claude Code cannot send such a key and stops with "${refusal(v.name)}".`
        : `${v.name} in ${where(v.source, k)} has a quote character at the ${v.where === 'both' ? 'start and end' : v.where}. Claude Code sends quotes as part of the key, so Moonshot answers 401.`,
    (v, k) => `Set it without the extra quotes:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.whitespace': entry(
    (v, k) =>
      `${v.name} in ${where(v.source, k)} has ${v.lineBreak ? 'a line break' : 'spaces'} at the ${v.where === 'both' ? 'start and end' : v.where}. Claude Code trims it, but other tools (and curl tests) may not.`,
    (v, k) => fixVar(v.name, KEY, v.source, k),
  ),
  'api-key.inner-whitespace': entry(
    (v, k) =>
      `${v.name} in ${where(v.source, k)} has ${v.lineBreak ? 'a line break' : 'a space'} inside it (at position ${v.positions.join(', ')}). The key is broken: Moonshot answers 401.`,
    (v, k) => `Copy the key again in one piece:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.non-ascii': entry(
    (v, k) =>
      `${v.name} in ${where(v.source, k)} contains characters that cannot be in a key: ${v.chars
        .slice(0, 6)
        .map((c: Values) => `${c.codePoint}${c.what === 'bom' ? ' (byte-order mark)' : c.what === 'invisible' ? ' (invisible)' : c.what === 'full-width' ? ' (full-width)' : ''} at position ${c.position}`)
        .join(', ')}. ${
        v.claudeCode === 'refuses'
          ? `Claude Code cannot send such a key and stops with "${refusal(v.name)}".`
          : v.claudeCode === 'fails'
            ? 'Claude Code\'s request fails before it reaches Moonshot ("API Error: 400 status code (no body)").'
            : 'Moonshot answers 401.'
      }`,
    (v, k) => `Copy the key again from the console, with an English input method:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.bearer-prefix': entry(
    (v, k) =>
      `${v.name} in ${where(v.source, k)} starts with "Bearer ". That word belongs to the Authorization header, which Claude Code builds itself; in the value it becomes part of the key, and Moonshot answers 401.`,
    (v, k) => `Set the key alone, without "Bearer ":\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.too-short': entry(
    (v, k) => `${v.name} in ${where(v.source, k)} is only ${v.length} characters long; Moonshot keys are about 50. It was probably cut off when copying.`,
    (v, k) => `Copy the whole key again:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.anthropic-key-on-kimi': entry(
    (v, k) => `${v.name} in ${where(v.source, k)} is an Anthropic key (sk-ant-), but the endpoint is ${REGION[v.region]}. Moonshot cannot accept it.`,
    (v, k) => `Create a Moonshot key (${CONSOLES}):\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.kimi-code-key-on-platform': entry(
    (v, k) => `${v.name} in ${where(v.source, k)} is a Kimi Code key (sk-kimi-), which works only on ${ROOTS['kimi-code']}, but the endpoint is ${REGION[v.region]}.`,
    (v, k) => `Either point Claude Code at Kimi Code:\n${fixVar('ANTHROPIC_BASE_URL', ROOTS['kimi-code'], v.baseUrlSource, k)}\nor use a platform key (${CONSOLES}).`,
  ),
  'api-key.platform-key-on-kimi-code': entry(
    (v, k) => `${v.name} in ${where(v.source, k)} is a Moonshot platform key, but the endpoint is Kimi Code (api.kimi.com), which accepts only sk-kimi- keys.`,
    (v, k) => `Either use your Kimi Code key, or point Claude Code at the platform:\n${regionChoices(k, v.baseUrlSource)}`,
  ),
  'api-key.unknown-prefix': entry(
    (v, k) => `${v.name} in ${where(v.source, k)} does not start with sk-, as Moonshot keys do.`,
    (v, k) => `Check that you copied an API key, not a key ID or a token from elsewhere:\n${fixVar(v.name, KEY, v.source, k)}`,
  ),
  'api-key.sent-to-anthropic': entry(
    (v, k) =>
      `ANTHROPIC_API_KEY (${v.redacted}, from ${where(v.source, k)}) is also sent to api.anthropic.com (bootstrap, metrics and evaluation requests), so your Moonshot key reaches a third party.${v.telemetryOnly ? ' DISABLE_TELEMETRY=1 does not stop this.' : ''} The guide uses ANTHROPIC_API_KEY; ANTHROPIC_AUTH_TOKEN is not sent there.`,
    (v, k) =>
      `Stop that traffic:\n${fixVar('CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', '1', v.source, k)}\nor move the key to ANTHROPIC_AUTH_TOKEN:\n${fixVar('ANTHROPIC_AUTH_TOKEN', KEY, v.source, k)}\n${removeVar('ANTHROPIC_API_KEY', v.source, k)}`,
  ),
  'api-key.settings-readable': entry(
    (v, k) => `${k.home(v.path)} holds your key and other users on this machine can read it (mode ${v.mode}).`,
    (v, k) => k.commands([`chmod 600 ${k.home(v.path)}`]),
  ),
  'api-key.helper': entry((v, k) => `apiKeyHelper in ${where(v.source, k)} runs ${v.command} (${v.path}); its output is sent as both x-api-key and Authorization.`),
  'api-key.helper-missing': entry(
    (v, k) => `apiKeyHelper in ${where(v.source, k)} runs ${v.command}, which is not found or not executable, so Claude Code gets no key from it.`,
    (v, k) => `Install ${v.command} or fix the path in "apiKeyHelper" of ${k.home(v.source?.path ?? '')}${k.shell === 'cmd' || k.shell === 'powershell' ? '' : ` (and \`chmod +x\` it)`}.`,
  ),

  // ----- model -----
  'model.ok': entry(
    (v, k) =>
      `Claude Code sends ${v.model} as the main model (${v.viaDefault ? `its default alias ${v.alias ?? 'opus'} through ` : ''}${v.setBy} in ${where(v.source, k)}), ${v.smallFast} for background tasks and ${v.subagent} for subagents.${
        (v.needsRecharge as string[]).length ? ` ${(v.needsRecharge as string[]).join(' and ')} needs a recharged balance (vouchers do not count); until then Moonshot answers 404, and ${v.lowBalance} is the model for a low balance.` : ''
      }`,
  ),
  'model.no-endpoint': entry(() => 'Skipped: no usable ANTHROPIC_BASE_URL, so the model cannot be judged (see the base-url check).'),
  'model.gateway': entry(
    (v) =>
      `The endpoint is a gateway; it decides which model names exist (Claude Code will ask for ${v.model}). The live probe tests it.`,
  ),
  'model.unset': entry(
    (v) =>
      `No model is configured for ${REGION[v.region]}, so Claude Code sends its built-in ${v.model} (its default alias ${v.alias}${v.aliasSlot ? `, because ${v.aliasSlot} is not set` : ''}), which Kimi rejects ("There's an issue with the selected model").${
        (v.unusedSlots as string[]).length ? ` ${(v.unusedSlots as string[]).join(' and ')} ${(v.unusedSlots as string[]).length > 1 ? 'are' : 'is'} set, but no role Claude Code uses goes through ${(v.unusedSlots as string[]).length > 1 ? 'them' : 'it'}.` : ''
      }`,
    (v, k) => `${guideSlotsFix(v, k)}${lowBalanceNote(v)}`,
  ),
  'model.default-claude': entry(
    (v) =>
      `${roles(v.roles)} ${(v.roles as string[]).length > 1 ? 'get' : 'gets'} no model from any slot, so Claude Code sends its built-in ${v.model} (its default alias ${v.alias}${v.aliasSlot ? `, because ${v.aliasSlot} is not set` : ''}), which ${REGION[v.region]} does not serve.`,
    (v, k) => `Set ${v.aliasSlot ?? 'ANTHROPIC_MODEL'} too, as Moonshot's guide does:\n${k.setEnv([[v.aliasSlot ?? 'ANTHROPIC_MODEL', v.suggested]])}`,
  ),
  'model.claude-on-kimi': entry(
    (v, k) =>
      `${roles(v.roles)} ${(v.roles as string[]).length > 1 ? 'use' : 'uses'} ${v.model} (${v.setBy} in ${where(v.source, k)}), a Claude name that ${REGION[v.region]} does not serve.`,
    (v, k) => modelFix(v, k, v.suggested),
  ),
  'model.alias-unmapped': entry(
    (v, k) =>
      `${roles(v.roles)} ${(v.roles as string[]).length > 1 ? 'use' : 'uses'} the alias "${v.requested}" (${v.setBy} in ${where(v.source, k)}), but ${v.envName} is not set, so Claude Code asks Kimi for its own ${v.model}.`,
    (v, k) => fixVar(v.envName, v.suggested, v.source?.kind === 'settings' ? v.source : null, k),
  ),
  'model.retired': entry(
    (v, k) =>
      `${v.model} (${v.setBy} in ${where(v.source, k)}) was retired by Moonshot on ${v.retired} and answers 404. Moonshot's earlier Claude Code guides, and copies of them online, still show names like this one.`,
    (v, k) => `${modelFix(v, k, v.replacement)}${lowBalanceNote(v)}`,
  ),
  'model.small-fast-deprecated': entry(
    (v, k) =>
      `ANTHROPIC_SMALL_FAST_MODEL (${v.model}, in ${where(v.source, k)}) is deprecated; Claude Code still reads it for background tasks, before ANTHROPIC_DEFAULT_HAIKU_MODEL${v.haiku ? ` (${v.haiku})` : ''}.`,
    (v, k) =>
      `Move it to ANTHROPIC_DEFAULT_HAIKU_MODEL, as Moonshot's guide does:\n${v.haiku ? '' : `${fixVar('ANTHROPIC_DEFAULT_HAIKU_MODEL', v.model, v.source, k)}\n`}${removeVar('ANTHROPIC_SMALL_FAST_MODEL', v.source, k)}`,
  ),
} satisfies Record<string, MessageEntry>;

const ROLE: Record<string, string> = { main: 'the main model', 'small-fast': 'background tasks (the small/fast model)', subagent: 'subagents' };

/** "The main model and subagents": the roles of one finding, capitalised. */
function roles(list: unknown): string {
  const names = (Array.isArray(list) ? list : [list]).map((r) => ROLE[String(r)] ?? String(r));
  const text = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0] ?? '';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Moonshot's guide: the model in every slot it names, where the user keeps the base URL. */
function guideSlotsFix(v: Values, k: RenderKit): string {
  const pairs: Array<[string, string]> = (v.slots as string[]).map((slot) => [slot, v.suggested]);
  const source = v.baseUrlSource;
  if (source?.kind === 'settings' && source.scope !== 'managed') {
    return `Set the model in every slot Moonshot's guide sets, in the "env" block of ${k.home(source.path)} (where your base URL is):\n${k.commands(pairs.map(([n, m]) => `"${n}": "${m}",`))}`;
  }
  return `Set the model in every slot Moonshot's guide sets:\n${k.setEnv(pairs)}`;
}

function lowBalanceNote(v: Values): string {
  return v.lowBalance ? `\n${v.suggested ?? v.replacement} needs a recharged balance (vouchers do not count); on a low balance use ${v.lowBalance} instead.` : '';
}

function modelFix(v: Values, k: RenderKit, model: string): string {
  if (v.setBy === '--model') return `Run claude with a Kimi model instead, for example:\n${k.commands([`claude --model ${model}`])}`;
  if (v.setBy === 'model' && v.source?.kind === 'settings') return `Edit ${k.home(v.source.path)} and set "model": "${model}".`;
  return fixVar(v.setBy, model, v.source, k);
}
