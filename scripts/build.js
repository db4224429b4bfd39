// Bundles the CLI into one file (dist/cli.js) so start-up reads one module instead of hundreds.
// undici stays external: it is required only when a network check runs.
'use strict';
const esbuild = require('esbuild');
const path = require('path');

esbuild
  .build({
    entryPoints: [path.join(__dirname, '..', 'src', 'cli.ts')],
    outfile: path.join(__dirname, '..', 'dist', 'cli.js'),
    bundle: true,
    platform: 'node',
    target: 'node18.17',
    format: 'cjs',
    external: ['undici'],
    // Whitespace and syntax only: names stay readable in the stack of a crashed check (--verbose).
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
