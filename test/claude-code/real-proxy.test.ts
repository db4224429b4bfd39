// The real Claude Code (test/support/claude-code-version.json) is the judge of which requests go through a proxy
// (src/claude-code/proxy-rules.ts). Each row runs `claude -p` against a loopback endpoint with a loopback forward
// proxy that records what it is sent: a request the proxy saw went through it, one the endpoint saw came direct.
// The doctor's rule (proxyFor, used by the proxy check and the live probe) must say the same for every row.
//
// Rows with host names (api.kimi.test) need those names to resolve to 127.0.0.1 without asking a DNS server:
// they run in a private mount namespace with its own /etc/hosts and a loopback-only resolv.conf (root and
// `unshare` needed). Elsewhere only the rows with addresses run.
import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { proxyFor, type ProxyVars } from '../../src/network/proxy-rules';
import { CLAUDE_CODE_VERSION } from '../support/claude-code';
import { tempDir } from '../support/cli';
import { listenOnLoopback } from '../support/servers/listen';

jest.setTimeout(120_000);

const BIN = path.join(__dirname, '..', '..', '.cache', 'claude-code', CLAUDE_CODE_VERSION, 'node_modules', '@anthropic-ai', `claude-code-${process.platform}-${process.arch}`, 'claude');
const HOST_NAMES = ['api.kimi.test', 'kimi.test', 'xkimi.test', 'example.org'];
const REPLY = '{"type":"error","error":{"type":"invalid_request_error","message":"proxy rules test"}}';

interface Row {
  name: string;
  /** The endpoint's host in ANTHROPIC_BASE_URL (http://<host>:<port>/anthropic). */
  host: string;
  /** $PROXY and $PORT are replaced by the proxy's URL and the endpoint's port. */
  vars: Record<string, string>;
  /** refuses: Claude Code stops at start-up ("Invalid proxy URL in HTTPS_PROXY"), and the doctor calls it invalid. */
  expected: 'proxy' | 'direct' | 'refuses';
}

const P = { HTTPS_PROXY: '$PROXY' };
const ROWS: Row[] = [
  // Issue 10, item 14: the doctor said "proxy" for all three.
  { name: 'NO_PROXY="*.kimi.test"', host: 'api.kimi.test', vars: { ...P, NO_PROXY: '*.kimi.test' }, expected: 'direct' },
  { name: 'NO_PROXY="localhost api.kimi.test" (space-separated)', host: 'api.kimi.test', vars: { ...P, NO_PROXY: 'localhost api.kimi.test' }, expected: 'direct' },
  { name: 'no_proxy=example.org NO_PROXY=127.0.0.1: NO_PROXY counts', host: '127.0.0.1', vars: { ...P, no_proxy: 'example.org', NO_PROXY: '127.0.0.1' }, expected: 'direct' },
  { name: 'no_proxy=example.org NO_PROXY=127.0.0.1: no_proxy counts', host: 'example.org', vars: { ...P, no_proxy: 'example.org', NO_PROXY: '127.0.0.1' }, expected: 'direct' },
  // The rest of the measured rules.
  { name: 'loopback is not bypassed by default', host: '127.0.0.1', vars: P, expected: 'proxy' },
  { name: 'space-separated, addresses only', host: '127.0.0.1', vars: { ...P, NO_PROXY: 'localhost 127.0.0.1' }, expected: 'direct' },
  { name: 'a semicolon separates nothing', host: '127.0.0.1', vars: { ...P, NO_PROXY: 'a.test;127.0.0.1' }, expected: 'proxy' },
  { name: 'an address range', host: '127.0.0.1', vars: { ...P, NO_PROXY: '127.0.0.0/8' }, expected: 'direct' },
  { name: 'another port', host: '127.0.0.1', vars: { ...P, NO_PROXY: '127.0.0.1:1' }, expected: 'proxy' },
  { name: 'the same port', host: '127.0.0.1', vars: { ...P, NO_PROXY: '127.0.0.1:$PORT' }, expected: 'direct' },
  { name: '"*" among other entries', host: '127.0.0.1', vars: { ...P, NO_PROXY: 'a.test,*' }, expected: 'direct' },
  // Issue 11, item 13: host:port without a scheme is used as http://; with a user name and password it is not.
  { name: 'a proxy without a scheme is used as http://', host: '127.0.0.1', vars: { HTTPS_PROXY: '$PROXY_NO_SCHEME' }, expected: 'proxy' },
  { name: 'user:password@host:port without a scheme stops Claude Code', host: '127.0.0.1', vars: { HTTPS_PROXY: 'u:p@$PROXY_NO_SCHEME' }, expected: 'refuses' },
  { name: '"*.kimi.test" covers kimi.test itself', host: 'kimi.test', vars: { ...P, NO_PROXY: '*.kimi.test' }, expected: 'direct' },
  { name: '"kimi.test" does not cover xkimi.test', host: 'xkimi.test', vars: { ...P, NO_PROXY: 'kimi.test' }, expected: 'proxy' },
  { name: 'a "*" inside an entry matches nothing', host: 'api.kimi.test', vars: { ...P, NO_PROXY: 'api.*.test' }, expected: 'proxy' },
  { name: 'case does not matter', host: 'api.kimi.test', vars: { ...P, NO_PROXY: 'API.KIMI.TEST' }, expected: 'direct' },
];

