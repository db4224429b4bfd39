// One redaction step for everything that leaves the doctor: reports in every format and error messages.
// Known secrets are replaced wherever they appear; shapes that look like credentials are caught too.
import { setOwn } from './plain-data';
import { stripQuotes } from './quotes';

export type SecretKind = 'key' | 'password';

/** How a key may be shown: its `sk-` prefix and last 4 characters at most; short secrets not at all. */
export function maskSecret(secret: string, kind: SecretKind = 'key'): string {
  if (kind === 'password') return '***';
  const s = secret.trim();
  if (s.length < 12) return '…';
  const prefix = s.startsWith('sk-') ? 'sk-' : '';
  return `${prefix}…${s.slice(-4)}`;
}

// Values shorter than this are too common to replace everywhere (and too short to be a real credential).
const MIN_SECRET_LENGTH = 6;

/**
 * A key's shape: not after a letter or digit ("risk-…" is a word), but after "_" or "-" ("bad_sk-…" is a key). Global:
 * for matchAll and replace.
 */
export const KEY_SHAPE = /(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{8,}/g;
// A credential value: printable ASCII without brackets, quotes or separators, so a shape never runs on into the
// catalogue's own sentence ("(x-api-key and Authorization: Bearer) and…", or zh text with no spaces at all).
const TOKEN = `[^\\s"'\`,;()\\[\\]{}<>\\u0080-\\uffff]`;
const BEARER = new RegExp(`\\b(Bearer\\s+)(?!<)(${TOKEN}{6,})`, 'gi');
// Case-sensitive: "a basic check" in prose is not a header.
const BASIC = /\b(Basic\s+)([A-Za-z0-9+/=]{8,})/g;
const AUTH_HEADER = new RegExp(`\\b((?:x-api-key|authorization|proxy-authorization)["']?\\s*[:=]\\s*["']?)(?!(?:Bearer|Basic)\\b)(${TOKEN}{6,})`, 'gi');
/** The memory of answers stays small whatever the input: short texts, and not too many of them. */
const MAX_REMEMBERED_LENGTH = 1024;
const MAX_REMEMBERED = 2048;
/**
 * Up to this many anchors, a text is searched for each (see anchorsOf); with more, the scan in maskWindows decides
 * alone, since each anchor is one more pass over the text.
 */
const MAX_ANCHORS = 256;
/** Every window holds one anchor: a piece of its secret this long, at every ANCHOR-th position. */
const ANCHOR = 4;
/** Partial echoes of a known secret are masked down to this many characters (the leak tests' window). */
const WINDOW = 8;
/** Secrets longer than this are matched whole only: indexing every window of a 1 MB value would cost 100s of MB. */
const MAX_WINDOWED_LENGTH = 4096;
/** The part of a key anyone may see: a window wholly inside it is not a secret. */
const PUBLIC_PREFIX = /^sk-(?:ant-(?:api\d+-)?|kimi-)?/;
// Both cases spelled out rather than the i flag, as in src/core/url-scheme.ts.
const URL_PASSWORD = /(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@]*:)([^\s/@]+)(@)/g;
type Shape = { marker: (text: string) => boolean; pattern: RegExp; mask: (match: string, head: string, ...rest: string[]) => string };

/**
 * What looks like a credential, known or not, in the order it is masked. Each shape's marker is text its pattern
 * cannot match without, looked for far more cheaply than the pattern (most of a report holds none): `://` and `@`
 * for a URL password, "bearer" (any case), "Basic", "x-api-key" or "authorization" (any case; "proxy-authorization"
 * holds it) for a header, "sk-" for a key. It is looked for in the text the pattern would run on, so a shape is
 * skipped only where it would change nothing.
 */
export const SHAPES: readonly Shape[] = [
  { marker: (t) => t.includes('://') && t.includes('@'), pattern: URL_PASSWORD, mask: (_m, head, _pw, at) => `${head}***${at}` },
  { marker: (t) => /bearer/i.test(t), pattern: BEARER, mask: (_m, head) => `${head}***` },
  { marker: (t) => t.includes('Basic'), pattern: BASIC, mask: (_m, head) => `${head}***` },
  { marker: (t) => /x-api-key|authorization/i.test(t), pattern: AUTH_HEADER, mask: (_m, head) => `${head}***` },
  { marker: (t) => t.includes('sk-'), pattern: KEY_SHAPE, mask: (key) => maskSecret(key) },
];

