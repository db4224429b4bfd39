// A leaked secret may hide behind an output format's escaping. Each view undoes one format's escaping,
// so a search over every view finds the secret however it was written.

const XML_ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

function xmlDecoded(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|amp);/g, (m) => XML_ENTITIES[m]);
}

/** GitHub workflow commands percent-encode %, CR, LF (and : , in properties). */
function percentDecoded(text: string): string {
  return text.replace(/%([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Markdown table cells escape | and other punctuation with a backslash. */
function markdownUnescaped(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Every string in a JSON document, unescaped, one per line. */
function jsonStrings(text: string): string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return '';
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), walk(x));
  };
  walk(doc);
  return out.join('\n');
}

/** Every base64 or base64url run, decoded at each of its four starting characters (an echo may start mid-group). */
function base64Decoded(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/_-]{12,}/g)) {
    for (let start = 0; start < 4; start++) {
      const run = m[0].slice(start).replace(/-/g, '+').replace(/_/g, '/');
      out.push(Buffer.from(run.slice(0, run.length - (run.length % 4)), 'base64').toString('latin1'));
    }
  }
  return out.join('\n');
}

export function outputViews(text: string): string[] {
  return [text, xmlDecoded(text), percentDecoded(text), markdownUnescaped(text), jsonStrings(text), base64Decoded(text)];
}

/**
 * Windows of `length` characters of the secret that appear in any view. Windows lying wholly inside the
 * secret's public prefix (sk-kimi-, sk-ant-api03-) are not secret and are skipped.
 */
export function leakedWindows(secret: string, publicPrefix: string, views: readonly string[], length = 8): string[] {
  const leaks = new Set<string>();
  for (let i = 0; i + length <= secret.length; i++) {
    if (i + length <= publicPrefix.length) continue;
    const window = secret.slice(i, i + length);
    if (views.some((v) => v.includes(window))) leaks.add(window);
  }
  return [...leaks];
}
