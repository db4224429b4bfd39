// The real Claude Code (test/support/claude-code-version.json) is the judge of what the api-key check says happens to
// a key with quotes or odd characters in it: sent as it is (Moonshot answers 401), refused before any request
// ("Invalid auth token · Fix external auth token"), or a request that fails before it leaves ("API Error: 400").
import { spawn } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { apiKeyCheck } from '../../checks/api-key';
import { claudeOnPath, CLAUDE_CODE_VERSION } from '../support/claude-code';
import { tempDir } from '../support/cli';
import { render, runCheck } from '../support/run-check';

jest.setTimeout(120_000);

const KEY = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';
let server: http.Server;
let requests = 0;
beforeAll(async () => {
  // Answers every request as Moonshot answers a wrong key.
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'Invalid Authentication' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What `claude -p` prints with this key in the settings file, and how many requests reached the endpoint. */
async function claudeWith(name: string, value: string): Promise<{ requests: number; output: string }> {
  const root = tempDir('kc-keychars-');
  const home = path.join(root, 'home');
  mkdirSync(path.join(home, '.claude'), { recursive: true });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify({ env: { ANTHROPIC_BASE_URL: `${origin}/anthropic`, [name]: value, ANTHROPIC_MODEL: 'kimi-k3' } }));
  // An API key is asked about once; this one is already approved, as a user would have.
  writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ hasCompletedOnboarding: true, customApiKeyResponses: { approved: [value.slice(-20)], rejected: [] } }));
  const bin = claudeOnPath(path.join(root, 'bin'));
  requests = 0;
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('claude', ['-p', 'ok'], {
      cwd: home,
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_MAX_RETRIES: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
  return { requests, output };
}

const CASES: Array<[string, 'ANTHROPIC_AUTH_TOKEN' | 'ANTHROPIC_API_KEY', string]> = [
  ['straight quotes', 'ANTHROPIC_AUTH_TOKEN', `"${KEY}"`],
  ['back quotes', 'ANTHROPIC_AUTH_TOKEN', `\`${KEY}\``],
  ['curly quotes', 'ANTHROPIC_AUTH_TOKEN', `\u201c${KEY}\u201d`],
  ['curly quotes, as ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY', `\u201c${KEY}\u201d`],
  ['full-width quotes', 'ANTHROPIC_AUTH_TOKEN', `\uff02${KEY}\uff02`],
  ['a zero-width space inside', 'ANTHROPIC_AUTH_TOKEN', `${KEY.slice(0, 20)}\u200b${KEY.slice(20)}`],
  ['a full-width letter inside', 'ANTHROPIC_AUTH_TOKEN', `${KEY.slice(0, 20)}\uff41${KEY.slice(21)}`],
  ['a control character inside', 'ANTHROPIC_AUTH_TOKEN', `${KEY.slice(0, 20)}\u0007${KEY.slice(20)}`],
  ['a no-break space inside', 'ANTHROPIC_AUTH_TOKEN', `${KEY.slice(0, 20)}\u00a0${KEY.slice(20)}`],
];

describe(`Claude Code ${CLAUDE_CODE_VERSION} does with a key what the api-key check says it does`, () => {
  test.each(CASES)('%s', async (_name, variable, value) => {
    const r = await runCheck(apiKeyCheck, { env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', [variable]: value, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' } });
    const finding = r.findings.find((f) => f.code === 'api-key.quoted' || f.code === 'api-key.non-ascii');
    expect(finding).toBeDefined();
    const said = finding!.values!.claudeCode as 'refuses' | 'fails' | 'sends';
    const real = await claudeWith(variable, value);
    if (said === 'sends') {
      expect(real.requests).toBeGreaterThanOrEqual(1);
      expect(real.output).toContain('401');
      expect(render(finding!)).toContain('Moonshot answers 401');
    } else if (said === 'refuses') {
      expect(real.requests).toBe(0);
      const refusal = variable === 'ANTHROPIC_API_KEY' ? 'Invalid API key · Fix external API key' : 'Invalid auth token · Fix external auth token';
      expect(real.output).toContain(refusal);
      expect(render(finding!)).toContain(refusal);
    } else {
      expect(real.requests).toBe(0);
      expect(real.output).toContain('API Error: 400 status code (no body)');
      expect(render(finding!)).toContain('API Error: 400 status code (no body)');
    }
  });

  it('has a case for every answer', async () => {
    const said = new Set<unknown>();
    for (const [, variable, value] of CASES) {
      const r = await runCheck(apiKeyCheck, { env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', [variable]: value, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' } });
      for (const f of r.findings) if (f.values?.claudeCode) said.add(f.values.claudeCode);
    }
    expect([...said].sort()).toEqual(['fails', 'refuses', 'sends']);
  });
});