/** Masks what looks like a credential, known or not: URL passwords, auth headers, key shapes. */
export function maskShapes(text: string): string {
  let out = text;
  for (const { marker, pattern, mask } of SHAPES) if (marker(out)) out = out.replace(pattern, mask);
  return out;
}

export class Redactor {
  private readonly secrets = new Map<string, SecretKind>();
  private windows: WindowIndex | null = null;
  /** The secrets longest first, each with its mask and the forms replaced whole; built once per set of secrets. */
  private replacements: Array<{ forms: string[]; mask: string }> | null = null;
  /** Answers already given for this set of secrets: a report repeats its paths, URLs and sentences. */
  private answers = new Map<string, string>();

  add(secret: string | undefined | null, kind: SecretKind = 'key'): void {
    if (typeof secret !== 'string') return;
    const variants = new Set([secret, secret.trim(), stripQuotes(secret.trim())]);
    for (const v of variants) {
      if (v.length < MIN_SECRET_LENGTH) continue;
      // A password registered once stays a password, whatever else registers it.
      if (this.secrets.get(v) !== 'password') this.secrets.set(v, kind);
    }
    this.windows = null;
    this.replacements = null;
    this.answers.clear();
  }

  /** Registers the password of a URL such as a proxy URL (user:pass@host). */
  addUrlPassword(url: string | undefined | null): void {
    if (!url) return;
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/@\s]*)@/.exec(url.trim());
    if (!m) return;
    const userinfo = m[1];
    const colon = userinfo.indexOf(':');
    if (colon < 0) return;
    const raw = userinfo.slice(colon + 1);
    this.add(raw, 'password');
    try {
      this.add(decodeURIComponent(raw), 'password');
    } catch {
      // A malformed percent escape: the raw form is already registered.
    }
  }

  redact(text: string): string {
    // Nothing shorter than the shortest secret or shape can hold one (most object keys and labels of a report).
    if (text.length < MIN_SECRET_LENGTH) return text;
    const known = this.answers.get(text);
    if (known !== undefined) return known;
    const answer = this.redactOnce(text);
    if (text.length <= MAX_REMEMBERED_LENGTH && this.answers.size < MAX_REMEMBERED) this.answers.set(text, answer);
    return answer;
  }

  private redactOnce(text: string): string {
    let out = text;
    for (const { forms, mask } of this.replacementList()) {
      for (const form of forms) if (out.includes(form)) out = out.split(form).join(mask);
    }
    out = this.maskWindows(out);
    return maskShapes(out);
  }

  /**
   * Masks every run of 8 or more characters of a known secret, wherever the text was cut or split: a message cut
   * at 300 characters, a key broken over lines, a base64- or percent-encoded echo. Whitespace inside a run is
   * skipped, so a line-split key is masked whole; text around it is kept as the catalogue wrote it.
   */
  private maskWindows(text: string): string {
    if (text.length < WINDOW) return text;
    const compact = this.textToScan(text);
    if (compact === null) return text;
    const windows = this.windowIndex();
    const { hits: index, bloom } = (windows.lookup ??= hashLookup(windowList(windows.forms)));
    let at: Int32Array | null = null;
    let masked: Uint8Array | null = null; // 0 kept, 1 key, 2 password
    // A rolling hash over the compact text finds candidate windows without cutting a string at every position.
    let h = 0;
    for (let i = 0; i < compact.length; i++) {
      h = roll(h, compact, i);
      // A bit per hash bucket answers "no window here" for almost every position without a Map lookup.
      if (i < WINDOW - 1 || !bloom[h & BLOOM_MASK]) continue;
      const hits = index.get(h);
      if (!hits) continue;
      const start = i - WINDOW + 1;
      const hit = hits.find((x) => compact.startsWith(x.window, start));
      if (!hit) continue;
      at ??= positions(text, compact.length);
      masked ??= new Uint8Array(text.length);
      for (let k = hit.skip; k < WINDOW; k++) masked[at[start + k]] = Math.max(masked[at[start + k]], hit.kind === 'password' ? 2 : 1);
    }
    if (!masked) return text;
    const out: string[] = [];
    let kept = 0;
    let i = 0;
    while (i < text.length) {
      if (!masked[i]) {
        i++;
        continue;
      }
      out.push(text.slice(kept, i));
      let kind = masked[i];
      let last = i;
      for (let j = i; j < text.length && (masked[j] || SPACE_CHAR.test(text[j])); j++) {
        if (masked[j]) {
          last = j;
          kind = Math.max(kind, masked[j]);
        }
      }
      out.push(kind === 2 ? '***' : '…');
      i = kept = last + 1;
    }
    out.push(text.slice(kept));
    return out.join('');
  }

  private replacementList(): Array<{ forms: string[]; mask: string }> {
    if (this.replacements) return this.replacements;
    // Longest first, so a secret that contains another is replaced whole.
    const known = [...this.secrets.entries()].sort((a, b) => b[0].length - a[0].length);
    this.replacements = known.map(([secret, kind]) => ({ forms: [...new Set([secret, jsonEscaped(secret)])].filter(Boolean), mask: maskSecret(secret, kind) }));
    return this.replacements;
  }

  /**
   * What maskWindows scans for windows: the text without its whitespace; null when it holds no window of a known
   * secret, or there is none to look for.
   */
  private textToScan(text: string): string | null {
    const { forms, anchors } = this.windowIndex();
    if (forms.length === 0) return null;
    const compact = SPACE.test(text) ? text.replace(SPACES, '') : text;
    return !anchors || holdsWindow(compact, anchors) ? compact : null;
  }

  /** What may be echoed of each known secret, and where to look for its windows; built once per set of secrets. */
  private windowIndex(): WindowIndex {
    if (this.windows) return this.windows;
    const forms: ScanForm[] = [];
    for (const [secret, kind] of this.secrets) {
      // Nothing that long is one credential (a 1 MB value in the environment): it is still replaced whole above.
      if (secret.length > MAX_WINDOWED_LENGTH) continue;
      const prefix = PUBLIC_PREFIX.exec(secret)?.[0].length ?? 0;
      forms.push({ form: secret, kind, prefix });
      const bare = secret.replace(SPACES, '');
      if (bare !== secret) forms.push({ form: bare, kind, prefix });
      for (const form of encodedForms(secret)) forms.push({ form, kind, prefix: 0 });
    }
    this.windows = { forms, anchors: anchorsOf(forms), lookup: null };
    return this.windows;
  }

  /**
   * Plain data with every string redacted (object keys included): a deep copy, or `value` itself when no string in it
   * needs masking. `value` is never changed.
   */
  redactDeep<T>(value: T): T {
    // Most reports hold nothing to mask. When all their strings together, as one text, hold no secret, window or shape,
    // no single one does (1 ms of a report's 370 strings, each looked at on its own, and 0.2 ms of copying).
    const texts: string[] = [];
    collectStrings(value, 0, texts);
    if (!this.mayMask(texts.join('\n'))) return value;
    return copyStrings(value, 0, (s) => this.redact(s)) as T;
  }

  /**
   * False only when redacting each of the strings joined in `text` would change none of them. Each test finds in the
   * joined text whatever it finds in one of its strings: a newline between two strings ends a word as the end of a
   * string does, and a match that runs on into the next string only sends the strings through redact one by one.
   */
  private mayMask(text: string): boolean {
    for (const { forms } of this.replacementList()) for (const form of forms) if (text.includes(form)) return true;
    if (this.textToScan(text) !== null) return true;
    return SHAPES.some(({ marker, pattern }) => marker(text) && matchesGlobal(pattern, text));
  }
}

