#!/usr/bin/env node
// Written in syntax that every Node since 0.10 parses, so that a too-old Node gets one clear line
// instead of a SyntaxError from the bundled code.
'use strict';
var MIN_MAJOR = 18;
var MIN_MINOR = 17;
var parts = process.versions.node.split('.');
var major = parseInt(parts[0], 10);
var minor = parseInt(parts[1], 10);
if (major < MIN_MAJOR || (major === MIN_MAJOR && minor < MIN_MINOR)) {
  var zh = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  process.stderr.write(
    zh
      ? 'kimi-claude: Node.js ' + process.version + ' 太旧，kimi-claude 和 Claude Code 都无法运行。请安装 Node.js 26 LTS（https://nodejs.org/en/download，或用你的版本管理器），然后重试。\n'
      : 'kimi-claude: Node.js ' + process.version + ' is too old for both kimi-claude and Claude Code. Install Node.js 26 LTS (https://nodejs.org/en/download, or your version manager) and try again.\n'
  );
  process.exitCode = 1;
} else {
  loadWithCodeCache(require('path').join(__dirname, '..', 'dist', 'cli.js'), commandOf(process.argv.slice(2)), major);
}

// Each command keeps its own code cache, and so does each language: a cache holds what the run that wrote it compiled,
// so a first run of --help must not leave every later doctor run compiling the checks again, nor an English run every
// later Chinese one compiling the Chinese wording (5 ms). The language is found as src/cli/main.ts finds it; a wrong
// guess costs speed only.
function commandOf(argv) {
  var first = argv[0];
  var command = first === 'doctor' || first === 'setup' || first === 'explain' ? first : 'other';
  return wantsChinese(argv, process.env) ? command + '-zh' : command;
}

function wantsChinese(argv, env) {
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i];
    var v = a === '--lang' ? argv[i + 1] : a.indexOf('--lang=') === 0 ? a.slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v === 'zh';
  }
  var names = ['LC_ALL', 'LC_MESSAGES', 'LANG'];
  for (var j = 0; j < names.length; j++) {
    var locale = (env[names[j]] || '').trim();
    if (locale) return /^zh([_-]|$)/i.test(locale);
  }
  return false;
}

// The doctor lives for a fraction of a second; V8's defaults are made for programs that run for minutes. Set before
// the bundle is compiled, so that the code cache is made and read under the same flags (V8 rejects a cache made
// under others), and after the built-in modules of an offline run are loaded: Node's own compiled code for them was
// made under V8's default flags too, so a built-in loaded later is compiled from its source (2 ms for these few).
// npm run bench measures them:
// - no optimising compiler: TurboFan compiles the hottest functions on background threads for a run that is over
//   before the result is used, and Node waits for those jobs before it exits (2 to 4 ms of an offline run on Node 20;
//   6 MB of peak memory on Node 22);
// - no baseline compiler either: Sparkplug compiles the functions that ran a while to machine code, which a run that
//   calls most of its functions a handful of times never earns back (1 to 2 ms of an offline run);
// - a young generation that keeps its first size (1 to 2 MB less);
// - WebAssembly (undici's HTTP parser) compiled by the baseline compiler only: V8 would go on optimising it in the
//   background after the doctor's one request, and the process could not exit until it was done (about 60 ms);
// - regular expressions compiled to machine code at their first use: by default V8 first interprets one and compiles
//   it again on its second use, so a pattern the run uses twice is compiled twice, to bytecode and then to machine
//   code (1 ms of an offline run, most of it the redactor's patterns);
// - no young-generation collection scheduled ahead, as a task, when the young generation is 80% full: it then runs
//   when the young generation is full, and an offline run needs one instead of two (1 ms). Node 18's V8 names the
//   flag differently; an unknown flag would be printed as an error (and stop V8 reading the ones after it: the smoke
//   runs on Node 18 to 26 check that stderr stays empty).
// All in one call: V8 recomputes its flags' hash after each call (0.14% of an offline run's instructions for six).
function shortLivedProcessFlags(major) {
  var flags = ['--no-opt', '--no-sparkplug', '--semi-space-growth-factor=1', '--liftoff-only', '--no-regexp-tier-up', major >= 20 ? '--no-minor-gc-task' : '--no-scavenge-task'];
  try {
    var v8 = major >= 22 ? require('v8') : v8BindingQuietly();
    v8.setFlagsFromString(flags.join(' '));
  } catch (e) {
    // A Node without one of these flags runs with V8's defaults.
  }
}

// Before Node 22, require('v8') loads the stream modules behind its heap snapshots (3 ms, and nothing else in an
// offline run needs them). The binding it wraps has the same setFlagsFromString. Node warns (DEP0111) through
// process.emitWarning the first time process.binding('v8') is used; the warning would be about this line, not the
// user's program, so the call goes to a function that does nothing (rather than setting process.noDeprecation, which
// still runs emitWarning, compiled from Node's source on its first call: 0.14% of an offline run's instructions).
function v8BindingQuietly() {
  var emitWarning = process.emitWarning;
  process.emitWarning = function () {};
  try {
    return process.binding('v8');
  } finally {
    process.emitWarning = emitWarning;
  }
}