const needsNames = (row: Row) => !/^\d/.test(row.host);

let endpoint: { port: number; connections: number; close: () => Promise<void> };
let proxy: { port: number; seen: string[]; close: () => Promise<void> };
let hostsDir: string;

/** Whether names can be given private addresses here (a mount namespace with its own /etc/hosts). */
function privateHostsWork(): boolean {
  try {
    execFileSync('unshare', ['-m', 'sh', '-c', `mount --bind ${hostsDir}/hosts /etc/hosts && getent hosts api.kimi.test`], { stdio: 'pipe', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  if (!existsSync(BIN)) return;
  hostsDir = tempDir('kc-hosts-');
  writeFileSync(path.join(hostsDir, 'hosts'), `127.0.0.1 localhost\n127.0.0.1 ${HOST_NAMES.join(' ')}\n`);
  writeFileSync(path.join(hostsDir, 'resolv.conf'), 'nameserver 127.0.0.1\n');

  const endpointServer = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(400, { 'content-type': 'application/json' }).end(REPLY));
  });
  const e = { connections: 0 };
  endpointServer.on('connection', () => e.connections++);
  const listening = await listenOnLoopback(endpointServer);
  endpoint = Object.assign(e, listening);

  // Answers every request itself, so nothing goes further than this process.
  const seen: string[] = [];
  const proxyServer = http.createServer((req, res) => {
    seen.push(`absolute-uri ${req.url}`);
    req.resume();
    req.on('end', () => res.writeHead(400, { 'content-type': 'application/json' }).end(REPLY));
  });
  proxyServer.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    seen.push(`connect ${req.url}`);
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy = { seen, ...(await listenOnLoopback(proxyServer)) };
});
afterAll(async () => {
  await Promise.all([endpoint?.close(), proxy?.close()]);
});

function fill(value: string): string {
  return value
    .replace('$PROXY_NO_SCHEME', `127.0.0.1:${proxy.port}`)
    .replace('$PROXY', `http://127.0.0.1:${proxy.port}`)
    .replace('$PORT', String(endpoint.port));
}

/** Runs claude -p once; says whether its request went through the proxy or straight to the endpoint. */
async function route(row: Row, vars: Record<string, string>, privateHosts: boolean): Promise<'proxy' | 'direct' | 'refuses' | 'neither'> {
  const root = tempDir('kc-proxy-rules-');
  const home = path.join(root, 'home');
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ hasCompletedOnboarding: true }));
  const env = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    ANTHROPIC_API_KEY: 'sk-proxy-rules-0123456789',
    ANTHROPIC_BASE_URL: `http://${row.host}:${endpoint.port}/anthropic`,
    DISABLE_AUTOUPDATER: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    CLAUDE_CODE_MAX_RETRIES: '0',
    ...vars,
  };
  const [command, args] = privateHosts
    ? ['unshare', ['-m', 'sh', '-c', `mount --bind ${hostsDir}/hosts /etc/hosts && mount --bind ${hostsDir}/resolv.conf /etc/resolv.conf && exec "$0" -p ok`, BIN]]
    : [BIN, ['-p', 'ok']];
  proxy.seen.length = 0;
  endpoint.connections = 0;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command as string, args as string[], { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', () => (clearTimeout(timer), resolve()));
  });
  if (proxy.seen.length > 0) return 'proxy';
  if (endpoint.connections > 0) return 'direct';
  return /Invalid proxy URL in HTTPS_PROXY/.test(output) ? 'refuses' : 'neither';
}

const run = existsSync(BIN) ? describe : describe.skip;

run(`Claude Code ${CLAUDE_CODE_VERSION}: which requests go through the proxy, and the doctor agrees`, () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const privateHosts = needsNames(row);
    if (privateHosts && !privateHostsWork()) return console.warn(`skipped "${row.name}": names cannot be pointed at 127.0.0.1 here (needs root and unshare)`);
    const vars = Object.fromEntries(Object.entries(row.vars).map(([k, v]) => [k, fill(v)]));
    const actual = await route(row, vars, privateHosts);
    expect({ row: row.name, claudeCode: actual }).toEqual({ row: row.name, claudeCode: row.expected });
    const doctor = proxyFor(`http://${row.host}:${endpoint.port}/anthropic`, vars as ProxyVars).kind;
    const said = { proxy: 'proxy', invalid: 'refuses', direct: 'direct', bypassed: 'direct' }[doctor];
    expect({ row: row.name, doctor: said }).toEqual({ row: row.name, doctor: row.expected });
  });
});
