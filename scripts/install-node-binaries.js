#!/usr/bin/env node
// Installs the official Node builds of the test matrix (test/support/node-matrix.json) from the npm registry
// (node-<platform>-<arch>@<version>) into .cache/node-binaries/<version>, the layout test/support/node-binaries.ts
// reads. Already cached versions are skipped, so a second CI run on the same machine downloads nothing.
'use strict';
const { execFile } = require('child_process');
const { existsSync, mkdirSync } = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'node-binaries');
const matrix = require(path.join(ROOT, 'test', 'support', 'node-matrix.json'));
const pkg = `node-${process.platform}-${process.arch}`;

function binaryPath(version) {
  return path.join(CACHE, version, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
}

function install(version, attemptsLeft = 2) {
  const dir = path.join(CACHE, version);
  mkdirSync(dir, { recursive: true });
  const args = ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `${pkg}@${version}`];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { timeout: 300_000 }, (error, _stdout, stderr) => {
      if (!error && existsSync(binaryPath(version))) return resolve();
      // One retry: a registry hiccup should not fail the whole CI run.
      if (attemptsLeft > 1) return resolve(install(version, attemptsLeft - 1));
      reject(new Error(`${pkg}@${version}: ${error ? stderr.trim() || error.message : 'installed, but the binary is missing'}`));
    });
  });
}

async function main() {
  const versions = [...matrix.smoke, ...matrix.tooOld];
  const missing = versions.filter((v) => !existsSync(binaryPath(v)));
  for (const v of versions) if (!missing.includes(v)) console.log(`node ${v}: cached`);
  await Promise.all(
    missing.map((v) => install(v).then(() => console.log(`node ${v}: installed`))),
  );
}

main().catch((e) => {
  console.error(`install-node-binaries: ${e.message}`);
  process.exitCode = 1;
});
