#!/usr/bin/env node
// Writes THIRD-PARTY-NOTICES: the licence of every package whose code ships in the tarball. The bundle
// (dist/cli.js) is built with legalComments: 'none', so the notices those licences require travel in this file
// instead. Which packages are in the bundle is asked of esbuild itself (a metafile of the same build as
// scripts/build.js, not written to disk); the bundled dependencies (package.json "bundleDependencies") ship
// their own directory, licence included, and are listed too. Run by "prepack", after the build.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'THIRD-PARTY-NOTICES');
const LICENCE_FILE = /^(licen[cs]e|copying)([-.][\w.-]*)?$/i;

/** The package directory (…/node_modules/<name> or …/node_modules/@scope/<name>) an input path lies in. */
function packageDir(input) {
  const parts = input.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  const n = parts[i + 1] && parts[i + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, i + 1 + n).join('/');
}

async function bundledPackageDirs() {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node18.17',
    format: 'cjs',
    external: ['undici'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const dirs = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const dir = packageDir(input);
    if (dir) dirs.add(path.resolve(ROOT, dir));
  }
  return dirs;
}

function notice(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const files = fs.readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
  if (files.length === 0) throw new Error(`${pkg.name}@${pkg.version} (${dir}) has no licence file`);
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim());
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license && pkg.license.type) || 'see below';
  return { name: pkg.name, version: pkg.version, text: `${pkg.name} ${pkg.version} (${licence})\n\n${texts.join('\n\n')}\n` };
}

async function main() {
  const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dirs = await bundledPackageDirs();
  for (const name of own.bundleDependencies || []) dirs.add(path.join(ROOT, 'node_modules', name));
  const notices = [...dirs].map(notice);
  // One entry per package and version (a package can be reached through more than one path).
  const unique = new Map(notices.map((n) => [`${n.name}@${n.version}`, n]));
  const sorted = [...unique.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rule = '-'.repeat(78);
  const header =
    `kimi-claude ${own.version} ships code from the packages below (bundled into dist/cli.js, or in\n` +
    `node_modules as bundled dependencies). Their licences and copyright notices follow.\n`;
  fs.writeFileSync(OUT, [header, ...sorted.map((n) => n.text)].join(`\n${rule}\n\n`));
  // stderr: `npm pack --json` prints its JSON on stdout, and prepack runs inside it.
  console.error(`third-party-notices: ${sorted.length} packages -> ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(`third-party-notices: ${e.message}`);
  process.exitCode = 1;
});
