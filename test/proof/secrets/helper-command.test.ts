// An apiKeyHelper is a shell command line (Claude Code runs it with /bin/sh -c; measured on 2.1.332 with
// "VAULT_TOKEN=… /path/vault-kimi-key"): the doctor finds the program the shell would run, and treats the
// values of leading NAME=value assignments as secrets.
import { firstWord } from '../../../src/config/find-command';
import { registerEmbeddedSecrets } from '../../../src/config/secrets';

test.each([
  ['VAULT_TOKEN=hvs.CAESIabc123 /usr/local/bin/vault-kimi-key', '/usr/local/bin/vault-kimi-key'],
  [`A="x y" B='z' "/opt/my tool/key" --flag`, '/opt/my tool/key'],
  ['TOKEN=a\\ b get-key;rm -rf /', 'get-key'],
])('%s runs %s', (command, program) => {
  expect(firstWord(command)).toBe(program);
});

test('assignment values are registered as secrets, the program is not', () => {
  const seen: string[] = [];
  registerEmbeddedSecrets({ add: (s) => void (s && seen.push(s)) }, `VAULT_TOKEN=hvs.CAESIabc123 ROLE="kimi reader" /usr/local/bin/vault-kimi-key`);
  expect(seen).toEqual(expect.arrayContaining(['hvs.CAESIabc123', 'kimi reader']));
  expect(seen).not.toContain('/usr/local/bin/vault-kimi-key');
});