/** Every string of plain data, object keys included, down to the depth copyStrings copies. */
function collectStrings(value: unknown, depth: number, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (depth <= 64 && value !== null && typeof value === 'object') {
    if (Array.isArray(value)) for (const v of value) collectStrings(v, depth + 1, into);
    else for (const k of Object.keys(value)) {
      into.push(k);
      collectStrings((value as Record<string, unknown>)[k], depth + 1, into);
    }
  }
}

/** A deep copy of plain data with every string, object keys included, passed through `text`. */
function copyStrings(value: unknown, depth: number, text: (s: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => copyStrings(v, depth + 1, text));
  const out: Record<string, unknown> = {};
  const object = value as Record<string, unknown>;
  // Object.keys, not entries: no [key, value] array per property of the report.
  for (const k of Object.keys(object)) setOwn(out, text(k), copyStrings(object[k], depth + 1, text));
  return out;
}

/** test() on a global pattern, leaving its lastIndex as replace() expects it. */
function matchesGlobal(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** What may be echoed of the known secrets, a quick way to rule a text out and, for a text that is not, a way to find where. */
interface WindowIndex {
  forms: ScanForm[];
  /** The anchors by piece; null when there are too many to look for one by one. */
  anchors: Map<string, Anchor[]> | null;
  /** Built when a text first holds a window (most reports hold none). */
  lookup: HashLookup | null;
}

/** A secret as an echo may hold it: as given, without its whitespace, or encoded. */
interface ScanForm {
  form: string;
  kind: SecretKind;
  /** How many leading characters are the key's public prefix (sk-kimi-): a window wholly inside them is no secret. */
  prefix: number;
}

/** The first window of a form that is a secret: windows wholly inside the public prefix are not. */
function firstWindow({ prefix }: ScanForm): number {
  return Math.max(0, prefix - WINDOW + 1);
}

/** Every WINDOW-character window of every form, each once, with what masking it needs. */
function windowList(forms: readonly ScanForm[]): WindowHit[] {
  const byWindow = new Map<string, WindowHit>();
  for (const f of forms) {
    for (let j = firstWindow(f); j + WINDOW <= f.form.length; j++) {
      const skip = Math.max(0, f.prefix - j);
      const window = f.form.slice(j, j + WINDOW);
      const old = byWindow.get(window);
      if (old) {
        if (f.kind === 'password') old.kind = 'password';
        old.skip = Math.min(old.skip, skip);
      } else byWindow.set(window, { window, kind: f.kind, skip });
    }
  }
  return [...byWindow.values()];
}

/**
 * The ANCHOR characters of a form at `at`, and the windows that hold it there: those starting at `first` to `last`.
 * Anchors sit at every ANCHOR-th position from a form's first window, so each window holds one within its first
 * ANCHOR characters. A text that holds no anchor holds no window; where it holds one, the few windows around it are
 * compared. (This replaced one regular expression listing every window: compiling it cost 1 to 3% of a doctor run.)
 */
interface Anchor {
  form: string;
  at: number;
  first: number;
  last: number;
}

function anchorsOf(forms: readonly ScanForm[]): Map<string, Anchor[]> | null {
  const anchors = new Map<string, Anchor[]>();
  for (const f of forms) {
    const firstAt = firstWindow(f);
    const lastWindow = f.form.length - WINDOW;
    if (lastWindow < firstAt) continue;
    for (let at = firstAt; at <= lastWindow + ANCHOR - 1; at += ANCHOR) {
      const anchor = { form: f.form, at, first: Math.max(firstAt, at - ANCHOR + 1), last: Math.min(at, lastWindow) };
      const piece = f.form.slice(at, at + ANCHOR);
      const same = anchors.get(piece);
      if (same) same.push(anchor);
      else if (anchors.size === MAX_ANCHORS) return null;
      else anchors.set(piece, [anchor]);
    }
  }
  return anchors;
}

/** Whether `text` holds a window of a form: String.indexOf finds the anchors, natively, and only their windows are compared. */
function holdsWindow(text: string, anchors: ReadonlyMap<string, readonly Anchor[]>): boolean {
  for (const [piece, list] of anchors) {
    for (let q = text.indexOf(piece); q !== -1; q = text.indexOf(piece, q + 1)) {
      for (const { form, at, first, last } of list) {
        for (let j = first; j <= last; j++) {
          const start = q - (at - j);
          if (start >= 0 && text.startsWith(form.slice(j, j + WINDOW), start)) return true;
        }
      }
    }
  }
  return false;
}

/** The windows by rolling hash, as maskWindows' scan computes it. */
interface HashLookup {
  hits: Map<number, WindowHit[]>;
  /** A bit per hash bucket: "no window ends here" for almost every position, without a Map lookup. */
  bloom: Uint8Array;
}

function hashLookup(list: readonly WindowHit[]): HashLookup {
  const hits = new Map<number, WindowHit[]>();
  const bloom = new Uint8Array(BLOOM_MASK + 1);
  for (const hit of list) {
    let h = 0;
    for (let i = 0; i < WINDOW; i++) h = roll(h, hit.window, i);
    const same = hits.get(h);
    if (same) same.push(hit);
    else hits.set(h, [hit]);
    bloom[h & BLOOM_MASK] = 1;
  }
  return { hits, bloom };
}

interface WindowHit {
  window: string;
  kind: SecretKind;
  /** Leading characters of the window that are the key's public prefix (sk-kimi-), left visible. */
  skip: number;
}

const SPACE = /\s/;
const SPACES = /\s+/g;
const SPACE_CHAR = /^\s$/;
const HASH_BASE = 31;
const BLOOM_MASK = 0xffff;
/** HASH_BASE ** WINDOW, in 32-bit arithmetic: what the character leaving the window contributed, after one more step. */
const HASH_OUT = Array.from({ length: WINDOW }).reduce<number>((p) => Math.imul(p, HASH_BASE), 1);

/** The hash of the WINDOW characters ending at text[i], from the hash of those ending at text[i - 1]. */
function roll(h: number, text: string, i: number): number {
  const next = Math.imul(h, HASH_BASE) + text.charCodeAt(i);
  return (i < WINDOW ? next : next - Math.imul(text.charCodeAt(i - WINDOW), HASH_OUT)) | 0;
}

/** Where each character of the whitespace-free text sits in the original. */
function positions(text: string, length: number): Int32Array {
  const at = new Int32Array(length);
  let n = 0;
  for (let i = 0; i < text.length && n < length; i++) if (!SPACE_CHAR.test(text[i])) at[n++] = i;
  return at;
}

/**
 * How an echo may encode the secret: JSON-escaped, percent-encoded, and base64 (standard and URL-safe) at each of
 * the three alignments it can have inside a longer encoded text (Basic user:password), minus the edge characters
 * that depend on its neighbours.
 */
function encodedForms(secret: string): string[] {
  const forms = new Set([jsonEscaped(secret)]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be percent-encoded, so no echo holds it that way.
  }
  const bytes = Buffer.from(secret, 'utf8');
  for (let align = 0; align < 3; align++) {
    const b64 = base64(bytes, align);
    const inner = b64.slice(align ? 4 : 0, Math.floor((align + bytes.length) / 3) * 4);
    forms.add(inner);
    forms.add(inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  forms.delete(secret);
  return [...forms].filter((f) => f.length >= WINDOW);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Standard base64 of `zeros` zero bytes followed by `bytes`: what Buffer.concat([Buffer.alloc(zeros), bytes])
 * .toString('base64') gives, without their first-call cost (0.5 ms of a doctor run for a handful of bytes).
 */
export function base64(bytes: Uint8Array, zeros = 0): string {
  const at = (i: number) => (i < zeros ? 0 : bytes[i - zeros]);
  const n = zeros + bytes.length;
  let out = '';
  for (let i = 0; i < n; i += 3) {
    const triple = (at(i) << 16) | ((i + 1 < n ? at(i + 1) : 0) << 8) | (i + 2 < n ? at(i + 2) : 0);
    out += BASE64[(triple >> 18) & 63] + BASE64[(triple >> 12) & 63];
    out += i + 1 < n ? BASE64[(triple >> 6) & 63] : '=';
    out += i + 2 < n ? BASE64[triple & 63] : '=';
  }
  return out;
}

function jsonEscaped(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

