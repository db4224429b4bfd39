// Characters that look like ASCII in a URL or key but are not: what copying from a Chinese document,
// a chat app or a word processor leaves behind.

/** Full-width and look-alike characters mapped to what the user meant. */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  '\uff1a': ':', // ：
  '\uff0f': '/', // ／
  '\uff0e': '.', // ．
  '\u3002': '.', // 。
  '\uff61': '.', // ｡
  '\u2024': '.', // ․ one dot leader
  '\uff0d': '-', // －
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\uff3f': '_',
  '\uff1f': '?',
  '\uff03': '#',
  '\uff1d': '=',
  '\uff06': '&',
  '\u2044': '/',
  '\u2215': '/',
};

export const SMART_QUOTES: Readonly<Record<string, string>> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u300c': '"',
  '\u300d': '"',
  '\uff02': '"',
  '\uff07': "'",
};

/** Zero-width characters, BOM and spaces that are not U+0020. */
// Control characters count too (an escape sequence or a bell pasted from a terminal); tab, CR and LF do not:
// URL parsing drops them, so the request still works.
export const INVISIBLES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\u00ad]/;

export interface OddChar {
  char: string;
  /** "U+FF1A" */
  codePoint: string;
  /** 1-based position in the value as given. */
  position: number;
  /** What it most likely should be, or '' when it should be removed. */
  replacement: string;
}

export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Full-width letters and digits (ｓｋ１) fold to ASCII as well. */
export function foldFullWidth(ch: string): string | undefined {
  const c = ch.codePointAt(0)!;
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return undefined;
}
