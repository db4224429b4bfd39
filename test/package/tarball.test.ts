// The package as npm publishes it: `npm pack`, what the tarball holds, and the tarball installed the two ways the README gives (npm install -g, npx) with an empty npm
// cache and a registry that does not answer: a self-contained package needs nothing from the registry.
import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { tempDir } from '../support/cli';
import { OK_MESSAGE } from '../fixtures/moonshot-answers';
import { closedPort } from '../support/servers/listen';
import { startAnthropicEndpoint } from '../support/servers/anthropic-endpoint';

const ROOT = path.join(__dirname, '..', '..');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const KEY = 'sk-' + 'Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc'.repeat(2).slice(0, 48);

interface Packed {
  filename: string;
  size: number;
  files: { path: string }[];
  bundled: string[];
}

let work: string;
let packed: Packed;
let tgz: string;
/** Environment of a user with no npm cache and no registry: a fetch would fail. */
let offlineNpm: Record<string, string>;

function run(cmd: string, args: string[], env: Record<string, string>, cwd: string): { status: number | null; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(cmd, args, { env, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout?: string; stderr?: string };
    return { status: err.status, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

beforeAll(async () => {
  work = tempDir('kc-pack-');
  // What prepack does, minus the build: `npm test` built dist/ before jest, and rebuilding it here would rewrite
  // dist/cli.js under the other test files that are running it.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'third-party-notices.js')], { cwd: ROOT, stdio: 'ignore', timeout: 120_000 });
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  packed = JSON.parse(out)[0];
  tgz = path.join(work, packed.filename);
  const home = path.join(work, 'home');
  mkdirSync(home);
  offlineNpm = {
    HOME: home,
    PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
    LANG: 'en_US.UTF-8',
    npm_config_cache: path.join(work, 'empty-npm-cache'),
    npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}, 180_000);

describe('what the tarball holds', () => {
  const files = () => packed.files.map((f) => f.path);

  test('the licence, the third-party notices, the docs the README links, and no sources', () => {
    for (const f of ['LICENSE', 'THIRD-PARTY-NOTICES', 'README.md', 'package.json', 'bin/kimi-claude.js', 'dist/cli.js', 'schema/report.schema.json', 'docs/network-verdicts.md'])
      expect([f, files().includes(f)]).toEqual([f, true]);
    expect(files().filter((f) => /^(src|test|checks|scripts)\//.test(f))).toEqual([]);
  });

  test('prepack builds the bundle and then writes the notices', () => {
    expect(PKG.scripts.prepack).toBe('npm run build && node scripts/third-party-notices.js');
  });

  test('LICENSE is the MIT licence package.json names, held by the contributors', () => {
    expect(PKG.license).toBe('MIT');
    const licence = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} kimi-claude contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });

  test('package.json says where the project lives', () => {
    expect(PKG.repository).toEqual({ type: 'git', url: 'git+https://github.com/kimi-claude/kimi-claude.git' });
    expect(PKG.homepage).toBe('https://github.com/kimi-claude/kimi-claude#readme');
    expect(PKG.bugs).toEqual({ url: 'https://github.com/kimi-claude/kimi-claude/issues' });
  });

  test('every relative link of the README points at a file in the tarball', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:|^#/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect([link, files().includes(link.split('#')[0])]).toEqual([link, true]);
  });

  test('THIRD-PARTY-NOTICES carries the licence of every package whose code ships', () => {
    const notices = readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES'), 'utf8');
    // What the bundle was built from: every package under node_modules that esbuild put into dist/cli.js.
    for (const name of ['yargs', 'yargs-parser', 'chalk', 'cli-table3', 'dotenv', 'semver', 'undici']) {
      const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      expect(notices).toContain(`\n${pkg.name} ${pkg.version} (`);
    }
    expect(notices).toContain('Copyright (c) Matteo Collina and Undici contributors');
    expect(notices).toContain('Copyright (c) 2015, Scott Motte');
  });

  test('dependencies are exactly what dist/cli.js requires at run time, and each ships inside the tarball', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
    const required = new Set(
      [...bundle.matchAll(/require\("([^"]+)"\)/g)]
        .map((m) => m[1])
        .filter((id) => !builtinModules.includes(id.replace(/^node:/, '')))
        .map((id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0])),
    );
    expect(Object.keys(PKG.dependencies ?? {}).sort()).toEqual([...required].sort());
    expect([...(packed.bundled ?? [])].sort()).toEqual([...required].sort());
  });
});

describe('the tarball installed as a user installs it', () => {
  test('npm install -g into a fresh prefix needs no registry, adds one package, and the doctor runs', () => {
    const prefix = path.join(work, 'prefix');
    const install = run('npm', ['install', '-g', '--prefix', prefix, '--offline', tgz], offlineNpm, work);
    expect(install).toMatchObject({ status: 0 });
    const installed = path.join(prefix, 'lib', 'node_modules', 'kimi-claude');
    expect(readdirSync(path.join(installed, 'node_modules'))).toEqual(['undici']);
    const home = tempDir('kc-pack-home-');
    const env = { HOME: home, PATH: `${path.join(prefix, 'bin')}:${path.dirname(process.execPath)}:/usr/bin:/bin`, LANG: 'en_US.UTF-8' };
    const version = run('kimi-claude', ['--version'], env, home);
    expect(version).toMatchObject({ status: 0, stdout: `${PKG.version}\n` });
    const doctor = run('kimi-claude', ['doctor', '--offline', '--format', 'json'], env, home);
    expect([0, 1]).toContain(doctor.status);
    const report = JSON.parse(doctor.stdout);
    expect(report.tool).toEqual({ name: 'kimi-claude', version: PKG.version });
    expect(report.checks.length).toBeGreaterThanOrEqual(10);
  }, 120_000);

  test('the installed doctor loads its HTTP client from the install and probes a loopback endpoint', async () => {
    const prefix = path.join(work, 'prefix');
    const bin = path.join(prefix, 'bin', 'kimi-claude');
    if (!existsSync(bin)) execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', tgz], { env: offlineNpm, cwd: work, stdio: 'ignore' });
    const endpoint = await startAnthropicEndpoint();
    try {
      endpoint.answer({ status: 200, body: OK_MESSAGE });
      const home = tempDir('kc-pack-home-');
      const env = {
        HOME: home,
        PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
        LANG: 'en_US.UTF-8',
        ANTHROPIC_BASE_URL: endpoint.baseUrl,
        ANTHROPIC_AUTH_TOKEN: KEY,
        ANTHROPIC_MODEL: 'kimi-k3',
      };
      const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'doctor', 'live-probe', '--json', '--no-client-capture', '--timeout', '5000'], { env, cwd: home });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.stderr.on('data', (c) => (stderr += c));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
      expect(r).toMatchObject({ status: 0, stderr: '' });
      const probe = JSON.parse(r.stdout).checks.find((c: { id: string }) => c.id === 'live-probe');
      expect(probe.status).toBe('pass');
      expect(endpoint.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    } finally {
      await endpoint.close();
    }
  }, 60_000);

  test('npx --package <tarball> kimi-claude --version, offline', () => {
    const home = tempDir('kc-pack-home-');
    const r = run('npx', ['--offline', '--yes', '--package', tgz, 'kimi-claude', '--version'], { ...offlineNpm, HOME: home, npm_config_cache: path.join(home, 'npm-cache') }, home);
    expect(r).toMatchObject({ status: 0, stdout: `${PKG.version}\n` });
  }, 120_000);
});
