// The patterns that lost their i flag (src/core/ascii-case.ts) are tested on text with its ASCII letters lower-cased.
// These properties prove that each answers exactly as its i-flagged form did on the original text, including on
// characters that case-fold onto ASCII letters under Unicode rules (ſ, the Kelvin sign, ı, İ, ﬀ, ẞ).
import fc from 'fast-check';
import { asciiLower } from '../../src/core/ascii-case';
import { analyzeKey } from '../../src/config/key-analysis';
import { isSecretName, soundsSecret } from '../../src/config/secrets';
import { nodeInstaller } from '../../src/facts/node-installer';

const ODD = ['ſ', '\u212a', 'ı', 'İ', 'ﬀ', 'ẞ', 'ß', 'µ', 'É', 'é', '密'];

/** Each piece, and the piece with k, s and i written as the Kelvin sign, ſ and ı (which upper-case to K, S, I). */
function withOddLetters(pieces: string[]): string[] {
  return pieces.flatMap((p) => [p, p.replace(/k/g, '\u212a'), p.replace(/s/g, 'ſ'), p.replace(/i/g, 'ı')]);
}

/** Text made of the given pieces, written in random case, with odd characters and random ones between them. */
function textOf(pieces: string[]): fc.Arbitrary<string> {
  const piece = fc
    .tuple(fc.constantFrom(...withOddLetters(pieces)), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
    .map(([p, upper]) => [...p].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
  return fc
    .array(fc.oneof(piece, fc.constantFrom(...ODD), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 8 })
    .map((parts) => parts.join(''));
}

test('asciiLower lower-cases A-Z only and keeps the length', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 30 }), textOf(['ABC', 'xyz']), (a, b) => {
      for (const t of [a, b]) {
        const lower = asciiLower(t);
        expect(lower.length).toBe(t.length);
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          expect(lower.charCodeAt(i)).toBe(c >= 65 && c <= 90 ? c + 32 : c);
        }
      }
    }),
    { numRuns: 5000 },
  );
  expect(asciiLower('PASſWORD_İ_\u212aEY')).toBe('pasſword_İ_\u212aey');
});

test('isSecretName and soundsSecret answer as the i-flagged name patterns did', () => {
  const secretWord = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH(?!OR))/i;
  const notSecret = /(_SOCK|^XAUTHORITY|_FILE|_PATH|_DIR)$/i;
  const name = textOf(['key', 'token', 'secret', 'password', 'passwd', 'credential', 'auth', 'author', '_sock', 'xauthority', '_file', '_path', '_dir', '_', 'api']);
  fc.assert(
    fc.property(name, (n) => {
      expect(soundsSecret(n)).toBe(secretWord.test(n));
      expect(isSecretName(n)).toBe(secretWord.test(n) && !notSecret.test(n));
    }),
    { numRuns: 20000 },
  );
});

test('analyzeKey finds placeholders and a Bearer prefix as the i-flagged patterns did', () => {
  const placeholders = [
    /x{4,}/i,
    /\.{3}|…/,
    /你的|您的|密钥|示例|替换/,
    /<[^>]*>|\{\{|\$\{/,
    /your[\s_-]*(api[\s_-]*)?(key|token)/i,
    /^(sk-)?(api[_-]?key|key|token|changeme|placeholder|test|example|dummy|todo|none|null|undefined)$/i,
  ];
  const words = ['sk-', 'api', 'key', 'token', 'your', 'changeme', 'placeholder', 'test', 'example', 'dummy', 'todo', 'none', 'null', 'undefined', 'x', 'xx', '_', '-', ' '];
  // A key with letters and digits at both ends: no quotes or whitespace to strip, so the patterns see it as written.
  const key = fc.tuple(textOf(words), fc.constantFrom('', 'a1', '9')).map(([k, end]) => `a${k}${end}`.replace(/\s+$/, 'z'));
  fc.assert(
    fc.property(key, (k) => {
      const placeholder = placeholders.some((p) => p.test(k));
      expect(analyzeKey(k, null).problems.some((p) => p.kind === 'placeholder')).toBe(placeholder);
    }),
    { numRuns: 20000 },
  );
  const bearer = fc.tuple(textOf(['bearer', 'b', ' ', '\t']), fc.stringMatching(/^[A-Za-z0-9]{0,30}$/)).map(([a, b]) => `${a}${b}z`);
  fc.assert(
    fc.property(bearer, (raw) => {
      const k = raw.replace(/^\s+/, '');
      const found = /^bearer[ \t]+/i.exec(k);
      const analysis = analyzeKey(k, null);
      expect(analysis.problems.some((p) => p.kind === 'bearer-prefix')).toBe(found !== null);
    }),
    { numRuns: 20000 },
  );
});

test('nodeInstaller names the same version manager as with the i-flagged path markers', () => {
  const before = (platform: NodeJS.Platform, paths: string[]): string => {
    const all = [...new Set(paths.filter((p) => !!p).map((p) => p.replace(/\\/g, '/')))];
    const any = (re: RegExp) => all.some((p) => re.test(p));
    if (any(/\/\.?nvm\/versions\/node\/|\/nvm\/v\d[^/]*\/node(?:\.exe)?$|\/nvm4w\/|\/AppData\/(?:Roaming|Local)\/nvm\//i)) return 'nvm';
    if (any(/\/fnm\/node-versions\/|\/fnm_multishells\/|\/\.fnm\//i)) return 'fnm';
    if (any(/\/\.?volta\/|\/Volta\//i)) return 'volta';
    if (any(/\/mise\/installs\//)) return 'mise';
    if (any(/^\/opt\/homebrew\/|^\/usr\/local\/Cellar\/|^\/usr\/local\/opt\/node|\/\.linuxbrew\//)) return 'homebrew';
    const first = all[0] ?? '';
    if (platform === 'win32' && /\/Program Files(?: \(x86\))?\/nodejs\/node\.exe$/i.test(first)) return 'official';
    if (platform === 'darwin' && first === '/usr/local/bin/node') return 'official';
    if (platform === 'linux' && /^\/usr\/bin\/node(?:js)?$/.test(first)) return 'distro';
    return 'unknown';
  };
  // Each marker whole (and cut at a separator), so that random case and odd letters land inside one.
  const markers = ['/.nvm/versions/node/', '/nvm/v20.1.0/node.exe', '/nvm/v2/node', '/nvm4w/', '/AppData/Roaming/nvm/', '\\AppData\\Local\\nvm\\', '/fnm/node-versions/', '/fnm_multishells/', '/.fnm/', '/.volta/', '/Volta/', '/mise/installs/', '/opt/homebrew/', '/usr/local/Cellar/', '/Program Files (x86)/nodejs/node.exe', '/Program Files/nodejs/node.exe', '/usr/bin/node', '/usr/bin/nodejs', '/usr/local/bin/node'];
  const segments = [...markers, ...markers.map((m) => m.slice(0, m.lastIndexOf('/', m.length - 2) + 1)), '/', '\\', '.', 'v', '1', 'bin', '.exe'];
  const path = textOf(segments);
  fc.assert(
    fc.property(fc.constantFrom<NodeJS.Platform>('linux', 'win32', 'darwin'), fc.array(path, { minLength: 1, maxLength: 2 }), (platform, paths) => {
      expect(nodeInstaller({ platform }, paths)).toBe(before(platform, paths));
    }),
    { numRuns: 20000 },
  );
});
