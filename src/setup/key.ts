// The key is checked before anything is written, with the api-key check's own analysis
// (src/config/key-analysis.ts): setup never writes a key the doctor would then fail. Never prints the key.
import { analyzeKey, asciiTrim, MIN_KEY_LENGTH, type KeyProblem } from '../config/key-analysis';
import type { FixMessage } from '../fix/types';
import type { Region } from './regions';

/** Anthropic keys are about 110 characters, Moonshot's about 50; anything far longer is not one key. */
export const MAX_KEY_LENGTH = 512;

/**
 * The key as written: the ASCII whitespace around it (the newline of `echo key |`) removed, as Claude Code
 * trims it; a BOM or a no-break space is kept, so the analysis can name it.
 */
export const normalizeKey = (raw: string) => asciiTrim(raw);

/** What setup says for each problem the api-key check would fail on, most telling first. */
const ORDER: Array<KeyProblem['kind']> = [
  'bearer-prefix',
  'quoted',
  'placeholder',
  'inner-whitespace',
  'non-ascii',
  'anthropic-key-on-kimi',
  'kimi-code-key-on-platform',
  'platform-key-on-kimi-code',
  'too-short',
  'unknown-prefix',
];

function message(p: KeyProblem, region: Region): FixMessage | undefined {
  switch (p.kind) {
    case 'bearer-prefix':
      return { code: 'setup.key-bearer', values: {} };
    case 'quoted':
      return { code: 'setup.key-quoted', values: { where: p.where } };
    case 'placeholder':
      return { code: 'setup.key-placeholder', values: {} };
    case 'inner-whitespace':
      return { code: 'setup.key-whitespace', values: { position: p.position } };
    case 'non-ascii':
      return { code: 'setup.key-non-ascii', values: { position: p.position, codePoint: p.codePoint } };
    case 'anthropic-key-on-kimi':
      return { code: 'setup.key-anthropic', values: {} };
    case 'kimi-code-key-on-platform':
      return { code: 'setup.key-kimi-on-platform', values: { region } };
    case 'platform-key-on-kimi-code':
      return { code: 'setup.key-platform-on-kimi', values: {} };
    case 'too-short':
      return { code: 'setup.key-too-short', values: { length: p.length, min: MIN_KEY_LENGTH } };
    case 'unknown-prefix':
      return { code: 'setup.key-prefix', values: {} };
    default:
      return undefined;
  }
}

/** undefined when the key may be used for the region; otherwise why not. `key` is normalizeKey's result. */
export function keyProblem(key: string, region: Region): FixMessage | undefined {
  if (key === '') return { code: 'setup.key-missing', values: {} };
  if (key.length > MAX_KEY_LENGTH) return { code: 'setup.key-too-long', values: { length: key.length, max: MAX_KEY_LENGTH } };
  const lines = key.split(/\r\n|\r|\n/).length;
  if (lines > 1) return { code: 'setup.key-multiline', values: { lines } };
  const { problems } = analyzeKey(key, region);
  for (const kind of ORDER) {
    const p = problems.find((x) => x.kind === kind);
    const m = p && message(p, region);
    if (m) return m;
  }
  return undefined;
}
