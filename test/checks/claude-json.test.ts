import { claudeJsonCheck } from '../../checks/claude-json';
import type { FakeEntry } from '../support/fake-context';
import { render, renderAll, runCheck } from '../support/run-check';

const PATH = '/home/user/.claude.json';
const KEY = 'sk-' + 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kM9nP2rS5uV8';
const run = (entry: FakeEntry | undefined, env: Record<string, string> = {}) =>
  runCheck(claudeJsonCheck, { env, files: entry === undefined ? {} : { [PATH]: entry } });
const json = (o: unknown, mode = 0o600): FakeEntry => ({ kind: 'file', content: JSON.stringify(o), mode });

describe('claude-json', () => {
  it.each<[string, FakeEntry | undefined, Array<[string, string]>]>([
    ['a good file', json({ hasCompletedOnboarding: true }), [['claude-json.ok', 'info']]],
    ['missing', undefined, [['claude-json.missing', 'warning']]],
    ['a directory', { kind: 'directory' }, [['claude-json.not-a-file', 'error']]],
    ['a FIFO', { kind: 'fifo' }, [['claude-json.not-a-file', 'error']]],
    ['unreadable', { kind: 'unreadable' }, [['claude-json.unreadable', 'error']]],
    ['a symlink loop', { kind: 'loop' }, [['claude-json.unreadable', 'error']]],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), [['claude-json.not-text', 'error']]],
    ['UTF-16 from PowerShell 5', new Uint8Array([0xff, 0xfe, ...Buffer.from('{"hasCompletedOnboarding": true}', 'utf16le')]), [['claude-json.not-text', 'error']]],
    ['GBK', new Uint8Array([0x7b, 0x22, 0xb9, 0xfa, 0x22, 0x7d]), [['claude-json.not-text', 'error']]],
    // Claude Code 2.1.332 reads a .claude.json with a UTF-8 BOM (and rewrites it without one): measured 2026-12-04.
    ['a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"hasCompletedOnboarding": true}')]), [['claude-json.ok', 'info']]],
    ['an array', '[]', [['claude-json.not-object', 'error']]],
    ['onboarding missing', json({ installMethod: 'npm' }), [['claude-json.onboarding-incomplete', 'warning']]],
    ['onboarding "true" as a string', json({ hasCompletedOnboarding: 'true' }), [['claude-json.onboarding-incomplete', 'warning']]],
    ['a primaryApiKey', json({ hasCompletedOnboarding: true, primaryApiKey: 'sk-ant-api03-' + 'z'.repeat(40) }), [['claude-json.primary-api-key', 'warning']]],
    [
      'a primaryApiKey others can read',
      json({ hasCompletedOnboarding: true, primaryApiKey: 'sk-ant-api03-' + 'z'.repeat(40) }, 0o644),
      [
        ['claude-json.primary-api-key', 'warning'],
        ['claude-json.readable-by-others', 'warning'],
      ],
    ],
    ['world-readable without credentials is fine', json({ hasCompletedOnboarding: true }, 0o644), [['claude-json.ok', 'info']]],
  ])('%s', async (_name, entry, expected) => {
    const r = await run(entry);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual(expected);
    for (const t of renderAll(r.findings)) expect(t).not.toMatch(/undefined|\[object Object\]/);
  });

  it.each([
    ['trailing comma', '{\n  "hasCompletedOnboarding": true,\n}', 3, 1, 'trailing-comma', 'a comma after the last item'],
    ['comment', '{\n  // onboarding\n  "hasCompletedOnboarding": true\n}', 2, 3, 'comment', 'a comment'],
    ['smart quotes', '{\u201chasCompletedOnboarding\u201d: true}', 1, 2, 'smart-quotes', 'curly quotes'],
    ['full-width comma', '{"hasCompletedOnboarding": true\uff0c "autoUpdates": false}', 1, 32, 'full-width', 'full-width punctuation'],
  ])('invalid JSON (%s) names line, column and cause', async (_name, text, line, column, cause, words) => {
    const r = await run(text);
    expect(r.findings[0]).toMatchObject({ code: 'claude-json.invalid-json', severity: 'error', values: { line, column, cause } });
    expect(render(r.findings[0])).toContain(`line ${line}, column ${column}`);
    expect(render(r.findings[0])).toContain(words);
    expect(render(r.findings[0], 'zh')).toContain(`第 ${line} 行第 ${column} 列`);
  });

  it("fails when the current key's last 20 characters were rejected, without showing them", async () => {
    const r = await run(json({ hasCompletedOnboarding: true, customApiKeyResponses: { rejected: [KEY.slice(-20)], approved: [] } }), { ANTHROPIC_API_KEY: KEY });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['claude-json.key-rejected', 'error'],
    ]);
    expect(r.data).toMatchObject({ keyRejected: true });
    expect(JSON.stringify({ f: r.findings, d: r.data })).not.toContain(KEY.slice(-20));
    expect(r.ctx.secretsSeen).toContain(KEY.slice(-20));
  });

  it('ignores a rejected entry for another key, and a key given with surrounding whitespace still matches', async () => {
    const other = await run(json({ hasCompletedOnboarding: true, customApiKeyResponses: { rejected: ['x'.repeat(20)] } }), { ANTHROPIC_API_KEY: KEY });
    expect(other.codes).toEqual(['claude-json.ok']);
    const padded = await run(json({ hasCompletedOnboarding: true, customApiKeyResponses: { rejected: [KEY.slice(-20)] } }), { ANTHROPIC_API_KEY: ` ${KEY}\n` });
    expect(padded.codes).toEqual(['claude-json.key-rejected']);
  });

  it('tells how to create the file in each shell, without a BOM in PowerShell', async () => {
    const r = await run(undefined);
    expect(render(r.findings[0], 'en', 'bash')).toContain(`echo '{"hasCompletedOnboarding": true}' > ~/.claude.json`);
    expect(render(r.findings[0], 'en', 'powershell')).toContain('[IO.File]::WriteAllText(');
    expect(render(r.findings[0], 'zh', 'cmd')).toContain('echo {"hasCompletedOnboarding": true}>');
  });

  it('follows CLAUDE_CONFIG_DIR', async () => {
    const r = await runCheck(claudeJsonCheck, { env: { CLAUDE_CONFIG_DIR: '/cfg' }, files: { '/cfg/.claude.json': '{"hasCompletedOnboarding": true}' } });
    expect(r.codes).toEqual(['claude-json.ok']);
    expect(r.data).toMatchObject({ path: '/cfg/.claude.json' });
  });
});
