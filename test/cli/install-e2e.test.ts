// The install checks through the built binary, on real directory trees shaped like npm and native installs.
import * as path from 'path';
import { runCli } from '../support/cli';
import { machine, nativeClaude, npmClaude, type Tree } from '../support/machine';
import { reportValidator } from '../support/schema';

function doctor(t: Tree, ...extra: string[]) {
  const r = runCli(['doctor', '--offline', '--json', '--only', 'node,claude-cli', ...extra], { env: t.env });
  const report = JSON.parse(r.stdout);
  expect(reportValidator()(report)).toBe(true);
  const check = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
  const codes = (id: string) => check(id).findings.map((f: { code: string }) => f.code);
  return { r, report, check, codes };
}

describe('install checks end to end', () => {
  test('an npm install that fits the Node on PATH', () => {
    const t = machine();
    npmClaude(t, { version: '2.1.197', engines: '>=18.0.0' });
    const { check, codes, report } = doctor(t);
    expect(check('claude-cli').status).toBe('pass');
    expect(check('claude-cli').data).toMatchObject({ version: '2.1.197', installMethod: 'npm-global', path: path.join(t.prefix, 'bin', 'claude') });
    expect(codes('node')).toContain('node.ok');
    expect(check('node').data).toMatchObject({ required: '>=18.0.0', npm: '10.9.0', npmGlobalBin: path.join(t.prefix, 'bin') });
    expect(report.environment.claude).toEqual({ version: '2.1.197', path: path.join(t.prefix, 'bin', 'claude') });
    expect(report.environment.installMethod).toBe('npm-global');
    expect(report.environment.npm.version).toBe('10.9.0');
  });

  test('an npm release that runs on Node and needs a newer one fails with the fix', () => {
    const t = machine();
    npmClaude(t, { version: '2.1.100', engines: '>=99.0.0', launcher: 'cli.js' });
    const { check, codes, r } = doctor(t);
    expect(check('node').status).toBe('fail');
    expect(codes('node')).toContain('node.too-old');
    expect(r.status).toBe(1);
    const human = runCli(['doctor', '--offline', '--only', 'node'], { env: t.env }).stdout;
    expect(human).toContain('needs >=99.0.0');
    // The advice fits how this Node was installed (a distribution's /usr/bin/node here): where to get the LTS, no nvm.
    expect(human).toContain('https://nodejs.org/en/download');
    expect(human).not.toContain('nvm install');
  });

  test('a native launcher from npm that declares a newer Node: claude runs, so only a warning', () => {
    const t = machine();
    npmClaude(t, { version: '2.1.332', engines: '>=99.0.0' });
    const { check, codes, r } = doctor(t);
    expect(check('node').status).toBe('warn');
    expect(codes('node')).toContain('node.too-old-native');
    expect(r.status).toBe(0);
  });

  test('an npm wrapper whose native binary never arrived', () => {
    const t = machine();
    npmClaude(t, {
      version: '2.1.332',
      engines: '>=18.0.0',
      binary: '#!/bin/sh\necho "Error: claude native binary not installed." >&2\nexit 1\n',
    });
    const { check, codes } = doctor(t);
    expect(check('claude-cli').status).toBe('fail');
    expect(codes('claude-cli')).toContain('claude.native-binary-missing');
  });

  test('a native install on PATH', () => {
    const t = machine();
    nativeClaude(t, '2.1.197', true);
    const { check } = doctor(t);
    expect(check('claude-cli').status).toBe('pass');
    expect(check('claude-cli').data).toMatchObject({ version: '2.1.197', installMethod: 'native' });
  });

  test('a native install whose ~/.local/bin is not on PATH', () => {
    const t = machine();
    nativeClaude(t, '2.1.197', false);
    const { check, codes } = doctor(t);
    expect(check('claude-cli').status).toBe('fail');
    expect(codes('claude-cli')).toEqual(['claude.local-bin-not-on-path']);
    const fish = runCli(['doctor', '--offline', '--only', 'claude-cli', '--shell', 'fish'], { env: t.env }).stdout;
    expect(fish).toContain('fish_add_path');
  });

  test('two copies of different versions: the shadowing is reported', () => {
    const t = machine();
    npmClaude(t, { version: '2.1.100', engines: '>=18.0.0' });
    nativeClaude(t, '2.1.197', true);
    const { check, codes } = doctor(t);
    expect(codes('claude-cli')).toContain('claude.shadowed');
    expect(check('claude-cli').data.all).toHaveLength(2);
  });

  test('no claude at all', () => {
    const t = machine();
    const { check, codes } = doctor(t);
    expect(check('claude-cli').status).toBe('fail');
    expect(codes('claude-cli')).toEqual(['claude.not-found']);
  });
});
