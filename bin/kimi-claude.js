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
      ? 'kimi-claude: Node.js ' + process.version + ' 太旧，kimi-claude 和 Claude Code 都无法运行。请安装 Node.js 22 LTS（https://nodejs.org，或 `nvm install 22`），然后重试。\n'
      : 'kimi-claude: Node.js ' + process.version + ' is too old for both kimi-claude and Claude Code. Install Node.js 22 LTS (https://nodejs.org, or `nvm install 22`) and try again.\n'
  );
  process.exitCode = 1;
} else {
  loadWithCodeCache(require('path').join(__dirname, '..', 'dist', 'cli.js'));
}

// A doctor should answer fast: V8's compiled code for the bundle is kept in the user's cache directory
// (Node 22.1+ does this itself; older Nodes get the same through vm.Script cached data).
// Any problem with the cache falls back to a plain require: the cache can make the doctor faster, never break it.
function loadWithCodeCache(file) {
  var path = require('path');
  var fs = require('fs');
  var Module = require('module');
  var dir = cacheDirectory();
  if (!dir) return require(file);
  if (typeof Module.enableCompileCache === 'function') {
    try {
      Module.enableCompileCache(dir);
    } catch (e) {
      // Unwritable or odd cache directory: run uncached.
    }
    return require(file);
  }
  var vm = require('vm');
  var source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return require(file);
  }
  var cacheFile = path.join(dir, 'cli-' + process.version + '-' + process.arch + '-' + source.length + '.v8');
  var cached;
  try {
    cached = fs.readFileSync(cacheFile);
  } catch (e) {
    cached = undefined;
  }
  var script;
  try {
    script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  } catch (e) {
    return require(file);
  }
  var mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  require.cache[file] = mod;
  if (!cached || script.cachedDataRejected) {
    // Saved at exit, so the functions the run compiled lazily are in the cache too.
    process.once('exit', function () {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 448 });
        var tmp = cacheFile + '.' + process.pid + '.tmp';
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 384 });
        fs.renameSync(tmp, cacheFile);
      } catch (e) {
        // A read-only home or a full disk only costs speed.
      }
    });
  }
  var compiled = script.runInThisContext();
  compiled.call(mod.exports, mod.exports, function (id) { return mod.require(id); }, mod, file, path.dirname(file));
  mod.loaded = true;
}

function cacheDirectory() {
  var env = process.env;
  if (env.KIMI_CLAUDE_NO_CODE_CACHE) return null;
  var os = require('os');
  var path = require('path');
  var base;
  if (process.platform === 'win32') base = env.LOCALAPPDATA;
  else if (process.platform === 'darwin') base = env.HOME && path.join(env.HOME, 'Library', 'Caches');
  else base = env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  if (!base) {
    try {
      base = path.join(os.homedir(), '.cache');
    } catch (e) {
      return null;
    }
  }
  return path.join(base, 'kimi-claude', 'code-cache');
}
