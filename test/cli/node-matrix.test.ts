// The built CLI under official Node builds (test/support/node-matrix.json): the whole smoke run on every
// supported line, and the one-line refusal on a Node that is too old. `.ci/run` installs the builds first.
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { allChecks } from '../../checks';
import { OK_MESSAGE } from '../fixtures/moonshot-answers';
import { makeHome, runCli, tempDir } from '../support/cli';
import matrix from '../support/node-matrix.json';
import { nodeBinary } from '../support/node-binaries';
import { RECOMMENDED_NODE_LTS } from '../../src/facts/node-eol';
import { reportValidator } from '../support/schema';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../support/servers/anthropic-endpoint';
import { spawnCli, STACK_TRACE } from '../support/spawn-cli';

const INSTALL_TIMEOUT = 300_000;
const KEY = 'sk-MatrixSecretKey0123456789abcdefGHIJ';


/** A user's home whose PATH finds this very Node, so the report's environment agrees with the runtime. */
function homeEnv(node: string, extra: Record<string, string>) {
  const { home, path: binPath } = makeHome(node);
  return { HOME: home, PATH: binPath, LANG: 'en_US.UTF-8', ...extra };
}

const clean = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout + r.stderr).not.toContain(KEY);
};

describe.each(matrix.tooOld)('Node %s (too old)', (version) => {
  let node: string;
  const userEnv = (extra: Record<string, string> = {}) => homeEnv(node, extra);
  beforeAll(() => {
    node = nodeBinary(version);
  }, INSTALL_TIMEOUT);

  test.each([[['doctor']], [['doctor', '--json']], [['explain', 'x']], [['--version']], [[]]])('%j prints one clear line and exits 1', (args) => {
    const r = runCli(args, { node, env: userEnv() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Node.js v${version} is too old for both kimi-claude and Claude Code. Install Node.js ${RECOMMENDED_NODE_LTS} LTS (https://nodejs.org/en/download`);
  });

  test('in Chinese too', () => {
    const r = runCli(['doctor'], { node, env: userEnv({ LANG: 'zh_CN.UTF-8' }) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('太旧');
  });
});

describe.each(matrix.smoke)('Node %s smoke run', (version) => {
  let node: string;
  const userEnv = (extra: Record<string, string> = {}) => homeEnv(node, extra);
  let endpoint: AnthropicEndpoint;
  beforeAll(async () => {
    node = nodeBinary(version);
    endpoint = await startAnthropicEndpoint();
  }, INSTALL_TIMEOUT);
  afterAll(() => endpoint?.close());

  test('runs the doctor under exactly this Node', () => {
    const r = runCli(['doctor', '--offline', '--json'], { node, env: userEnv() });
    const report = JSON.parse(r.stdout);
    expect(report.environment.node.version).toBe(version);
    const nodeCodes = report.checks[0].findings.map((f: { code: string }) => f.code);
    expect(nodeCodes).not.toContain('node.differs-from-runtime');
  });

  test('--format json: a report valid against the shipped schema, exit code from its status', () => {
    const r = runCli(['doctor', '--offline', '--format', 'json', '--verbose'], { node, env: userEnv() });
    const report = JSON.parse(r.stdout);
    expect(reportValidator()(report)).toBe(true);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(allChecks.map((c) => c.id));
    expect(report.checks.find((c: { id: string }) => c.id === 'live-probe').status).toBe('skip');
    expect(r.status).toBe(report.status === 'fail' ? 1 : 0);
    expect(r.stderr).toBe('');
  });

  test('--format human', () => {
    const r = runCli(['doctor', '--offline', '--verbose'], { node, env: userEnv() });
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toContain('kimi-claude doctor report');
    expect(r.stdout).toContain('[live-probe]');
    expect(r.stderr).toBe('');
    clean(r);
  });

  test('--format markdown', () => {
    const r = runCli(['doctor', '--offline', '--markdown'], { node, env: userEnv() });
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/^# kimi-claude doctor report/);
    expect(r.stdout).toContain('| Check | Result |');
  });

  test('--format junit --output: well-formed XML in the file, the human report on stdout', () => {
    const out = path.join(tempDir('kc-junit-'), 'report.xml');
    const r = runCli(['doctor', '--offline', '--format', 'junit', '--output', out], { node, env: userEnv() });
    expect([0, 1]).toContain(r.status);
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).testsuites.testsuite;
    expect(suite.testcase).toHaveLength(allChecks.length);
    expect(r.stdout).toContain('kimi-claude doctor report');
  });

  test('--format github: annotations on stdout, the Markdown report appended to GITHUB_STEP_SUMMARY', () => {
    const summary = path.join(tempDir('kc-gh-'), 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = runCli(['doctor', '--offline'], { node, env: userEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/^kimi-claude doctor: (pass|warn|fail) \(pass \d+, warn \d+, fail \d+, skip \d+\)$/m);
    const appended = readFileSync(summary, 'utf8');
    expect(appended.startsWith('earlier step\n# kimi-claude doctor report')).toBe(true);
  });

  test('a probed run against a loopback endpoint: one POST with the key, verdict ok, key redacted', async () => {
    endpoint.answer({ status: 200, body: OK_MESSAGE });
    const before = endpoint.requests.length;
    const env = userEnv({ ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2-turbo-preview' });
    const r = await spawnCli(['doctor', 'live-probe', '--json', '--verbose', '--timeout', '5000'], { node, env });
    const report = JSON.parse(r.stdout);
    expect(reportValidator()(report)).toBe(true);
    expect(report.checks[0].data).toMatchObject({ verdict: 'ok', httpStatus: 200, requests: 1 });
    expect(r.status).toBe(0);
    const posts = endpoint.requests.slice(before).filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.authorization).toBe(`Bearer ${KEY}`);
    clean(r);
  });

  test('a probed run that meets a 401 fails with the auth verdict', async () => {
    endpoint.answer({ status: 401, body: JSON.stringify({ error: { type: 'invalid_authentication_error', message: 'Invalid Authentication' } }) });
    const env = userEnv({ ANTHROPIC_BASE_URL: endpoint.baseUrl, ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k2-turbo-preview' });
    const r = await spawnCli(['doctor', 'live-probe', '--timeout', '5000'], { node, env });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[live-probe]');
    clean(r);
  });

  test('explain: argument and stdin, human and JSON', () => {
    const line = 'API Error: Request rejected (429) · rate_limit_reached_error: max RPM 3 reached';
    const human = runCli(['explain', line], { node, env: userEnv() });
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('kimi-claude doctor live-probe');
    const json = runCli(['explain', '--json'], { node, env: userEnv(), input: `${line}\n` });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, verdict: 'rate-limited' });
    const unknown = runCli(['explain', 'nothing that Claude Code prints'], { node, env: userEnv() });
    expect(unknown.status).toBe(1);
  });

  test('usage errors exit 2', () => {
    const r = runCli(['doctor', '--nope'], { node, env: userEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown argument: nope');
  });

  test('--env-file with a file that exists is evaluated (Node 20+ also loads it itself)', () => {
    const dir = tempDir('kc-envfile-');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'ci.env');
    writeFileSync(file, `ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic/v1\nANTHROPIC_AUTH_TOKEN=${KEY}\n`);
    const r = runCli(['doctor', 'base-url', '--json', '--offline', '--env-file', file], { node, env: userEnv() });
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).checks[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('base-url.wrong-path');
    clean(r);
  });

  test('--env-file with a missing file ends cleanly: the doctor says so, or Node 20+ refuses first', () => {
    const r = runCli(['doctor', '--env-file', '/nonexistent/.env'], { node, env: userEnv() });
    clean(r);
    if (r.status === 9) expect(r.stderr).toMatch(/\/nonexistent\/\.env: not found/);
    else {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('cannot read --env-file /nonexistent/.env: ENOENT');
    }
  });
});
