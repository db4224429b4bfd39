#!/usr/bin/env node
// Installs the real Claude Code that the real-client tests run (test/support/claude-code.ts) from the npm registry
// into .cache/claude-code/<version>, as install-node-binaries.js does for Node. Never a dependency of the package.
'use strict';
const { execFile } = require('child_process');
const { existsSync, mkdirSync } = require('fs');
const path = require('path');

const VERSION = require(path.join(__dirname, '..', 'test', 'support', 'claude-code-version.json')).version;
const DIR = path.join(__dirname, '..', '.cache', 'claude-code', VERSION);
const BINARY = path.join(DIR, 'node_modules', '@anthropic-ai', `claude-code-${process.platform}-${process.arch}`, process.platform === 'win32' ? 'claude.exe' : 'claude');

function install(attemptsLeft = 2) {
  mkdirSync(DIR, { recursive: true });
  // --ignore-scripts: the per-platform package carries the native binary itself; the tests run it from there.
  const args = ['install', '--prefix', DIR, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `@anthropic-ai/claude-code@${VERSION}`];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { timeout: 600_000 }, (error, _stdout, stderr) => {
      if (!error && existsSync(BINARY)) return resolve();
      if (attemptsLeft > 1) return resolve(install(attemptsLeft - 1));
      reject(new Error(`@anthropic-ai/claude-code@${VERSION}: ${error ? stderr.trim() || error.message : `installed, but ${BINARY} is missing`}`));
    });
  });
}

if (existsSync(BINARY)) console.log(`claude-code ${VERSION}: cached`);
else
  install().then(
    () => console.log(`claude-code ${VERSION}: installed`),
    (e) => {
      console.error(`install-claude-code: ${e.message}`);
      process.exitCode = 1;
    },
  );
