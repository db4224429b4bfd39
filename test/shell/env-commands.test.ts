// Issue 11, item 4 (unit): with the start-up files known, set/unset commands change or delete the lines that
// already set a variable, in every shell, and never touch a file that does not set it.
import { setEnvCommands, unsetEnvCommands, type StartupLines } from '../../src/shell/env-commands';

const startup: StartupLines = {
  assignments: [
    { path: '/h/.zshrc', line: 7, name: 'ANTHROPIC_BASE_URL', shell: 'posix' },
    { path: '/h/.profile', line: 2, name: 'ANTHROPIC_BASE_URL', shell: 'posix' },
    { path: '/h/.config/fish/config.fish', line: 4, name: 'ANTHROPIC_BASE_URL', shell: 'fish' },
    { path: '/h/Documents/PowerShell/Microsoft.PowerShell_profile.ps1', line: 9, name: 'ANTHROPIC_BASE_URL', shell: 'powershell' },
  ],
};
const home = (p: string) => p.replace(/^\/h\//, '~/');
const URL = 'https://api.moonshot.cn/anthropic';

test('zsh: every posix line that sets it is changed in place, nothing appended', () => {
  const c = setEnvCommands('zsh', [['ANTHROPIC_BASE_URL', URL]], startup, home);
  expect(c.existing).toEqual([{ path: '/h/.zshrc', line: 7 }, { path: '/h/.profile', line: 2 }]);
  expect(c.persistent).toEqual([`sed -i.bak -e '7s|.*|export ANTHROPIC_BASE_URL=${URL}|' ~/.zshrc`, `sed -i.bak -e '2s|.*|export ANTHROPIC_BASE_URL=${URL}|' ~/.profile`]);
});

test('fish: the config.fish line becomes set -gx; PowerShell: the profile line to write', () => {
  expect(setEnvCommands('fish', [['ANTHROPIC_BASE_URL', URL]], startup, home).persistent).toEqual([`sed -i.bak -e '4s|.*|set -gx ANTHROPIC_BASE_URL ${URL}|' ~/.config/fish/config.fish`]);
  const ps = setEnvCommands('powershell', [['ANTHROPIC_BASE_URL', URL]], startup, home);
  expect(ps.existing).toEqual([{ path: '/h/Documents/PowerShell/Microsoft.PowerShell_profile.ps1', line: 9 }]);
  expect(ps.persistent).toEqual([`$env:ANTHROPIC_BASE_URL = '${URL}'`]);
});

test('a value with sed specials and the delimiter is escaped', () => {
  const c = setEnvCommands('bash', [['ANTHROPIC_BASE_URL', 'a|b&c']], startup, home);
  expect(c.persistent[0]).toBe(`sed -i.bak -e '7s#.*#export ANTHROPIC_BASE_URL='\\''a|b\\&c'\\''#' ~/.zshrc`);
});

test('unset: delete exactly those lines; a variable no file sets gets no persistent command', () => {
  expect(unsetEnvCommands('bash', ['ANTHROPIC_BASE_URL'], startup, home).persistent).toEqual(["sed -i.bak -e 7d ~/.zshrc", 'sed -i.bak -e 2d ~/.profile']);
  expect(unsetEnvCommands('bash', ['ANTHROPIC_API_KEY'], startup, home)).toEqual({ temporary: ['unset ANTHROPIC_API_KEY'], persistent: [], existing: [] });
});
