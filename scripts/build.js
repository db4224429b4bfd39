// Bundles the CLI into one file (dist/cli.js) so start-up reads one module instead of hundreds.
// undici stays external: it is required only when a network check runs.
'use strict';
const crypto = require('crypto');
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/**
 * Start-up costs of yargs that the doctor does not need (README, "Speed"); the bundle's copy of yargs is edited:
 * - its `require('assert')` loads Node's assert module, which creates process.stderr (and the stream stack behind
 *   it) at load; yargs only uses `assert.strictEqual` and `assert.notStrictEqual` on its own state, so a three-line
 *   stand-in does the same job;
 * - its platform shim reads `process.stdout.columns` at load, which creates process.stdout; the doctor reads the
 *   terminal's width only when help is laid out, so the shim reads it when asked;
 * - its platform shim loads cliui (with wrap-ansi, string-width, ansi-styles: about 0.4 ms), escalade,
 *   get-caller-file and require-directory at load; yargs uses them only to lay out help, to find package.json (see
 *   below) and for `.commandDir()` (never called), so the shim loads each when it is first used;
 * - its `argsert` checks the types of the arguments of every API call (`.option()`, `.command()`, ...) by parsing a
 *   signature string each time (about 1 ms per run); it only ever warns (console.warn in its own catch), and the CLI's
 *   calls are fixed and checked against the real argsert by test/cli/startup-output.test.ts, so it returns at once;
 * - the `yargs()` factory calls `.version()` with no version, which walks up from the bundle to find, read and parse a
 *   package.json (about 0.6 ms); src/cli/args.ts always replaces that option with `.version(version)`, which sets the
 *   same option and description again, so the factory leaves it to the caller;
 * - y18n looks for yargs' locale files next to the bundle (a stat and a read per locale, each failing with ENOENT,
 *   so Node builds two Error objects with stack traces); the files are never there (the package does not ship them;
 *   src/cli/yargs-strings.ts gives yargs its Chinese), so y18n is told it has no file system to read, a case it
 *   handles already (for bundlers): every lookup then finds an empty table, as the failed reads did;
 * - its `getInternalMethods()` binds about twenty methods anew each time it is called (41 places, many calls per
 *   parse); the methods are the instance's own and never replaced, so they are bound once per instance;
 * - y18n passes every string through util.format, even with nothing to fill in (util.format then returns the string
 *   as it is); the doctor's one such lookup (yargs' "Positionals:") was the process's first util.format call, which
 *   costs about 0.15 ms of lazy compilation in Node, so a lone string is returned directly.
 * Each edit must match exactly: a yargs release that changes these lines fails the build instead of silently
 * losing the edit.
 *
 * string-width (cli-table3's measure of a cell) answers printable ASCII by its length: otherwise each call builds
 * strip-ansi's pattern anew and runs the 10 kB emoji pattern, whose first use compiles it to machine code (1 ms of
 * every human report, whose environment table is ASCII but for its Chinese labels). For printable ASCII the full
 * measure gives the same: no escape to strip, no emoji, one column per character.
 *
 * chalk's copy of supports-color is a stand-in that detects nothing: at load, supports-color requires Node's tty
 * module, which loads net and the whole stream stack (5 ms of every human report, even one written to a pipe, since
 * these modules load after the launcher's flags and so compile from source). chalk uses the detected level only for
 * its default instance; the doctor always makes its own, with the level src/core/locale.ts worked out
 * (`new Instance({ level })`), and never uses the default one.
 */
/** Replaces each [from, to] in source, where `from` must occur exactly once. */
function edit(file, source, edits) {
  for (const [from, to] of edits) {
    if (source.split(from).length !== 2) throw new Error(`scripts/build.js: ${file} no longer contains ${JSON.stringify(from)} once; update scripts/build.js`);
    source = source.replace(from, () => to);
  }
  return source;
}

/** An esbuild onLoad callback that serves a module's source with the given edits made. */
function edited(edits) {
  return (args) => ({ loader: 'js', contents: edit(args.path, fs.readFileSync(args.path, 'utf8'), edits) });
}

