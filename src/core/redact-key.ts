// The one way a key is shown in findings and data: enough to tell two keys apart, never enough to use one.
// Matches the output redactor's mask (src/core/redact.ts), so a key looks the same wherever it appears.

/** `sk-…abcd` for a long key; just `…` for one shorter than 12 characters (its tail would be a large share of it). */
export function redactKey(key: string): string {
  const k = key.trim();
  if (k.length < 12) return '…';
  return `${k.startsWith('sk-') ? 'sk-' : ''}…${printable(k.slice(-4))}`;
}

/** Invisible or control characters in the tail would confuse the reader; show their code points. */
function printable(s: string): string {
  return [...s].map((c) => (/[\x21-\x7e]/.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).join('');
}
