// The configuration checks on Windows: backslash paths, case-insensitive names, PowerShell profiles, setx.
import { claudeJsonCheck } from '../../checks/claude-json';
import { configAgreementCheck } from '../../checks/config-agreement';
import { baseUrlCheck } from '../../checks/base-url';
import { render, runCheck } from '../support/run-check';

const HOME = 'C:\\Users\\mei';
const NO_REG = { reg: { exitCode: 1, stderr: 'ERROR: The system was unable to find the specified registry key or value.' } };

describe('on Windows', () => {
  it('finds ~/.claude.json under the user profile and tells how to create it in PowerShell and cmd', async () => {
    const r = await runCheck(claudeJsonCheck, { platform: 'win32', homeDir: HOME, processes: NO_REG });
    expect(r.data).toMatchObject({ path: `${HOME}\\.claude.json`, state: 'missing' });
    expect(render(r.findings[0], 'en', 'powershell', HOME)).toContain(`[IO.File]::WriteAllText('${HOME}\\.claude.json', '{"hasCompletedOnboarding": true}')`);
    expect(render(r.findings[0], 'zh', 'cmd', HOME)).toContain(`echo {"hasCompletedOnboarding": true}> "${HOME}\\.claude.json"`);
  });

  it('does not warn about POSIX modes', async () => {
    const r = await runCheck(claudeJsonCheck, {
      platform: 'win32',
      homeDir: HOME,
      processes: NO_REG,
      files: { [`${HOME}\\.claude.json`]: { kind: 'file', content: JSON.stringify({ hasCompletedOnboarding: true, primaryApiKey: 'sk-ant-' + 'q'.repeat(40) }), mode: 0o666 } },
    });
    expect(r.codes).toEqual(['claude-json.primary-api-key']);
  });

  it('reads the project settings with backslash paths and says to edit that file', async () => {
    const cwd = 'D:\\code\\app';
    const r = await runCheck(baseUrlCheck, {
      platform: 'win32',
      homeDir: HOME,
      cwd,
      processes: NO_REG,
      files: { [`${cwd}\\.claude\\settings.local.json`]: JSON.stringify({ env: { ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/v1' } }) },
    });
    expect(r.data).toMatchObject({ source: { kind: 'settings', scope: 'project-local', path: `${cwd}\\.claude\\settings.local.json` }, region: 'ai' });
    expect(render(r.findings[0], 'en', 'cmd', HOME)).toContain(`Edit ${cwd}\\.claude\\settings.local.json`);
  });

  it('after setx, says to open a new window; a PowerShell profile edit too', async () => {
    const r = await runCheck(configAgreementCheck, {
      platform: 'win32',
      homeDir: HOME,
      env: { Anthropic_Model: 'kimi-k2.6' },
      files: { [`${HOME}\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1`]: '$env:ANTHROPIC_MODEL = "kimi-k2-0905-preview"\r\n' },
      processes: { 'reg query HKCU\\Environment': { stdout: '    ANTHROPIC_BASE_URL    REG_SZ    https://api.moonshot.cn/anthropic/\r\n' } },
    });
    expect(r.codes).toEqual(['config.startup-differs', 'config.registry-differs']);
    expect(r.findings[0].values).toMatchObject({ name: 'ANTHROPIC_MODEL', value: 'kimi-k2-0905-preview', terminalValue: 'kimi-k2.6' });
    expect(render(r.findings[1], 'en', 'cmd', HOME)).toContain('setx changes new windows only');
  });
});
