// Secrets that hide in configuration the doctor prints (issue 10 items 5 and 6), end to end on the built binary:
// an apiKeyHelper with an inline VAULT_TOKEN=… assignment, and ANTHROPIC_CUSTOM_HEADERS values set in two places
// (so the shadowing finding names both). Every format, the --output file and the step summary are searched for
// any 8 characters of each secret.
import { randomBytes } from 'crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { spawnCli, STACK_TRACE } from '../../support/spawn-cli';
import { newWorld } from '../hostile/world';
import { leakedWindows, outputViews } from './output-views';

const FORMATS = [
  ['human'],
  ['json'],
  ['markdown'],
  ['junit', '--output', 'OUTPUT'],
  ['github'],
] as const;

const random = (n: number) => randomBytes(n).toString('base64url').slice(0, n);

function setUp() {
  const w = newWorld();
  const vaultToken = `hvs.${random(28)}`;
  const portkey = random(24);
  const azure = random(20);
  const envHeaderKey = random(22);
  const bin = path.join(w.home, 'vault-bin');
  mkdirSync(bin);
  const helper = path.join(bin, 'vault-kimi-key');
  writeFileSync(helper, '#!/bin/sh\necho sk-HelperKey0123456789abcdefABCDEF\n');
  chmodSync(helper, 0o755);
  writeFileSync(
    path.join(w.home, '.claude', 'settings.json'),
    JSON.stringify({
      apiKeyHelper: `VAULT_TOKEN=${vaultToken} ${helper}`,
      env: { ANTHROPIC_CUSTOM_HEADERS: `X-Portkey-Api-Key: ${portkey}\napi-key: ${azure}` },
    }),
  );
  w.env.ANTHROPIC_CUSTOM_HEADERS = `X-Trace-Token: ${envHeaderKey}`;
  delete (w.env as Record<string, string | undefined>).ANTHROPIC_AUTH_TOKEN;
  return { w, secrets: [vaultToken, portkey, azure, envHeaderKey] };
}

test('apiKeyHelper assignments and custom header values never reach any output', async () => {
  const { w, secrets } = setUp();
  const summary = path.join(w.home, 'summary.md');
  const output = path.join(w.home, 'report.xml');
  const runs = await Promise.all(
    FORMATS.map(async (f) => {
      const args = ['doctor', '--offline', '--verbose', '--format', ...f.map((a) => (a === 'OUTPUT' ? output : a))];
      const env = f[0] === 'github' ? { ...w.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } : w.env;
      const r = await spawnCli(args, { env, cwd: w.cwd, timeoutMs: 30_000 });
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      const files = f[0] === 'junit' ? [readFileSync(output, 'utf8')] : f[0] === 'github' ? [readFileSync(summary, 'utf8')] : [];
      return { format: f[0], text: [r.stdout, r.stderr, ...files].join('\n') };
    }),
  );
  for (const run of runs) {
    const views = outputViews(run.text);
    for (const s of secrets) expect({ format: run.format, leaked: leakedWindows(s, '', views) }).toEqual({ format: run.format, leaked: [] });
  }
  // The doctor really printed these places: header names, and the helper's program (found, not "not found").
  const json = JSON.parse(runs.find((r) => r.format === 'json')!.text.split('\n\n')[0] || runs.find((r) => r.format === 'json')!.text);
  const apiKey = json.checks.find((c: { id: string }) => c.id === 'api-key');
  expect(apiKey.data.apiKeyHelper.command).toBe(path.join(w.home, 'vault-bin', 'vault-kimi-key'));
  expect(apiKey.findings.map((f: { code: string }) => f.code)).toContain('api-key.helper');
  expect(apiKey.findings.map((f: { code: string }) => f.code)).not.toContain('api-key.helper-missing');
  const human = runs.find((r) => r.format === 'human')!.text;
  expect(human).toMatch(/x-portkey-api-key|X-Portkey-Api-Key/i);
}, 120_000);

// Issue 11 item 10: the redactor masks the secret, never the catalogue's own sentence around "Authorization:".
test.each([
  ['en', 'en_US.UTF-8', 'sends both (x-api-key and Authorization: Bearer) and warns that auth may not work as expected.'],
  ['zh', 'zh_CN.UTF-8', '（x-api-key 和 Authorization: Bearer），并警告认证可能不按预期工作。'],
])('the both-set warning is printed whole in %s', async (_lang, LANG, sentence) => {
  const w = newWorld();
  Object.assign(w.env, { LANG, ANTHROPIC_API_KEY: 'sk-BothSetApiKey0123456789abcdefXY' });
  const r = await spawnCli(['doctor', '--offline', '--only', 'api-key'], { env: w.env, cwd: w.cwd, timeoutMs: 20_000 });
  expect(r.stdout.replace(/\s+/g, ' ')).toContain(sentence);
});
