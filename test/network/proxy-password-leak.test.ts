// Issue 10, item 7: a proxy URL that does not parse, with a raw "@" in its password. No 8-character window of
// the password may reach any output format, --output, or the GitHub step summary (built binary, offline).
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { FORMATS } from '../../src/render';
import { makeHome } from '../support/cli';
import { spawnCli } from '../support/spawn-cli';
import { leakedWindows, outputViews } from '../proof/secrets/output-views';

jest.setTimeout(60_000);

/** A password with raw "@" (and "/") signs, built fresh per run. */
function password(): string {
  const random = () => Math.random().toString(36).slice(2, 10);
  return `Pw@${random()}@${random()}/${random()}@${random()}`;
}

// A space in the host makes both values unparseable; they differ, so the case-conflict warning shows both.
const shapes = (pw: string) => ({
  https_proxy: `http://alice:${pw}@proxy corp:8080`,
  HTTPS_PROXY: `alice:${pw}@proxy.corp:3128 `,
});

test.each(FORMATS)('no window of the proxy password in --format %s, --output or the step summary', async (format) => {
  const pw = password();
  const { home, path: binPath } = makeHome();
  const cwd = path.join(home, 'project');
  mkdirSync(cwd, { recursive: true });
  const output = path.join(home, 'report.out');
  const summary = path.join(home, 'summary.md');
  const env = {
    HOME: home,
    PATH: binPath,
    LANG: 'en_US.UTF-8',
    ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic',
    ANTHROPIC_AUTH_TOKEN: 'sk-ProxyLeakKey0123456789abcdefXYZ',
    GITHUB_STEP_SUMMARY: summary,
    ...shapes(pw),
  };
  const run = await spawnCli(['doctor', '--offline', '--verbose', '--format', format, '--output', output], { env, cwd, timeoutMs: 30_000 });
  expect([0, 1]).toContain(run.status);
  const written = [output, summary].map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  });
  const text = [run.stdout, run.stderr, ...written].join('\n');
  // The run did look at the proxy values: the case-conflict warning names both variables.
  expect(text).toMatch(/https_proxy/);
  expect(leakedWindows(pw, '', outputViews(text))).toEqual([]);
});
