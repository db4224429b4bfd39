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
  // Node 22.1+ can keep the compiled bundle on disk between runs; older Nodes simply skip this.
  var Module = require('module');
  if (typeof Module.enableCompileCache === 'function') {
    try {
      Module.enableCompileCache();
    } catch (e) {
      // A read-only or full cache directory must never stop the doctor.
    }
  }
  require('../dist/cli.js');
}
