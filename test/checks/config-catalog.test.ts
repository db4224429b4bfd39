// The configuration checks as the runner sees them: registration order, wording in both languages for
// every code, and no key surviving any rendering.
import { allChecks } from '../../checks';
import { runChecks } from '../../src/core/runner';
import { configFindings as enConfig } from '../../src/i18n/en/config';
import { configTitles } from '../../src/i18n/zh/config';
import { loadCatalog } from '../../src/i18n/catalog';
import { fakeContext } from '../support/fake-context';
import { renderAll } from '../support/run-check';

const CONFIG_IDS = ['claude-json', 'config-agreement', 'base-url', 'provider', 'api-key', 'model'];
const KEY = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';

describe('configuration checks in the catalogue', () => {
  it('are registered in the agreed order, in category config', () => {
    const config = allChecks.filter((c) => c.category === 'config');
    expect(config.map((c) => c.id)).toEqual(CONFIG_IDS);
  });

  it('have Chinese titles', () => {
    for (const id of CONFIG_IDS) expect(configTitles[id]).toMatch(/\S/);
    expect(loadCatalog('zh').titles['base-url']).toBe(configTitles['base-url']);
  });

  it('have wording for every code in both languages', () => {
    const zh = loadCatalog('zh').findings;
    for (const code of Object.keys(enConfig)) expect(zh[code]).toBeDefined();
  });
});

describe("the setup guide followed to the letter", () => {
  // What a user has after the Chinese guide: trailing slashes, ANTHROPIC_API_KEY, customApiUrl, the retired model.
  const ctx = () =>
    fakeContext({
      env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/', ANTHROPIC_API_KEY: KEY },
      options: { model: 'kimi-k2-0711-preview' },
      files: {
        '/home/user/.claude.json': JSON.stringify({
          installMethod: 'npm',
          autoUpdates: false,
          hasCompletedOnboarding: true,
          telemetry: false,
          customApiUrl: 'https://api.moonshot.cn/anthropic/',
          customApiKeyResponses: { rejected: [KEY.slice(-20)] },
        }),
        '/home/user/.zshrc': `export ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"\nexport ANTHROPIC_API_KEY="${KEY}"\n# export ANTHROPIC_BASE_URL="https://api.moonshot.ai/anthropic/"\n`,
      },
    });

  it('passes what the guide gets right and flags what it gets wrong', async () => {
    const results = await runChecks(allChecks.filter((c) => c.category === 'config'), ctx());
    const summary = Object.fromEntries(results.map((r) => [r.id, [r.status, r.findings.map((f) => f.code)]]));
    expect(summary).toEqual({
      'claude-json': ['fail', ['claude-json.key-rejected']],
      'config-agreement': ['pass', ['config.custom-api-url-unused', 'config.startup-commented']],
      'base-url': ['pass', ['base-url.ok']],
      provider: ['pass', ['provider.ok']],
      'api-key': ['warn', ['api-key.sent-to-anthropic']],
      model: ['warn', ['model.retired']],
    });
  });

  it('never renders the key, in any language or shell', async () => {
    const results = await runChecks(allChecks, ctx());
    const texts = results.flatMap((r) => renderAll(r.findings));
    const json = JSON.stringify(results);
    for (const text of [...texts, json]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(KEY.slice(-20));
    }
  });
});
