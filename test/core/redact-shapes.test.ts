// The redactor runs each credential-shape pass only on text that holds the pass's marker. This proves the skip loses
// nothing: the five passes run unconditionally give the same text.
import fc from 'fast-check';
import { base64, maskShapes, Redactor, SHAPES } from '../../src/core/redact';

const FRAGMENTS = [
  '://', ':/', '/', ':', '@', '=', '"', "'", ' ', '\n', '\t', '-', '_', '+', '.',
  'Bearer ', 'bearer\t', 'BEARER', 'bear', 'er', 'Basic ', 'basic', 'BASIC ', 'bas', 'ic',
  'x-api-key', 'X-Api-Key: ', 'x-api', '-key', 'authorization', 'Authorization=', 'Proxy-Authorization: ', 'author', 'ization',
  'sk-', 'SK-', 'sk', 'risk-', 'kimi-', 'sk-kimi-',
  'abcdefgh', '12345678', 'Zm9vOmJhcg==', 'user', 'pass', 'https', 'socks5h', 'api.moonshot.cn', '/anthropic',
  '密钥', 'é', '\u{1F511}', '<', '>', '(', ')',
];

const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));

const everyPass = (t: string) => SHAPES.reduce((out, s) => out.replace(s.pattern, s.mask), t);

test('skipping a shape where its marker is missing changes nothing', () => {
  fc.assert(
    fc.property(text, (t) => maskShapes(t) === everyPass(t)),
    { numRuns: 20000 },
  );
});

test('the shapes are still masked where a marker is', () => {
  const r = new Redactor();
  expect(r.redact('curl -H "Authorization: Bearer abcdef123456" https://u:hunter22@proxy.example:8080')).toBe(
    'curl -H "Authorization: Bearer ***" https://u:***@proxy.example:8080',
  );
  expect(r.redact('x-api-key: abcdefghijkl and sk-abcdefghijklmnop1234')).toBe('x-api-key: *** and sk-…1234');
  expect(r.redact('Basic dXNlcjpwYXNzd29yZA==')).toBe('Basic ***');
});

test('base64 gives what Buffer gives, at every alignment', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 80 }), fc.integer({ min: 0, max: 2 }), (bytes, zeros) => {
      expect(base64(bytes, zeros)).toBe(Buffer.concat([Buffer.alloc(zeros), Buffer.from(bytes)]).toString('base64'));
    }),
    { numRuns: 3000 },
  );
});

test('an answer given before a secret was added is not given again after', () => {
  const r = new Redactor();
  const line = 'token=abcdefghijklmnopqrstuv in the log';
  expect(r.redact(line)).toBe(line);
  r.add('abcdefghijklmnopqrstuv');
  expect(r.redact(line)).not.toContain('abcdefghijklmnopqrstuv');
});

test('the window gate changes nothing: with a few secrets or too many to list, the same text is masked the same way', () => {
  const key = 'sk-Rd7pQx2Lm9Vt4Kw8Zc1Hs6Nf3Bj5Gy0UaRd7pQx2L';
  const echoes = [
    `cut: ${key.slice(10, 30)}`,
    `split: ${key.slice(0, 20)}\n  ${key.slice(20)}`,
    `base64: ${Buffer.from(`user:${key}`).toString('base64')}`,
    `percent: ${encodeURIComponent(key)}`,
    'nothing here at all',
  ];
  const few = new Redactor();
  few.add(key);
  const many = new Redactor();
  many.add(key);
  // Enough long secrets that the gate is not built: the loop alone decides.
  for (let i = 0; i < 12; i++) many.add(`${'x'.repeat(i)}${'0123456789abcdef'.repeat(16)}`);
  for (const text of echoes) expect(few.redact(text)).toBe(many.redact(text));
  expect(few.redact(echoes[0])).not.toContain(key.slice(14, 22));
  expect(few.redact(echoes[4])).toBe(echoes[4]);
});

test('every window of a key is found wherever it starts, also across the public prefix and at the very end', () => {
  for (const key of ['sk-kimi-Rd7pQx2Lm9Vt4Kw8Zc1Hs6Nf3Bj5Gy0U', 'sk-Rd7pQx2Lm9Vt4Kw8Zc1Hs6Nf3Bj5', 'Rd7pQx2Lm9Vt4']) {
    const r = new Redactor();
    r.add(key);
    const prefix = /^sk-(?:kimi-)?/.exec(key)?.[0].length ?? 0;
    for (let j = Math.max(0, prefix - 7); j + 8 <= key.length; j++) {
      const echo = key.slice(j, j + 8);
      const out = r.redact(`path=/x/${echo}/y`);
      // What stays is at most the public prefix: no character of the window past it.
      expect(out).toBe(`path=/x/${echo.slice(0, Math.max(0, prefix - j))}…/y`);
    }
  }
});

