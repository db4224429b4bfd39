// The built CLI under real, official Node builds: the too-old message on 16, a full smoke run on 18.20.8.
import { makeHome, runCli } from '../support/cli';
import { nodeBinary } from '../support/node-binaries';
import { reportValidator } from '../support/schema';

const INSTALL_TIMEOUT = 300_000;

describe('Node 16.20.2', () => {
  let node16: string;
  beforeAll(() => {
    node16 = nodeBinary('16.20.2');
  }, INSTALL_TIMEOUT);

  test.each([[['doctor']], [['--version']], [[]]])('%j prints one clear line and exits 1', (args) => {
    const { home, path } = makeHome();
    const r = runCli(args, { node: node16, env: { HOME: home, PATH: path, LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Node\.js v16\.20\.2 is too old for both kimi-claude and Claude Code\. Install Node\.js 22 LTS/);
  });

  test('in Chinese too', () => {
    const { home, path } = makeHome();
    const r = runCli(['doctor'], { node: node16, env: { HOME: home, PATH: path, LANG: 'zh_CN.UTF-8' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('太旧');
  });
});

describe('Node 18.20.8 smoke run', () => {
  let node18: string;
  beforeAll(() => {
    node18 = nodeBinary('18.20.8');
  }, INSTALL_TIMEOUT);

  const env = () => {
    const { home, path } = makeHome();
    return { HOME: home, PATH: path, LANG: 'en_US.UTF-8' };
  };

  test('doctor --offline --json produces a valid report', () => {
    const r = runCli(['doctor', '--offline', '--json'], { node: node18, env: env() });
    expect([0, 1]).toContain(r.status);
    const report = JSON.parse(r.stdout);
    expect(reportValidator()(report)).toBe(true);
  });

  test.each(['human', 'markdown'])('doctor --offline --format %s runs', (format) => {
    const r = runCli(['doctor', '--offline', '--format', format, '--verbose'], { node: node18, env: env() });
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(100);
  });

  test('usage errors exit 2 there too', () => {
    const r = runCli(['doctor', '--nope'], { node: node18, env: env() });
    expect(r.status).toBe(2);
  });

  test('an unreadable --env-file is a usage error with the reason', () => {
    // Node 18 does not know --env-file itself, so the doctor's own message shows.
    const r = runCli(['doctor', '--env-file', '/nonexistent/.env'], { node: node18, env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read --env-file /nonexistent/.env: ENOENT');
  });
});
