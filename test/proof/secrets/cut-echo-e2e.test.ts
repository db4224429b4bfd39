// Issue 10 item 3, end to end: an endpoint that redirects to an unparseable Location holding the key, placed so
// the doctor's 200-character cut leaves 14 of its characters (data.redirectHost). No 8 characters may survive.
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../../support/servers/anthropic-endpoint';
import { spawnCli, STACK_TRACE } from '../../support/spawn-cli';
import { newWorld } from '../hostile/world';
import { leakedWindows, outputViews } from './output-views';

let endpoint: AnthropicEndpoint;
beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
});
afterAll(async () => {
  await endpoint?.close();
});

test('a key cut at 200 characters of an unparseable Location is masked in every format', async () => {
  const key = `sk-${randomBytes(30).toString('base64url').slice(0, 40)}`;
  const head = 'http://[gateway';
  endpoint.answer({ status: 307, headers: { location: `${head}/${'a'.repeat(185 - head.length)}${key}` }, body: '' });
  const w = newWorld();
  w.env.ANTHROPIC_BASE_URL = endpoint.baseUrl;
  w.env.ANTHROPIC_AUTH_TOKEN = key;
  const summary = path.join(w.home, 'summary.md');
  const output = path.join(w.home, 'report.xml');
  const texts: string[] = [];
  for (const args of [['--format', 'json'], ['--format', 'human'], ['--format', 'markdown'], ['--format', 'junit', '--output', output], ['--format', 'github']]) {
    const env = args[1] === 'github' ? { ...w.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } : w.env;
    const r = await spawnCli(['doctor', '--only', 'live-probe', '--verbose', '--timeout', '5000', ...args], { env, cwd: w.cwd, timeoutMs: 30_000 });
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    texts.push(r.stdout, r.stderr);
    if (args[1] === 'json') {
      // The redirect really reached the report.
      expect(r.stdout).toContain('redirectHost');
      expect(r.stdout).toContain('[gateway');
    }
  }
  texts.push(readFileSync(output, 'utf8'), readFileSync(summary, 'utf8'));
  expect(leakedWindows(key, 'sk-', outputViews(texts.join('\n')))).toEqual([]);
}, 120_000);
