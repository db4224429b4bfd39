// Issue 11, item 13, as a user runs it (built binary, offline): HTTPS_PROXY=127.0.0.1:7890 has no scheme.
// Claude Code 2.1.332 repairs host:port to http:// and uses it (test/claude-code/real-proxy.test.ts), so the
// doctor says how it is read; a value Claude Code refuses gets the corrected URL, not a generic example.
import { makeHome, runCli } from '../support/cli';

const BASE = { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic', ANTHROPIC_AUTH_TOKEN: 'sk-SchemeCliKey0123456789abcdefXYZ' };

function doctor(proxy: string, lang: string, format = 'human') {
  const { home, path } = makeHome();
  return runCli(['doctor', '--offline', '--only', 'proxy', '--format', format], { env: { HOME: home, PATH: path, LANG: lang, ...BASE, HTTPS_PROXY: proxy } });
}

test('127.0.0.1:7890 is read as http://127.0.0.1:7890, in English, Chinese and JSON', () => {
  const en = doctor('127.0.0.1:7890', 'en_US.UTF-8');
  expect(en.stdout).toContain('HTTPS_PROXY has no scheme: Claude Code reads it as http://127.0.0.1:7890.');
  expect(en.stdout).toContain('HTTPS_PROXY = http://127.0.0.1:7890 applies to api.moonshot.cn');
  expect(en.stdout).not.toContain('proxy.example.com');
  expect(en.status).toBe(0);
  const zh = doctor('127.0.0.1:7890', 'zh_CN.UTF-8');
  expect(zh.stdout).toContain('HTTPS_PROXY 没有写协议：Claude Code 会把它当作 http://127.0.0.1:7890。');
  const json = JSON.parse(doctor('127.0.0.1:7890', 'en_US.UTF-8', 'json').stdout);
  const proxy = json.checks.find((c: { id: string }) => c.id === 'proxy');
  expect(proxy.data).toMatchObject({ proxyUrl: 'http://127.0.0.1:7890', source: 'HTTPS_PROXY' });
  expect(proxy.findings.map((f: { code: string }) => f.code)).toEqual(['proxy.applies', 'proxy.no-scheme', 'skip.offline']);
});

test('a value Claude Code refuses gets the corrected URL as the fix, never with the password in it', () => {
  const r = doctor('alice:s3cret-Passw0rd@127.0.0.1:7890', 'en_US.UTF-8');
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('Invalid proxy URL in HTTPS_PROXY');
  expect(r.stdout).toContain('export HTTPS_PROXY=http://127.0.0.1:7890');
  expect(r.stdout).toContain('Keep your proxy user name and password');
  expect(r.stdout).not.toContain('***');
  expect(r.stdout).not.toContain('proxy.example.com');
  expect(r.stdout).not.toContain('s3cret-Passw0rd');
  const fullWidth = doctor('127.0.0.1\uff1a7890', 'en_US.UTF-8');
  expect(fullWidth.stdout).toContain('export HTTPS_PROXY=http://127.0.0.1:7890');
});
