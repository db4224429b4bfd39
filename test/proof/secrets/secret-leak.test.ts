// Secret-leak fuzzing against the BUILT binary: generated keys, tokens and proxy passwords in every source,
// a loopback endpoint (reached through a loopback proxy) that echoes the key back in its error message,
// every format with --verbose, and the --output file and GITHUB_STEP_SUMMARY. No 8 characters in a row of any
// secret may survive, in any format, under any of the formats' escapings.
import fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { startAnthropicEndpoint, type AnthropicEndpoint } from '../../support/servers/anthropic-endpoint';
import { startForwardProxy, type ForwardProxy } from '../../support/servers/forward-proxy';
import { spawnCli, STACK_TRACE } from '../../support/spawn-cli';
import { leakedWindows, outputViews } from './output-views';
import { placeSecrets, secretForms, type Secret, type SecretSet } from './placements';

const RUNS = 30;

// Characters a pasted key may hold, including the ones JSON escapes (" \) and URLs percent-encode (@ : / # ? % & + = space-free).
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const charsets = {
  base64: `${ALNUM}+/=`,
  urlSafe: `${ALNUM}-_`,
  special: `${ALNUM}"\\/@:#?%&+=!$*()[]{}<>|~^,;.\``,
};
// Characters picked one by one: fc.string would also mix in dictionary words ("property"), which a report
// legitimately contains.
const body = (set: string, min = 16, max = 48) =>
  fc.array(fc.integer({ min: 0, max: set.length - 1 }), { minLength: min, maxLength: max }).map((ix) => ix.map((i) => set[i]).join(''));

const secret: fc.Arbitrary<Secret> = fc.oneof(
  body(charsets.urlSafe, 32, 56).map((b) => ({ value: `sk-${b}`, publicPrefix: 'sk-' })),
  body(charsets.urlSafe, 32, 56).map((b) => ({ value: `sk-kimi-${b}`, publicPrefix: 'sk-kimi-' })),
  body(charsets.urlSafe, 40, 80).map((b) => ({ value: `sk-ant-api03-${b}`, publicPrefix: 'sk-ant-api03-' })),
  // Down to 8 characters: short tokens are secrets too.
  body(charsets.base64, 8).map((b) => ({ value: b, publicPrefix: '' })),
  body(charsets.special, 8).map((b) => ({ value: b, publicPrefix: '' })),
);

const secretSet: fc.Arbitrary<SecretSet> = fc.record({
  envKey: secret,
  settingsToken: secret,
  primaryApiKey: secret,
  dotenvKey: secret,
  zshrcToken: secret,
  proxyPassword: body(charsets.special, 8, 40).map((b) => ({ value: b, publicPrefix: '' })),
});

/** Each run: the format, extra arguments and environment, and the files its output also lands in. */
const FORMAT_RUNS = [
  { name: 'human', args: ['--format', 'human'] },
  { name: 'json', args: ['--format', 'json'] },
  { name: 'markdown', args: ['--format', 'markdown'] },
  { name: 'junit to --output', args: ['--format', 'junit', '--output', 'OUTPUT'] },
  { name: 'github with a step summary', args: ['--format', 'github'], github: true },
] as const;

let endpoint: AnthropicEndpoint;
let proxy: ForwardProxy;

beforeAll(async () => {
  endpoint = await startAnthropicEndpoint();
  // A gateway that quotes the credentials back, as some do in their error messages: whole, starting near
  // character 300 (where the doctor cuts the message), in error.type, base64-encoded and split over lines.
  endpoint.answer((req) => {
    const key = String(req.headers['x-api-key'] ?? '');
    const auth = String(req.headers.authorization ?? '');
    const head = `Invalid key ${key.slice(0, 12)}\n${key.slice(12)} / ${auth} (proxy said ${req.headers['proxy-authorization'] ?? 'nothing'}) `;
    return {
      status: 401,
      body: JSON.stringify({
        error: {
          type: `invalid_authentication_error ${Buffer.from(`k:${key}`).toString('base64')}`,
          // The key again from character 286: a cut at 300 leaves 14 of its characters.
          message: `${head.padEnd(286, '.')}${key}`,
        },
      }),
    };
  });
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await endpoint?.close();
  await proxy?.close();
});

async function runEveryFormat(secrets: SecretSet): Promise<Array<{ name: string; text: string; status: number | null }>> {
  const world = placeSecrets(secrets, endpoint.baseUrl, proxy.port);
  return Promise.all(
    FORMAT_RUNS.map(async (run) => {
      const output = path.join(world.home, `report-${run.name.replace(/\W/g, '-')}`);
      const summary = path.join(world.home, 'step-summary.md');
      const env = 'github' in run ? { ...world.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } : world.env;
      const args = ['doctor', '--verbose', '--timeout', '5000', ...run.args.map((a) => (a === 'OUTPUT' ? output : a))];
      const r = await spawnCli(args, { env, cwd: world.cwd, timeoutMs: 30_000 });
      const files = [args.includes(output) ? output : null, 'github' in run ? summary : null].filter((f): f is string => f !== null);
      const written = files.map((f) => readFileSync(f, 'utf8'));
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      return { name: run.name, text: [r.stdout, r.stderr, ...written].join('\n'), status: r.status };
    }),
  );
}

test(`no 8 characters of any secret survive any format (${RUNS} generated cases)`, async () => {
  const postsBefore = endpoint.requests.filter((r) => r.method === 'POST').length;
  await fc.assert(
    fc.asyncProperty(secretSet, async (secrets) => {
      const outputs = await runEveryFormat(secrets);
      // The echoed message reached the report (redacted), so the redaction really had something to do.
      expect(outputs.find((o) => o.name === 'json')!.text).toContain('Invalid key');
      for (const out of outputs) {
        expect({ format: out.name, status: out.status }).toEqual({ format: out.name, status: 1 });
        const views = outputViews(out.text);
        for (const s of secretForms(secrets)) {
          expect({ format: out.name, secret: s.value, leaked: leakedWindows(s.value, s.publicPrefix, views) }).toEqual({ format: out.name, secret: s.value, leaked: [] });
        }
      }
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
  // The probe really went out through the proxy and met the echoing endpoint, every time.
  const posts = endpoint.requests.filter((r) => r.method === 'POST').length - postsBefore;
  expect(posts).toBeGreaterThanOrEqual(RUNS * FORMAT_RUNS.length);
  expect(proxy.seen.some((s) => s.proxyAuthorization?.startsWith('Basic '))).toBe(true);
}, 600_000);
