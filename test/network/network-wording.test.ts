// Every network finding has wording in both languages, and every failing or warning verdict a remedy.
import { VERDICTS } from '../../src/classify';
import { loadCatalog } from '../../src/i18n/catalog';
import { createRenderKit } from '../../src/i18n/render-kit';
import { networkFindings } from '../../src/i18n/en/network';
import type { Lang, Shell } from '../../src/core/types';

const SAMPLE = {
  url: 'https://api.moonshot.cn/anthropic/v1/messages',
  host: 'api.moonshot.cn',
  model: 'kimi-k2',
  modelSource: 'ANTHROPIC_MODEL',
  latencyMs: 120,
  timeoutSeconds: 10,
  proxy: 'http://127.0.0.1:7890',
  proxyVariable: 'HTTPS_PROXY',
  region: 'cn',
  keyVariables: ['ANTHROPIC_API_KEY'],
  status: 429,
  errorType: 'rate_limit_reached_error',
  serverMessage: 'request reached organization max RPM: 3',
  limit: { kind: 'rpm', value: 3 },
  tiers: [0],
  retryAfterSeconds: 1,
  redirectHost: 'evil.example:8443',
  consoleUrls: ['https://platform.moonshot.cn/console'],
  balance: { available: 0, voucher: 0, cash: 0, currency: 'CNY' },
  models: ['kimi-k2-turbo-preview'],
  regionHint: 'key-belongs-to-ai',
  baseUrlEndsWithV1: true,
  kimiCodeSuspended: false,
  value: 'x',
  variable: 'HTTPS_PROXY',
  scheme: 'socks5',
  winner: 'https_proxy',
  loser: 'HTTPS_PROXY',
  winnerValue: 'http://a:1/',
  loserValue: 'http://b:1/',
  entry: '*corp.com',
  problem: 'wildcard',
  suggestion: 'corp.com',
  target: 'api.moonshot.cn:443',
  answer: 'closed',
  noProxyVariable: 'NO_PROXY',
  port: 7890,
  seconds: 10,
  error: 'ECONNREFUSED',
  path: '/etc/ca.pem',
  reason: 'missing',
  certificates: 2,
};

const LANGS: Lang[] = ['en', 'zh'];
const SHELLS: Shell[] = ['bash', 'zsh', 'fish', 'powershell', 'cmd'];
const kitFor = (lang: Lang, shell: Shell) =>
  createRenderKit({ lang, shell, platform: shell === 'cmd' || shell === 'powershell' ? 'win32' : 'linux', homeDir: '/home/u', ui: loadCatalog(lang).ui });

describe.each(LANGS)('%s', (lang) => {
  const findings = loadCatalog(lang).findings;
  test.each(Object.keys(networkFindings))('%s renders in every shell', (code) => {
    for (const shell of SHELLS) {
      const kit = kitFor(lang, shell);
      expect(findings[code].message(SAMPLE, kit).length).toBeGreaterThan(10);
      const remedy = findings[code].remediation?.(SAMPLE, kit);
      if (remedy !== undefined) expect(remedy).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  test('every verdict but ok has a remedy, and it is not shared text between verdicts', () => {
    const kit = kitFor(lang, 'bash');
    const remedies = VERDICTS.filter((v) => v !== 'ok').map((v) => findings[`live-probe.${v}`].remediation?.(SAMPLE, kit));
    expect(remedies.every((r) => typeof r === 'string' && r.length > 20)).toBe(true);
    expect(new Set(remedies).size).toBe(remedies.length);
  });

  test('remedies carry the facts: console, tiers, retries, other region, models, redirect target', () => {
    const kit = kitFor(lang, 'bash');
    const remedy = (code: string) => findings[code].remediation!(SAMPLE, kit);
    expect(remedy('live-probe.billing')).toContain('https://platform.moonshot.cn/console');
    expect(remedy('live-probe.rate-limited')).toMatch(/Tier5[\s\S]*10000/);
    expect(remedy('live-probe.rate-limited')).toContain('attempt 5/10');
    expect(remedy('live-probe.auth')).toContain("export ANTHROPIC_BASE_URL=https://api.moonshot.ai/anthropic");
    expect(remedy('live-probe.model-not-found')).toContain('kimi-k2-turbo-preview');
    expect(remedy('live-probe.redirect')).toContain('evil.example:8443');
    expect(findings['live-probe.redirect'].message(SAMPLE, kit)).toContain('evil.example:8443');
    expect(findings['live-probe.billing'].message(SAMPLE, kit)).toMatch(/¥0/);
  });
});

test('commands follow the shell', () => {
  const remedy = loadCatalog('en').findings['live-probe.model-not-found'].remediation!;
  expect(remedy(SAMPLE, kitFor('en', 'powershell'))).toContain("$env:ANTHROPIC_MODEL = 'kimi-k2-turbo-preview'");
  expect(remedy(SAMPLE, kitFor('en', 'fish'))).toContain('set -gx ANTHROPIC_MODEL kimi-k2-turbo-preview');
});

describe("Kimi's answers get their own wording (issue 13)", () => {
  const render = (lang: Lang, code: string, values: Record<string, unknown>) => {
    const kit = kitFor(lang, 'bash');
    const entry = loadCatalog(lang).findings[code];
    return { message: entry.message({ ...SAMPLE, ...values }, kit), remedy: entry.remediation?.({ ...SAMPLE, ...values }, kit) ?? '' };
  };
  const quota = { status: 403, errorType: 'access_terminated_error', limit: { kind: 'weekly' }, tiers: [], region: null, host: 'api.kimi.com' };

  test.each(LANGS)('%s: a used-up quota names the window and the reset, and sends to kimi.com/code, not to recharge', (lang) => {
    const { message, remedy } = render(lang, 'live-probe.billing', { ...quota, limit: { kind: 'weekly', resetsAt: '2026-12-08T15:53:05.000Z' } });
    expect(message).toContain(lang === 'en' ? 'weekly (7-day) window' : '每周（7 天）窗口');
    expect(message).toContain('2026-12-08T15:53:05.000Z');
    expect(remedy).toContain('https://www.kimi.com/code/');
    expect(remedy).not.toContain('platform.moonshot.cn');
  });

  test.each(LANGS)('%s: the platform billing wording is unchanged when the limit is a rate limit', (lang) => {
    expect(render(lang, 'live-probe.billing', {}).remedy).toContain('https://platform.moonshot.cn/console');
  });

  test.each(LANGS)('%s: permission_denied_error names the IP allowlist, not a bad key', (lang) => {
    const { message, remedy } = render(lang, 'live-probe.auth', { status: 403, errorType: 'permission_denied_error' });
    expect(remedy).toContain(lang === 'en' ? 'IP allowlist' : 'IP 白名单');
    expect(remedy).not.toContain('ANTHROPIC_API_KEY=');
    expect(message).toContain('permission_denied_error');
  });

  test.each(LANGS)('%s: the client gate remedy is about the User-Agent', (lang) => {
    const { remedy } = render(lang, 'live-probe.client-not-allowed', { status: 403, errorType: 'access_terminated_error' });
    expect(remedy).toContain('ANTHROPIC_CUSTOM_HEADERS');
    expect(remedy).toContain('User-Agent');
  });

  test.each(LANGS)('%s: an overload on Kimi Code mentions the unrecognised client; elsewhere it does not', (lang) => {
    expect(render(lang, 'live-probe.overloaded', { kimiCode: true }).remedy).toContain('User-Agent');
    expect(render(lang, 'live-probe.overloaded', { kimiCode: false }).remedy).not.toContain('User-Agent');
  });
});
