// What the README says about getting started and about `--env-file`, measured: the first commands work from a
// clone (the package is not published yet), the download size `npm test` announces, and exit code 9, which comes
// from Node itself (it reads `--env-file` even after the script name: nodejs/node#54232), not from the doctor.
import { spawnSync } from 'child_process';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BIN, tempDir } from '../support/cli';
import { nodeBinary } from '../support/node-binaries';

const ROOT = path.join(__dirname, '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const MATRIX: { smoke: string[]; tooOld: string[] } = require('../support/node-matrix.json');
const CLAUDE_CODE_VERSION: string = require('../support/claude-code-version.json').version;

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** Bytes under a directory (file sizes, symlinks not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(p);
    else if (entry.isFile()) total += lstatSync(p).size;
  }
  return total;
}

describe('Install and run', () => {
  test('the first command block runs from a clone; npx and npm i -g come after, marked as not published yet', () => {
    const install = section('Install and run');
    const firstBlock = install.slice(install.indexOf('```'));
    expect(firstBlock.split('```')[1]).toMatch(/git clone [^\n]+\n(.|\n)*npm run doctor/);
    const npx = install.indexOf('npx kimi-claude');
    expect(npx).toBeGreaterThan(install.indexOf('npm run doctor'));
    expect(install.slice(0, npx)).toMatch(/not on the npm registry yet/);
  });

  test('the size of what the first npm test downloads into .cache/ is what the README says (within 15%)', () => {
    const m = section('Install and run').match(/about ([\d.]+) GB on disk: (\d+) MB of Node builds, (\d+) MB of Claude Code/);
    expect(m).not.toBeNull();
    const [, totalGb, nodeMb, claudeMb] = m!.map(Number);
    for (const v of [...MATRIX.smoke, ...MATRIX.tooOld]) nodeBinary(v);
    const MB = 1024 * 1024;
    const node = bytesUnder(path.join(ROOT, '.cache', 'node-binaries')) / MB;
    const claude = bytesUnder(path.join(ROOT, '.cache', 'claude-code', CLAUDE_CODE_VERSION)) / MB;
    expect(Math.abs(node - nodeMb) / node).toBeLessThan(0.15);
    expect(Math.abs(claude - claudeMb) / claude).toBeLessThan(0.15);
    expect(Math.abs((node + claude) / 1024 - totalGb) / ((node + claude) / 1024)).toBeLessThan(0.15);
  });
});

describe('exit code 9: Node reads --env-file after the script name', () => {
  const row = () => README.split('\n').find((l) => l.startsWith('| 9 |'));

  test('the exit-code table has the row', () => {
    expect(row()).toMatch(/--env-file/);
    expect(row()).toMatch(/node: <path>: not found/);
  });

  const newer = MATRIX.smoke.filter((v) => Number(v.split('.')[0]) >= 20);
  test.each(newer)('Node %s stops with its own message and code 9 for a missing file, and never loads an existing one', (version) => {
    // The README names every Node line this was measured on.
    expect(row()).toContain(version);
    const node = nodeBinary(version);
    const home = tempDir('kc-envfile-');
    const env = { HOME: home, PATH: `${path.dirname(node)}:/usr/bin:/bin`, LANG: 'en_US.UTF-8' };
    const missing = spawnSync(node, [BIN, 'doctor', '--offline', '--env-file', '/missing'], { env, cwd: home, encoding: 'utf8' });
    expect({ status: missing.status, stdout: missing.stdout }).toEqual({ status: 9, stdout: '' });
    expect(missing.stderr.trim()).toBe(`${node}: /missing: not found`);
    // An existing file: the doctor starts, and the variable is not in its process environment (a preload sees
    // process.env before the bundle runs; Node would have put the file's variables there by then).
    const file = path.join(home, 'ci.env');
    writeFileSync(file, 'KC_ONLY_IN_ENV_FILE=loaded-by-node\n');
    const probe = path.join(home, 'probe.js');
    writeFileSync(probe, 'process.stderr.write("env:" + String(process.env.KC_ONLY_IN_ENV_FILE) + "\\n");\n');
    const present = spawnSync(node, ['--require', probe, BIN, 'doctor', '--offline', '--only', 'base-url', '--env-file', file], { env, cwd: home, encoding: 'utf8' });
    expect(present.stderr).toContain('env:undefined\n');
    expect(present.stdout).toContain('[base-url]');
    expect([0, 1]).toContain(present.status);
  });

  test('Node 18 does not know the flag: the doctor reports the missing file itself, as a usage error', () => {
    expect(row()).toContain('on Node 18 the doctor itself reports the missing file, code 2');
    const node = nodeBinary(MATRIX.smoke.find((v) => v.startsWith('18.'))!);
    const home = tempDir('kc-envfile-');
    const r = spawnSync(node, [BIN, 'doctor', '--offline', '--env-file', '/missing'], { env: { HOME: home, PATH: `${path.dirname(node)}:/usr/bin:/bin` }, cwd: home, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--env-file /missing');
  });
});
