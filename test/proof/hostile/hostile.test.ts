// Runs the hostile-input corpus against the BUILT binary, each case on its own machine (HOME, cwd, env).
// Every case must end in time, with its finding, exit 0 or 1, no stack trace, and bounded memory.
import { FILE_CASES, ENV_CASES, PROXY_CASES, SERVER_CASES, type HostileCase, type Servers } from './corpus';
import { startHostileServers, stopHostileServers } from './servers';
import { newWorld, openToOthers, type World } from './world';
import { spawnCli, STACK_TRACE, type SpawnedRun } from '../../support/spawn-cli';

// Measured with the run's own high-water mark (scripts/peak-rss.js): at most 88 MiB on 2026-12-04.
const MAX_RSS_MIB = 120;
const DEFAULT_BUDGET_MS = 10_000;
const PROBE_TIMEOUT_MS = '2000';
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

let servers: Servers;
beforeAll(async () => {
  servers = await startHostileServers();
});
afterAll(() => stopHostileServers(servers));

function prepare(c: HostileCase): { world: World; args: string[] } {
  const world = newWorld();
  c.arrange(world);
  if (c.server) {
    const url = servers[c.server.name].baseUrl;
    world.env.ANTHROPIC_BASE_URL = c.server.scheme === 'https' ? url.replace(/^http:/, 'https:') : url;
  }
  if (c.proxy) world.env.HTTPS_PROXY = `http://${new URL(servers[c.proxy].baseUrl).host}`;
  if (c.unprivileged && isRoot) openToOthers(world);
  const network = c.server || c.proxy ? ['--timeout', PROBE_TIMEOUT_MS] : ['--offline'];
  return { world, args: ['doctor', '--verbose', ...network, ...world.args] };
}

async function run(c: HostileCase, world: World, args: string[]): Promise<SpawnedRun> {
  const budget = c.budgetMs ?? DEFAULT_BUDGET_MS;
  // Root reads a mode-000 file anyway; an unprivileged user is the honest way to meet "no permission".
  const user = c.unprivileged && isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const connectionsBefore = c.proxy ? servers[c.proxy].connections! : 0;
  const r = await spawnCli(args, { env: world.env, cwd: world.cwd, timeoutMs: budget + 5000, ...user });
  if (c.proxy && c.maxConnections !== undefined) {
    expect({ case: c.name, connections: servers[c.proxy].connections! - connectionsBefore }).toEqual({ case: c.name, connections: expect.any(Number) });
    expect(servers[c.proxy].connections! - connectionsBefore).toBeLessThanOrEqual(c.maxConnections);
  }
  expect({ killed: r.killed, signal: r.signal }).toEqual({ killed: false, signal: null });
  expect(r.wallMs).toBeLessThanOrEqual(budget);
  expect([0, 1]).toContain(r.status);
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).not.toContain('internal error');
  expect(r.peakRssMiB).not.toBeNull();
  expect(r.peakRssMiB!).toBeLessThanOrEqual(MAX_RSS_MIB);
  return r;
}

function assertFinding(c: HostileCase, stdout: string): void {
  const report = JSON.parse(stdout);
  const result = report.checks.find((x: { id: string }) => x.id === c.check);
  const codes: string[] = result.findings.map((f: { code: string }) => f.code);
  const seen = { case: c.name, codes, verdict: result.data.verdict };
  if (c.verdict) expect(seen).toMatchObject({ verdict: c.verdict });
  if (c.codes) expect({ ...seen, matched: codes.some((code) => c.codes!.includes(code)) }).toMatchObject({ matched: true });
  expect(codes.filter((code) => code.startsWith('internal.'))).toEqual([]);
}

describe.each([
  ['files', FILE_CASES],
  ['environment values', ENV_CASES],
  ['servers', SERVER_CASES],
  ['proxies', PROXY_CASES],
])('hostile %s', (_group, cases) => {
  test.concurrent.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { world, args } = prepare(c);
    const json = await run(c, world, [...args, '--format', 'json']);
    assertFinding(c, json.stdout);
    const human = await run(c, world, [...args, '--format', 'human']);
    expect(human.status).toBe(json.status);
    expect(human.stdout).toContain('kimi-claude doctor report');
  }, 60_000);
});

test('the corpus holds at least 40 cases, each with an expected finding', () => {
  const all = [...FILE_CASES, ...ENV_CASES, ...SERVER_CASES, ...PROXY_CASES];
  expect(all.length).toBeGreaterThanOrEqual(40);
  for (const c of all) expect(Boolean(c.codes?.length) || Boolean(c.verdict)).toBe(true);
  expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
});
