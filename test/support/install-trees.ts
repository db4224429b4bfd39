// Fake file trees shaped like real Node, npm and Claude Code installs, for the install checks' table tests.
import type { FakeEntry } from './fake-context';

type Tree = Record<string, FakeEntry>;

const exe = (content: string): FakeEntry => ({ kind: 'file', content, executable: true });
/** A real native build is ~200 MB; anything past the 4 KiB wrapper limit will do. */
const nativeBinary = (): FakeEntry => exe('\x7fELF' + 'x'.repeat(8000));
/** What npm leaves in bin/claude.exe when the platform package never arrived. */
export const WRAPPER_TEXT = '#!/usr/bin/env node\nconsole.error("Error: claude native binary not installed.");\nprocess.exit(1);\n';

const pkgJson = (name: string, version: string, engines?: string) =>
  JSON.stringify({ name, version, ...(engines ? { engines: { node: engines } } : {}) }, null, 2);

export interface ClaudePackageOptions {
  version?: string;
  engines?: string | null;
  /** bin/claude.exe is the "not installed" wrapper (npm --ignore-scripts / --omit=optional). */
  wrapper?: boolean;
  /** Old releases shipped cli.js instead of a native binary. */
  legacyCli?: boolean;
}

/** POSIX node + npm under a prefix, e.g. /usr/local/bin/node and /usr/local/lib/node_modules/npm. */
export function posixNode(prefix = '/usr/local', npmVersion: string | null = '10.9.2'): Tree {
  const tree: Tree = { [`${prefix}/bin/node`]: exe('\x7fELF node') };
  if (npmVersion !== null) {
    tree[`${prefix}/bin/npm`] = { kind: 'symlink', target: '../lib/node_modules/npm/bin/npm-cli.js' };
    tree[`${prefix}/lib/node_modules/npm/bin/npm-cli.js`] = exe('#!/usr/bin/env node\n');
    tree[`${prefix}/lib/node_modules/npm/package.json`] = pkgJson('npm', npmVersion);
  }
  return tree;
}

/** `npm install -g @anthropic-ai/claude-code` under a POSIX prefix: bin/claude is a symlink into lib/node_modules. */
export function posixNpmClaude(prefix = '/usr/local', o: ClaudePackageOptions = {}): Tree {
  const pkg = `${prefix}/lib/node_modules/@anthropic-ai/claude-code`;
  const binFile = o.legacyCli ? 'cli.js' : 'bin/claude.exe';
  return {
    [`${prefix}/bin/claude`]: { kind: 'symlink', target: `../lib/node_modules/@anthropic-ai/claude-code/${binFile}` },
    [`${pkg}/package.json`]: pkgJson('@anthropic-ai/claude-code', o.version ?? '2.1.332', o.engines === null ? undefined : (o.engines ?? '>=22.0.0')),
    [`${pkg}/${binFile}`]: o.legacyCli ? exe('#!/usr/bin/env node\n') : o.wrapper ? exe(WRAPPER_TEXT) : nativeBinary(),
    [`${pkg}/install.cjs`]: '// postinstall\n',
  };
}

/** The native installer: ~/.local/bin/claude -> ~/.local/share/claude/versions/<version>. */
export function posixNativeClaude(home = '/home/user', version = '2.1.197'): Tree {
  return {
    [`${home}/.local/bin/claude`]: { kind: 'symlink', target: `${home}/.local/share/claude/versions/${version}` },
    [`${home}/.local/share/claude/versions/${version}`]: nativeBinary(),
  };
}

export const WIN_NODE_DIR = 'C:\\Program Files\\nodejs';
export const WIN_HOME = 'C:\\Users\\user';
export const WIN_APPDATA = `${WIN_HOME}\\AppData\\Roaming`;
export const WIN_NPM_PREFIX = `${WIN_APPDATA}\\npm`;

/** The Node.js MSI: node.exe and npm.cmd side by side, npm's builtin npmrc pointing the prefix at %APPDATA%\npm. */
export function winNode(npmVersion = '10.9.2'): Tree {
  return {
    [`${WIN_NODE_DIR}\\node.exe`]: 'MZ node',
    [`${WIN_NODE_DIR}\\npm.cmd`]: '@ECHO off\r\nnode "%~dp0\\node_modules\\npm\\bin\\npm-cli.js" %*\r\n',
    [`${WIN_NODE_DIR}\\node_modules\\npm\\package.json`]: pkgJson('npm', npmVersion),
    [`${WIN_NODE_DIR}\\node_modules\\npm\\npmrc`]: 'prefix=${APPDATA}\\npm\n',
  };
}

/** What npm writes on Windows: claude (sh), claude.cmd and claude.ps1 shims beside node_modules. */
export function winNpmClaude(prefix = WIN_NPM_PREFIX, o: ClaudePackageOptions = {}): Tree {
  const pkg = `${prefix}\\node_modules\\@anthropic-ai\\claude-code`;
  const binFile = o.legacyCli ? 'cli.js' : 'bin\\claude.exe';
  return {
    [`${prefix}\\claude`]: `#!/bin/sh\nexec "$basedir/node_modules/@anthropic-ai/claude-code/${binFile.replace(/\\/g, '/')}"   "$@"\n`,
    [`${prefix}\\claude.cmd`]:
      '@ECHO off\r\nGOTO start\r\n:find_dp0\r\nSET dp0=%~dp0\r\nEXIT /b\r\n:start\r\nSETLOCAL\r\nCALL :find_dp0\r\n' +
      `"%dp0%\\node_modules\\@anthropic-ai\\claude-code\\${binFile}"   %*\r\n`,
    [`${prefix}\\claude.ps1`]: `#!/usr/bin/env pwsh\r\n& "$basedir/node_modules/@anthropic-ai/claude-code/${binFile.replace(/\\/g, '/')}"   $args\r\n`,
    [`${pkg}\\package.json`]: pkgJson('@anthropic-ai/claude-code', o.version ?? '2.1.332', o.engines === null ? undefined : (o.engines ?? '>=22.0.0')),
    [`${pkg}\\${binFile}`]: o.legacyCli ? '// cli\n' : o.wrapper ? WRAPPER_TEXT : 'MZ' + 'x'.repeat(8000),
    [`${pkg}\\install.cjs`]: '// postinstall\n',
  };
}

/** The native installer on Windows: a copy (not a link) at ~\.local\bin\claude.exe. */
export function winNativeClaude(home = WIN_HOME): Tree {
  return { [`${home}\\.local\\bin\\claude.exe`]: 'MZ' + 'x'.repeat(8000) };
}

export const winEnv = (path: string, extra: Record<string, string> = {}) => ({
  Path: path,
  PATHEXT: '.COM;.EXE;.BAT;.CMD;.VBS;.JS',
  APPDATA: WIN_APPDATA,
  ...extra,
});
