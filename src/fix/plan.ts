// Plans the repairs `doctor --fix` may make, from plain data: the effective configuration, the check results,
// and snapshots of the files involved. Nothing here reads or writes a file.
import type { FileSnapshot } from '../core/types';
import type { ConfigSource } from '../config/types';
import { hasQuote, stripQuotes } from '../core/quotes';
import { maskSecret } from '../core/redact';
import { editableText, editFailure } from './file-text';
import { applyJsonEdits, getPath, type JsonEdit } from './json-edit';
import { maskSecrets, secretsIn } from './mask';
import { asciiTrim } from '../config/key-analysis';
import { FIX_CHECKS, type FixAction, type FixId, type FixInput, type FixMessage } from './types';
import { modeDiff, unifiedDiff } from './unified-diff';

/** Both files can hold a key: a file --fix creates is readable by its owner only. */
const NEW_FILE_MODE = 0o600;
/** chmod 600: a file that holds a key is for its owner only. */
const OWNER_ONLY = 0o077;
const CREDENTIAL_NAMES = ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'] as const;
/** The quotes analyzeKey calls "quoted" (config/key-analysis.ts). */
/** Claude Code stores this many trailing characters of a key it asked about. */
const KEY_SUFFIX_LENGTH = 20;

const withoutTrailingSlashes = (url: string) => url.trim().replace(/\/+$/, '');
const isOn = (value: string | undefined) => value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());

/** A settings file --fix may edit: not managed settings, which belong to an administrator. */
const editableSettings = (source: ConfigSource | undefined): string | undefined =>
  source?.kind === 'settings' && source.scope !== 'managed' ? source.path : undefined;

function suggestedBaseUrl(input: FixInput): string | undefined {
  const data = input.checks.find((c) => c.id === 'base-url')?.data;
  const url = data?.suggestedUrl;
  return typeof url === 'string' && url.trim() ? url.trim() : undefined;
}

/** The keys Claude Code would send; with `shadowed`, also the ones it would not (for masking only). */
function currentKeys(input: FixInput, shadowed = false): string[] {
  return ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'].flatMap((name) => {
    const resolved = input.config.get(name);
    if (!resolved) return [];
    return shadowed ? [resolved.value, ...resolved.shadowed.map((s) => s.value)] : [resolved.value];
  });
}

export function planFixes(input: FixInput): FixAction[] {
  const snapshotOf = (file: string): FileSnapshot | undefined => input.snapshots.find((s) => s.path === file);
  const keySecrets = currentKeys(input, true).flatMap((k) => [k, k.trim().slice(-KEY_SUFFIX_LENGTH)]);

  const edit = (id: FixId, file: string, description: FixMessage, edits: JsonEdit[]): FixAction | undefined => {
    const snapshot = snapshotOf(file);
    const editable = editableText(snapshot, file);
    if (!editable.ok) return { kind: 'blocked', id, file, description: editable.problem };
    const result = applyJsonEdits(editable.text, edits);
    if (!result.ok) {
      return { kind: 'blocked', id, file, description: editFailure(file, editable.text, result) };
    }
    if (!result.changed) return undefined;
    const secrets = [...keySecrets, ...secretsIn(editable.value), ...secretsIn(JSON.parse(stripBom(result.text)))];
    const diff = maskSecrets(unifiedDiff(editable.text ?? '', result.text, { old: file, new: file }), secrets);
    return { kind: 'edit', id, file, description, edits, snapshot: snapshot!, newFileMode: NEW_FILE_MODE, diff };
  };

  const baseUrl = input.config.get('ANTHROPIC_BASE_URL');
  const suggested = suggestedBaseUrl(input);
  const baseUrlFix = baseUrl && suggested && suggested !== baseUrl.value ? suggested : undefined;

  const planned: Array<FixAction | undefined> = [
    ...planClaudeJson(input, edit, baseUrl ? (baseUrlFix ?? baseUrl.value.trim()) : undefined, suggested),
    baseUrl && baseUrlFix ? planBaseUrl(baseUrl.value, baseUrl.source, baseUrlFix, edit) : undefined,
    planDisableTraffic(input, edit),
    ...planUnquoteKeys(input, edit),
    ...planKeyFileModes(input, snapshotOf),
  ];
  // With --only/--skip, only the repairs for the checks that ran: nothing the user did not ask about changes.
  const selected = input.checkIds;
  const wanted = (a: FixAction) => !selected || FIX_CHECKS[a.id].some((id) => selected.includes(id));
  return dedupeBlocked(planned.filter((a): a is FixAction => a !== undefined && wanted(a)));
}