// Secrets with more distinct pieces between them than the redactor looks for one by one: random runs of fourteen
// lowercase letters. A text below holds one of their windows only by chance, about one in twenty million per text.
const FILLERS = [1, 2, 3].map((seed) => {
  let x = seed;
  return Array.from({ length: 256 }, () => 'bcfgimnoqrvwxz'[((x = (x * 1103515245 + 12345) % 2147483648) >> 16) % 14]).join('');
});

test('looking for anchors finds what scanning every position finds', () => {
  const body = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ23456789-_'), minLength: 6, maxLength: 40 });
  const secret = fc.tuple(fc.constantFrom('', 'sk-', 'sk-kimi-'), body).map(([p, b]) => p + b);
  const scenario = secret.chain((key) => {
    const forms = [key, Buffer.from(`u:${key}`).toString('base64'), encodeURIComponent(key), key.toLowerCase()];
    const slice = fc
      .tuple(fc.constantFrom(...forms), fc.nat(), fc.nat(), fc.constantFrom('', ' ', '\n  '), fc.nat())
      .map(([form, a, b, space, at]) => {
        const start = a % form.length;
        // Often a single window or a little more: where a missed window would not hide behind its neighbours.
        const length = b % 2 === 0 ? 8 + (b % 3) : 1 + b;
        const cut = form.slice(start, start + length);
        const split = at % (cut.length + 1);
        return cut.slice(0, split) + space + cut.slice(split);
      });
    const part = fc.oneof(slice, fc.constantFrom(' ', '\n', 'path=', '/', ':', 'hello world', '…'));
    return fc.tuple(fc.constant(key), fc.array(part, { maxLength: 6 }).map((parts) => parts.join('')));
  });
  fc.assert(
    fc.property(scenario, fc.boolean(), ([key, text], password) => {
      const anchored = new Redactor();
      anchored.add(key, password ? 'password' : 'key');
      const scanned = new Redactor();
      scanned.add(key, password ? 'password' : 'key');
      // Too many pieces to look for one by one: the scan alone decides.
      for (const filler of FILLERS) scanned.add(filler);
      expect(anchored.redact(text)).toBe(scanned.redact(text));
    }),
    { numRuns: 300 },
  );
});

test('a report redacted as a whole comes out as every string redacted on its own', () => {
  const key = 'sk-kimi-Rd7pQx2Lm9Vt4Kw8Zc1Hs6Nf3Bj5Gy0U';
  const password = 'p@ss:word-99';
  // Strings that hold nothing, a secret or part of one, a shape, or text that only looks like one when joined to the next.
  const piece = fc.oneof(
    text,
    fc.constantFrom(key, 'Xq9-7zw', key.slice(3, 14), key.slice(-9), `${key.slice(0, 12)}\n${key.slice(12)}`, password, encodeURIComponent(password)),
    fc.constantFrom('sk-', 'abcdefgh', 'Bearer', 'ijklmnop', 'Authorization:', 'Rd7pQx2L', 'm9Vt4Kw8', 'sk-kimi-', 'https://u:', '@host'),
    fc.constantFrom('https://u:hunter22@proxy.example', 'Bearer abcdef123456', 'Basic dXNlcjpwYXNz', 'x-api-key: abcdef123456', 'sk-abcdefghijkl'),
  );
  const leaf = fc.oneof(piece, fc.integer(), fc.boolean(), fc.constant(null));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(piece, tie('tree'), { maxKeys: 4 })),
  }));
  const oneByOne = (r: Redactor, v: unknown): unknown => {
    if (typeof v === 'string') return r.redact(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => oneByOne(r, x));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [r.redact(k), oneByOne(r, x)]));
  };
  fc.assert(
    fc.property(tree, fc.boolean(), (report, withSecrets) => {
      const r = new Redactor();
      if (withSecrets) {
        r.add(key);
        // Shorter than a window: only replaced whole.
        r.add('Xq9-7zw');
        r.addUrlPassword(`http://me:${encodeURIComponent(password)}@proxy.example:8080`);
      }
      expect(r.redactDeep(report)).toEqual(oneByOne(r, report));
    }),
    { numRuns: 3000 },
  );
});