// A doctor should answer fast: V8's compiled code for the bundle is kept in the user's cache directory, through
// vm.Script cached data. On Node 22+ this beats module.enableCompileCache (issue 12 measured 10%), which keeps only
// what is compiled before the bundle runs (about a sixth of it); here the cache is made after the run, with every
// function it compiled.
// scripts/build.js writes the bundle already wrapped in the function Node wraps a module in, so its text goes to V8
// as read (wrapping it here would cost a 700 kB copy on every run). Any problem with the cache only costs speed: the
// bundle is then compiled from its text, with the same result.
function loadWithCodeCache(file, command, major) {
  var path = require('path');
  var fs = require('fs');
  // The class of this very module: require('module') would load Node's ES module loader with it (0.5 ms).
  var Module = module.constructor;
  var vm = require('vm');
  // A built-in that every run of the bundle loads (src/context/real.ts), loaded before the flags change: see
  // shortLivedProcessFlags. (AbortController is left to the runs that reach the network, src/core/lazy-signal.ts.)
  require('os');
  shortLivedProcessFlags(major);
  // scripts/build.js writes the bundle in ASCII: read as Latin-1, it becomes a one-byte string without a UTF-8
  // decoding pass (half the memory of the two-byte string one non-ASCII character would force).
  var bytes = fs.readFileSync(file);
  var isAscii = require('buffer').isAscii;
  var source = typeof isAscii === 'function' && isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  var dir = cacheDirectory();
  var build = buildOf(source);
  var cacheFile = dir && build && path.join(dir, 'cli-' + build + '-' + process.version + '-' + process.arch + '-' + command + nodeOptionsKey() + '.v8');
  var cached;
  try {
    cached = cacheFile ? readReusing(fs, cacheFile, bytes) : undefined;
  } catch (e) {
    cached = undefined;
  }
  var script = new vm.Script(source, { filename: file, cachedData: cached });
  // Decided before the buffers are dropped: a cache that was there and accepted is never written again.
  var stale = cacheFile && (!cached || script.cachedDataRejected);
  // The doctor runs inside the call below: let the collector free what the compiler no longer needs (1.3 MB).
  bytes = source = cached = undefined;
  var mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  require.cache[file] = mod;
  if (stale) {
    // Saved at exit, so the functions the run compiled lazily are in the cache too.
    process.once('exit', function () {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 448 });
        var tmp = cacheFile + '.' + process.pid + '.tmp';
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 384 });
        fs.renameSync(tmp, cacheFile);
        removeOldCaches(fs, path, dir, build);
      } catch (e) {
        // A read-only home or a full disk only costs speed.
      }
    });
  }
  var compiled = script.runInThisContext();
  // The bundle gets this module's own require: a full one, with require.main, as Node gives a module (without it,
  // yargs looks for the program's package.json from the working directory upwards, listing every folder on the way:
  // 6 ms for a large /tmp). Its one external, undici, resolves from bin/ through the same node_modules as from dist/;
  // Module.createRequire(file) would build a second module and compile two of Node's functions (0.2%).
  compiled.call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  mod.loaded = true;
}

// Reads a file into `buffer` when it fits (the cache is smaller than the bundle whose bytes are no longer needed once
// they are a string), else into a new one: memory the process has not touched yet costs a page fault per 4 kB on
// first write, which on a virtual machine made reading the 600 kB cache into a new buffer cost 0.5 ms more.
function readReusing(fs, file, buffer) {
  var fd = fs.openSync(file, 'r');
  try {
    var size = fs.fstatSync(fd).size;
    if (size >= buffer.length) return fs.readFileSync(fd);
    var length = 0;
    var n;
    while (length < size && (n = fs.readSync(fd, buffer, length, size - length, length)) > 0) length += n;
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

// scripts/build.js heads the bundle with a digest of its text. V8 accepts a cache made for any text of the same length,
// so the cache is named by the digest: a bundle without one (not made by the build) runs without a cache.
function buildOf(source) {
  var m = /^[^\n]{0,100}\/\* kimi-claude build ([0-9a-f]{16}) \*\//.exec(source.slice(0, 160));
  return m ? m[1] : null;
}

// Node's options (its command line, NODE_OPTIONS) may set V8 flags, and V8 rejects a cache made under other flags:
// runs with other options keep their own cache instead of replacing each other's on every run.
function nodeOptionsKey() {
  var options = process.execArgv.join(' ') + '|' + (process.env.NODE_OPTIONS || '');
  if (options === '|') return '';
  var hash = 0;
  for (var i = 0; i < options.length; i++) hash = (hash * 31 + options.charCodeAt(i)) | 0;
  return '-o' + (hash >>> 0).toString(16);
}

// When a new cache is written: caches of other builds (an earlier release) and leftovers of interrupted writes go once
// they are a week old, so that two installs used side by side do not delete each other's.
function removeOldCaches(fs, path, dir, build) {
  var weekAgo = Date.now() - 7 * 24 * 60 * 60 * 1000;
  var names = fs.readdirSync(dir);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    if (name.indexOf('cli-') !== 0 || (name.indexOf('cli-' + build + '-') === 0 && !/\.tmp$/.test(name))) continue;
    try {
      var file = path.join(dir, name);
      if (fs.statSync(file).mtimeMs < weekAgo) fs.unlinkSync(file);
    } catch (e) {
      // Another run removed it first.
    }
  }
}

function cacheDirectory() {
  var env = process.env;
  if (env.KIMI_CLAUDE_NO_CODE_CACHE) return null;
  var path = require('path');
  var base;
  if (process.platform === 'win32') base = env.LOCALAPPDATA;
  else if (process.platform === 'darwin') base = env.HOME && path.join(env.HOME, 'Library', 'Caches');
  else base = env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  if (!base) {
    try {
      base = path.join(require('os').homedir(), '.cache');
    } catch (e) {
      return null;
    }
  }
  return path.join(base, 'kimi-claude', 'code-cache');
}