/** A key pasted with its quotes (`"\"sk-…\""`) is sent with them and refused: the settings file gets the key alone. */
function planUnquoteKeys(input: FixInput, edit: Edit): FixAction[] {
  return CREDENTIAL_NAMES.flatMap((name) => {
    const v = input.config.get(name);
    const file = editableSettings(v?.source);
    if (!v || !file) return [];
    const trimmed = asciiTrim(v.value);
    const key = stripQuotes(trimmed);
    // Only quotes around one unbroken word: anything else is not a slip this repair understands.
    if (key === trimmed || key === '' || /\s/.test(key) || hasQuote(key)) return [];
    const action = edit('settings.key-unquote', file, { code: 'fix.key.unquote', values: { file, name, keyShown: maskSecret(key) } }, [
      { op: 'set', path: ['env', name], value: key },
    ]);
    return action ? [action] : [];
  });
}

/** A settings file that holds a key and that other users can read gets chmod 600: local, safe, reversible. */
function planKeyFileModes(input: FixInput, snapshotOf: (file: string) => FileSnapshot | undefined): FixAction[] {
  if (input.platform === 'win32') return [];
  const files = new Set(
    CREDENTIAL_NAMES.flatMap((name) => {
      const v = input.config.get(name);
      return v ? [v, ...v.shadowed] : [];
    }).flatMap((v) => (asciiTrim(v.value) && editableSettings(v.source) ? [editableSettings(v.source)!] : [])),
  );
  return [...files].flatMap((file): FixAction[] => {
    const snapshot = snapshotOf(file);
    // The same test as the api-key check's "readable by others" warning.
    if (snapshot?.state !== 'present' || (snapshot.mode & 0o044) === 0) return [];
    const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;
    const values = { file, from: octal(snapshot.mode), to: octal(snapshot.mode & ~OWNER_ONLY) };
    return [{
      kind: 'edit',
      id: 'settings.key-file-mode',
      file,
      description: { code: 'fix.key-file.mode', values },
      edits: [],
      snapshot,
      newFileMode: NEW_FILE_MODE,
      diff: modeDiff(file, snapshot.mode, snapshot.mode & ~OWNER_ONLY),
      clearModeBits: OWNER_ONLY,
    }];
  });
}


type Edit = (id: FixId, file: string, description: FixMessage, edits: JsonEdit[]) => FixAction | undefined;

function planClaudeJson(input: FixInput, edit: Edit, effectiveBaseUrl: string | undefined, suggested: string | undefined) {
  const file = input.paths.claudeJson;
  const editable = editableText(input.snapshots.find((s) => s.path === file), file);
  if (!editable.ok) return [{ kind: 'blocked', id: 'claude-json.onboarding', file, description: editable.problem } satisfies FixAction];
  const json = editable.value;
  const actions: Array<FixAction | undefined> = [];

  if (getPath(json, ['hasCompletedOnboarding']) !== true) {
    actions.push(edit('claude-json.onboarding', file, { code: 'fix.onboarding', values: { file } }, [
      { op: 'set', path: ['hasCompletedOnboarding'], value: true },
    ]));
  }

  const customApiUrl = getPath(json, ['customApiUrl']);
  if (typeof customApiUrl === 'string') {
    if (effectiveBaseUrl === undefined) {
      const values = { file, from: customApiUrl, suggestedUrl: suggested ?? customApiUrl.trim() };
      actions.push(edit('claude-json.custom-api-url', file, { code: 'fix.custom-api-url.remove', values }, [{ op: 'delete', path: ['customApiUrl'] }]));
    } else if (withoutTrailingSlashes(customApiUrl) !== withoutTrailingSlashes(effectiveBaseUrl)) {
      const values = { file, from: customApiUrl, to: effectiveBaseUrl };
      actions.push(edit('claude-json.custom-api-url', file, { code: 'fix.custom-api-url.align', values }, [
        { op: 'set', path: ['customApiUrl'], value: effectiveBaseUrl },
      ]));
    }
  }

  actions.push(planUnreject(input, file, json, edit));
  return actions;
}

