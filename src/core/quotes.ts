// The quotes people paste around a key: straight and back quotes, the curly ones a word processor or a chat app puts
// in, and the full-width one a Chinese input method types. One list for the key analysis, the redactor and --fix.
//
// Loops rather than /^["'`“”‘’＂]+|…+$/: V8 compiles such a pattern to machine code on its first use (up to 180,000
// instructions), and an offline run used five of them, one per module (0.18% of its instructions).

const QUOTES = '"\'`\u201c\u201d\u2018\u2019\uff02';

/** One character (a UTF-16 unit) that is one of the quotes. */
export function isQuote(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && QUOTES.includes(char);
}

/** How many quotes `text` starts with. */
export function leadingQuotes(text: string): number {
  let n = 0;
  while (n < text.length && QUOTES.includes(text[n])) n++;
  return n;
}

/** `text` without the quotes at either end (any number of them). */
export function stripQuotes(text: string): string {
  const start = leadingQuotes(text);
  let end = text.length;
  while (end > start && QUOTES.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Whether `text` holds a quote anywhere. */
export function hasQuote(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (QUOTES.includes(text[i])) return true;
  return false;
}
