// A user's machine on disk: an npm prefix with node and npm, and claude installed by npm or the native installer.
import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { tempDir, writeExecutable } from './cli';

export interface Tree {
  home: string;
  prefix: string;
  env: Record<string, string>;
}

/** A user's machine: an npm prefix with node and npm, optionally claude from npm or the native installer. */
export function machine(): Tree {
  const home = tempDir('kc-e2e-home-');
  const prefix = path.join(home, 'npm-prefix');
  mkdirSync(path.join(prefix, 'bin'), { recursive: true });
  symlinkSync(process.execPath, path.join(prefix, 'bin', 'node'));
  const npmDir = path.join(prefix, 'lib', 'node_modules', 'npm');
  writeExecutable(path.join(npmDir, 'bin', 'npm-cli.js'), '#!/bin/sh\necho 10.9.0\n');
  writeFileSync(path.join(npmDir, 'package.json'), JSON.stringify({ name: 'npm', version: '10.9.0' }));
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(prefix, 'bin', 'npm'));
  return {
    home,
    prefix,
    env: { HOME: home, PATH: path.join(prefix, 'bin'), LANG: 'en_US.UTF-8', NPM_CONFIG_PREFIX: prefix },
  };
}

/** An npm install: the native launcher bin/claude.exe (2.1.113 and later), or cli.js run by Node (older releases). */
export function npmClaude(t: Tree, o: { version: string; engines: string; binary?: string; launcher?: 'bin/claude.exe' | 'cli.js' }) {
  const pkg = path.join(t.prefix, 'lib', 'node_modules', '@anthropic-ai', 'claude-code');
  const launcher = o.launcher ?? 'bin/claude.exe';
  writeFileSync(path.join(mkdirp(pkg), 'package.json'), JSON.stringify({ name: '@anthropic-ai/claude-code', version: o.version, engines: { node: o.engines } }));
  writeExecutable(path.join(pkg, launcher), o.binary ?? `#!/bin/sh\necho "${o.version} (Claude Code)"\n`);
  symlinkSync(`../lib/node_modules/@anthropic-ai/claude-code/${launcher}`, path.join(t.prefix, 'bin', 'claude'));
}

export function nativeClaude(t: Tree, version: string, onPath: boolean) {
  const target = path.join(t.home, '.local', 'share', 'claude', 'versions', version);
  writeExecutable(target, `#!/bin/sh\necho "${version} (Claude Code)"\n`);
  mkdirSync(path.join(t.home, '.local', 'bin'), { recursive: true });
  symlinkSync(target, path.join(t.home, '.local', 'bin', 'claude'));
  if (onPath) t.env.PATH = `${path.join(t.home, '.local', 'bin')}:${t.env.PATH}`;
}

function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