/** The key Claude Code asked about is stored by its last 20 characters; a "No" there means "Not logged in". */
function planUnreject(input: FixInput, file: string, json: unknown, edit: Edit): FixAction | undefined {
  const rejected = getPath(json, ['customApiKeyResponses', 'rejected']);
  if (!Array.isArray(rejected)) return undefined;
  const suffixes = currentKeys(input)
    .map((k) => k.trim())
    .filter((k) => k.length >= KEY_SUFFIX_LENGTH)
    .map((k) => k.slice(-KEY_SUFFIX_LENGTH));
  const unrejected = suffixes.filter((s) => rejected.includes(s));
  if (unrejected.length === 0) return undefined;
  const edits: JsonEdit[] = [{ op: 'set', path: ['customApiKeyResponses', 'rejected'], value: rejected.filter((r) => !unrejected.includes(r)) }];
  const approved = getPath(json, ['customApiKeyResponses', 'approved']);
  // A value that is not a list is not ours to replace; taking the key out of `rejected` is what matters.
  if (approved === undefined || Array.isArray(approved)) {
    const list = (approved ?? []) as unknown[];
    edits.push({ op: 'set', path: ['customApiKeyResponses', 'approved'], value: [...list, ...unrejected.filter((s) => !list.includes(s))] });
  }
  return edit('claude-json.unreject-key', file, { code: 'fix.key.unreject', values: { file, keyShown: maskSecret(unrejected[0]) } }, edits);
}

function planBaseUrl(from: string, source: ConfigSource, to: string, edit: Edit): FixAction | undefined {
  const id: FixId = 'settings.base-url';
  const file = editableSettings(source);
  if (file) return edit(id, file, { code: 'fix.base-url.settings', values: { file, from, to } }, [{ op: 'set', path: ['env', 'ANTHROPIC_BASE_URL'], value: to }]);
  switch (source.kind) {
    case 'process-env':
      return { kind: 'manual', id, description: { code: 'fix.base-url.shell', values: { from, to } } };
    case 'env-file':
      return { kind: 'manual', id, description: { code: 'fix.base-url.env-file', values: { sourcePath: source.path, to } } };
    case 'settings':
      return { kind: 'manual', id, description: { code: 'fix.base-url.managed', values: { sourcePath: source.path, to } } };
  }
}

/** ANTHROPIC_API_KEY also goes to api.anthropic.com unless nonessential traffic is off. */
function planDisableTraffic(input: FixInput, edit: Edit): FixAction | undefined {
  const apiKey = input.config.get('ANTHROPIC_API_KEY');
  if (!apiKey || !apiKey.value.trim()) return undefined;
  const disabled = input.config.get('CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC');
  if (isOn(disabled?.value)) return undefined;
  // A settings file that turns it off explicitly would still win over the user settings: change it there.
  const file = editableSettings(disabled?.source) ?? input.paths.userSettings;
  return edit('settings.disable-nonessential-traffic', file, { code: 'fix.disable-nonessential-traffic', values: { file } }, [
    { op: 'set', path: ['env', 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC'], value: '1' },
  ]);
}

/** One explanation per file that cannot be edited is enough. */
function dedupeBlocked(actions: FixAction[]): FixAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    if (a.kind !== 'blocked') return true;
    const key = `${a.file}\0${a.description.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
