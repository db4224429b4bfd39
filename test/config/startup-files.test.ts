import { parseStartupFile, shellWord } from '../../src/config/startup-files';
import { parseRegQuery } from '../../src/config/registry';

describe('parseStartupFile', () => {
  it("reads the guide's ~/.zshrc lines, the commented .ai alternative included", () => {
    const zshrc = [
      'export PATH="$HOME/bin:$PATH"',
      'export ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"',
      'export ANTHROPIC_API_KEY="sk-xxxxxxxxxxxxxxxx"',
      '# export ANTHROPIC_BASE_URL="https://api.moonshot.ai/anthropic/"',
    ].join('\n');
    expect(parseStartupFile('/h/.zshrc', zshrc, 'posix')).toEqual([
      { path: '/h/.zshrc', line: 2, shell: 'posix', name: 'ANTHROPIC_BASE_URL', value: 'https://api.moonshot.cn/anthropic/', dynamic: false, commented: false },
      { path: '/h/.zshrc', line: 3, shell: 'posix', name: 'ANTHROPIC_API_KEY', value: 'sk-xxxxxxxxxxxxxxxx', dynamic: false, commented: false },
      { path: '/h/.zshrc', line: 4, shell: 'posix', name: 'ANTHROPIC_BASE_URL', value: 'https://api.moonshot.ai/anthropic/', dynamic: false, commented: true },
    ]);
  });

  it('reads bare, single-quoted and dynamic POSIX values', () => {
    const found = parseStartupFile('/h/.bashrc', "ANTHROPIC_MODEL=kimi-k2.6 # main\nexport ANTHROPIC_AUTH_TOKEN='a b'\nexport ANTHROPIC_API_KEY=\"$(pass kimi)\"", 'posix');
    expect(found.map((f) => [f.name, f.value, f.dynamic])).toEqual([
      ['ANTHROPIC_MODEL', 'kimi-k2.6', false],
      ['ANTHROPIC_AUTH_TOKEN', 'a b', false],
      ['ANTHROPIC_API_KEY', '$(pass kimi)', true],
    ]);
  });

  it('reads fish set -x / -gx / -Ux and ignores unexported set', () => {
    const fish = 'set -gx ANTHROPIC_BASE_URL https://api.moonshot.cn/anthropic\nset -Ux ANTHROPIC_MODEL "kimi-k2.6"\nset ANTHROPIC_AUTH_TOKEN local-only\n# set -x ANTHROPIC_BASE_URL https://api.moonshot.ai/anthropic';
    expect(parseStartupFile('/h/config.fish', fish, 'fish').map((f) => [f.name, f.value, f.commented])).toEqual([
      ['ANTHROPIC_BASE_URL', 'https://api.moonshot.cn/anthropic', false],
      ['ANTHROPIC_MODEL', 'kimi-k2.6', false],
      ['ANTHROPIC_BASE_URL', 'https://api.moonshot.ai/anthropic', true],
    ]);
  });

  it('reads PowerShell $env: and SetEnvironmentVariable lines', () => {
    const ps1 = [
      '$env:ANTHROPIC_BASE_URL="https://api.moonshot.cn/anthropic/"',
      "$env:ANTHROPIC_API_KEY = 'sk-test'",
      '[System.Environment]::SetEnvironmentVariable("ANTHROPIC_MODEL","kimi-k2.6","User")',
      '# [System.Environment]::SetEnvironmentVariable("ANTHROPIC_BASE_URL","https://api.moonshot.ai/anthropic/","User")',
    ].join('\r\n');
    expect(parseStartupFile('C:\\p.ps1', ps1, 'powershell').map((f) => [f.line, f.name, f.value, f.commented])).toEqual([
      [1, 'ANTHROPIC_BASE_URL', 'https://api.moonshot.cn/anthropic/', false],
      [2, 'ANTHROPIC_API_KEY', 'sk-test', false],
      [3, 'ANTHROPIC_MODEL', 'kimi-k2.6', false],
      [4, 'ANTHROPIC_BASE_URL', 'https://api.moonshot.ai/anthropic/', true],
    ]);
  });

  it('unquotes like a shell', () => {
    expect(shellWord(`"a\\"b" rest`)).toEqual({ value: 'a"b', dynamic: false });
    expect(shellWord(`'x'"y"z;echo`)).toEqual({ value: 'xyz', dynamic: false });
  });
});

describe('parseRegQuery', () => {
  it('reads names and values, empty ones included', () => {
    const out = '\r\nHKEY_CURRENT_USER\\Environment\r\n    Path    REG_EXPAND_SZ    %USERPROFILE%\\bin;C:\\x\r\n    ANTHROPIC_BASE_URL    REG_SZ    https://api.moonshot.cn/anthropic/\r\n    EMPTY    REG_SZ    \r\n';
    expect(parseRegQuery(out)).toEqual({ Path: '%USERPROFILE%\\bin;C:\\x', ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic/', EMPTY: '' });
  });
});
