// Official Node.js builds from the npm registry (node-<platform>-<arch>@<version>), cached under .cache/.
// Used to run the built CLI under old and new Node lines; never a dependency of the package.
// `.ci/run` installs the whole matrix up front (scripts/install-node-binaries.js); here a missing one is installed on first use.
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';

const CACHE = path.join(__dirname, '..', '..', '.cache', 'node-binaries');

export function nodeBinary(version: string): string {
  const dir = path.join(CACHE, version);
  const pkg = `node-${process.platform}-${process.arch}`;
  const bin = path.join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `${pkg}@${version}`],
    { stdio: 'pipe', timeout: 300_000 },
  );
  if (!existsSync(bin)) throw new Error(`${pkg}@${version} installed, but ${bin} is missing`);
  return bin;
}