const yargsStartup = {
  name: 'yargs-startup',
  setup(build) {
    build.onResolve({ filter: /^assert$/ }, (args) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: 'yargs-assert', namespace: 'yargs-assert' } : undefined,
    );
    build.onResolve({ filter: /^supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'chalk-supports-color', namespace: 'chalk-supports-color' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'chalk-supports-color' }, () => ({
      loader: 'js',
      contents: 'module.exports = { stdout: false, stderr: false };',
    }));
    build.onLoad({ filter: /.*/, namespace: 'yargs-assert' }, () => ({
      loader: 'js',
      contents: [
        "function fail(a, b, m) { throw Object.assign(new Error(m || 'yargs: ' + String(a) + ' vs ' + String(b)), { code: 'ERR_ASSERTION' }); }",
        'exports.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m); };',
        'exports.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m); };',
      ].join('\n'),
    }));
    build.onLoad(
      { filter: /[\\/]node_modules[\\/]yargs[\\/]build[\\/]index\.cjs$/ },
      edited([
        ['stdColumns:void 0!==process.stdout.columns?process.stdout.columns:null', 'get stdColumns(){return void 0!==process.stdout.columns?process.stdout.columns:null}'],
        // argsert (minified to `h`):
        ['function h(t,s,i){try{let n=0;', 'function h(t,s,i){return;try{let n=0;'],
        // the factory's guessed version:
        ['i.help(),i.version(),i}', 'i.help(),i}'],
        // the platform shim's modules for help, package.json lookups and commandDir:
        ['cliui:require("cliui"),findUp:require("escalade/sync")', 'get cliui(){return require("cliui")},get findUp(){return require("escalade/sync")}'],
        ['getCallerFile:require("get-caller-file")', 'get getCallerFile(){return require("get-caller-file")}'],
        [
          'requireDirectory:require("require-directory"),stringWidth:require("string-width")',
          'get requireDirectory(){return require("require-directory")},get stringWidth(){return require("string-width")}',
        ],
        // its internal methods, bound anew on each of its 41 calls (about 20 bound functions a call), bound once:
        [
          'getInternalMethods(){return{getCommandInstance:',
          'getInternalMethods(){return this[Symbol.for("kimi-claude.yargsInternal")]||(this[Symbol.for("kimi-claude.yargsInternal")]={getCommandInstance:',
        ],
        ['setHasOutput:this[Xt].bind(this)}}', 'setHasOutput:this[Xt].bind(this)})}'],
      ]),
    );
    build.onLoad(
      { filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ },
      edited([
        [
          "\tif (typeof string !== 'string' || string.length === 0) {\n\t\treturn 0;\n\t}\n",
          "\tif (typeof string !== 'string' || string.length === 0) {\n\t\treturn 0;\n\t}\n\tif (/^[\\x20-\\x7e]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n",
        ],
      ]),
    );
    build.onLoad(
      { filter: /[\\/]node_modules[\\/]y18n[\\/]build[\\/]index\.cjs$/ },
      edited([
        // no locale files:
        ['        readFileSync: fs.readFileSync,\n', ''],
        ['            return fs.statSync(file).isFile();', '            return false;'],
        // a lone string needs no util.format:
        ['    format: util.format,', '    format: (text, ...rest) => (rest.length === 0 && typeof text === "string" ? text : util.format(text, ...rest)),'],
      ]),
    );
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

/**
 * esbuild wraps each module it initialises on first use as `__esm({ "src/cli/doctor.ts"() { … } })` (and a CommonJS
 * one as `__commonJS({ "node_modules/…"(exports, module) { … } })`), and its helpers call the object's one method. The
 * bundle's top level makes all 228 of these objects, whether the module is used or not, each from a literal of its own:
 * V8 builds a literal that runs once field by field in its runtime, and each distinct key also gave each object a
 * hidden class of its own. Here the wrapper is the function itself, `__esm(function () { … })`, and the helpers call
 * it: a closure, and no object (2.2% of the instructions of an offline run, counted with valgrind: 1.6% for the classes,
 * 0.66% for the literals). A module's initialiser has no name in a stack trace; its position in dist/cli.js says which
 * module (naming each function after its module gave back a quarter of the gain).
 * The wrappers are found with TypeScript's parser, which knows where each one ends.
 */
function plainModuleWrappers(text) {
  const ts = require('typescript');
  const file = ts.createSourceFile('cli.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const cuts = [];
  const helpers = new Set();
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && HELPER_CALLS.has(node.expression.text) && node.arguments.length === 1) {
      helpers.add(node.expression.text);
      const [literal] = node.arguments;
      const method = ts.isObjectLiteralExpression(literal) && literal.properties.length === 1 ? literal.properties[0] : null;
      if (!method || !ts.isMethodDeclaration(method)) throw new Error(`module wrappers: ${node.expression.text}() no longer takes an object with one method; update scripts/build.js`);
      // `{"src/x.ts"(` becomes `function(`, and the literal's closing brace goes.
      cuts.push([literal.getStart(file), method.name.end, 'function'], [literal.end - 1, literal.end, '']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = text;
  for (const [from, to, by] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + by + out.slice(to);
  return edit('the bundle', out, [...helpers].map((name) => HELPER_CALLS.get(name)));
}

/** Each helper's call of the wrapper's one method, and its call of the function that replaces the wrapper. */
const HELPER_CALLS = new Map([
  ['__esm', ['fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0))', 'fn&&(res=(0,fn)(fn=0))']],
  ['__commonJS', ['mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod)', 'mod||(0,cb)((mod={exports:{}}).exports,mod)']],
]);

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

/**
 * A bundle file's text: the bundle in ASCII, wrapped as above, headed by a digest of it. The digest names the
 * bundle's code cache (bin/kimi-claude.js): V8 checks only that a cache was made for a text of the same length, so a
 * release that changed a few characters (a version string) would otherwise run the code of the one before.
 */
function bundleText(text) {
  const body = asciiOnly(plainModuleWrappers(text));
  const build = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
  return `${WRAPPER[0]}/* kimi-claude build ${build} */${body}${WRAPPER[1]}`;
}

/** Bundles with the options above and writes each output as bundleText makes it. */
async function bundle(options) {
  const result = await esbuild.build({ ...bundleOptions, ...options });
  for (const file of result.outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, bundleText(file.text));
  }
}

module.exports = { bundle, bundleOptions, bundleText, WRAPPER };

if (require.main === module) {
  bundle({ entryPoints: [path.join(__dirname, '..', 'src', 'cli.ts')], outfile: path.join(__dirname, '..', 'dist', 'cli.js') }).catch(() =>
    process.exit(1),
  );
}
