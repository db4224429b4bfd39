// Bundles the CLI into one file (dist/cli.js) so start-up reads one module instead of hundreds.
// undici stays external: it is required only when a network check runs.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/**
 * Two start-up costs of yargs that the doctor never needs unless help is shown (README, "Speed"):
 * - its `require('assert')` loads Node's assert module, which creates process.stderr (and the stream stack behind
 *   it) at load; yargs only uses `assert.strictEqual` and `assert.notStrictEqual` on its own state, so a three-line
 *   stand-in does the same job;
 * - its platform shim reads `process.stdout.columns` at load, which creates process.stdout; the doctor reads the
 *   terminal's width only when help is laid out, so the shim reads it when asked.
 * Each edit must match exactly: a yargs release that changes these lines fails the build instead of silently
 * losing the edit.
 */
const yargsStartup = {
  name: 'yargs-startup',
  setup(build) {
    build.onResolve({ filter: /^assert$/ }, (args) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: 'yargs-assert', namespace: 'yargs-assert' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'yargs-assert' }, () => ({
      loader: 'js',
      contents: [
        "function fail(a, b, m) { throw Object.assign(new Error(m || 'yargs: ' + String(a) + ' vs ' + String(b)), { code: 'ERR_ASSERTION' }); }",
        'exports.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m); };',
        'exports.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m); };',
      ].join('\n'),
    }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]yargs[\\/]build[\\/]index\.cjs$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const eager = 'stdColumns:void 0!==process.stdout.columns?process.stdout.columns:null';
      if (!source.includes(eager)) throw new Error(`yargs-startup: ${args.path} no longer reads stdColumns as expected; update scripts/build.js`);
      return { loader: 'js', contents: source.replace(eager, `get stdColumns(){return void 0!==process.stdout.columns?process.stdout.columns:null}`) };
    });
  },
};

/**
 * esbuild escapes non-ASCII characters except where it cannot: template literals (the Chinese catalogue's tagged
 * templates) and regular expressions. One such character makes V8 hold the whole 650 kB bundle as a two-byte string
 * and makes Node decode it as UTF-8; an all-ASCII bundle is read as Latin-1, in half the memory and a fraction of the
 * time (bin/kimi-claude.js). \uXXXX means the same character in a string, a template, a regular expression (with or
 * without the u flag, a surrogate pair stays one code point) and an identifier; String.raw keeps the escape as
 * written, and the bundle's one String.raw builds a RegExp, which reads it as the same character.
 */
function asciiOnly(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** The options of the CLI's bundle; npm run bench builds its floor (yargs alone) with the same ones. */
const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node18.17',
  format: 'cjs',
  external: ['undici'],
  plugins: [yargsStartup],
  // Whitespace and syntax only: names stay readable in the stack of a crashed check (--verbose).
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
};

/**
 * The bundle is written already wrapped in the function Node wraps a CommonJS module in, so bin/kimi-claude.js hands
 * V8 the file's text as it is: wrapping it at start-up (Module.wrap) joins two strings around 700 kB, which V8 then
 * copies into one before it compiles or checks the code cache (3 ms of every run; README, "Speed"). The launcher
 * calls the function as Node would call a module's.
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

/** Bundles with the options above and writes each output in ASCII, wrapped as above. */
async function bundle(options) {
  const result = await esbuild.build({ ...bundleOptions, ...options });
  for (const file of result.outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, WRAPPER[0] + asciiOnly(file.text) + WRAPPER[1]);
  }
}

module.exports = { bundle, bundleOptions, WRAPPER };

if (require.main === module) {
  bundle({ entryPoints: [path.join(__dirname, '..', 'src', 'cli.ts')], outfile: path.join(__dirname, '..', 'dist', 'cli.js') }).catch(() =>
    process.exit(1),
  );
}
