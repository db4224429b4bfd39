// Puts generated secrets in every place the doctor reads one: the environment, a settings env block,
// primaryApiKey in ~/.claude.json, .env, ~/.zshrc, and the password of a proxy URL.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { newWorld, type World } from '../hostile/world';

export interface Secret {
  value: string;
  /** The part anyone may see (sk-, sk-kimi-, sk-ant-api03-). */
  publicPrefix: string;
}

export interface SecretSet {
  envKey: Secret; // ANTHROPIC_API_KEY in the process environment
  settingsToken: Secret; // ANTHROPIC_AUTH_TOKEN in ~/.claude/settings.json's env
  primaryApiKey: Secret; // ~/.claude.json
  dotenvKey: Secret; // ./.env
  zshrcToken: Secret; // ~/.zshrc
  proxyPassword: Secret; // HTTPS_PROXY=http://user:PASS@127.0.0.1:port
}

const singleQuoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function placeSecrets(secrets: SecretSet, endpointBaseUrl: string, proxyPort: number): World {
  const w = newWorld();
  Object.assign(w.env, {
    ANTHROPIC_BASE_URL: endpointBaseUrl,
    ANTHROPIC_API_KEY: secrets.envKey.value,
    HTTPS_PROXY: `http://kc-user:${encodeURIComponent(secrets.proxyPassword.value)}@127.0.0.1:${proxyPort}`,
  });
  delete w.env.ANTHROPIC_AUTH_TOKEN;
  writeFileSync(path.join(w.home, '.claude', 'settings.json'), JSON.stringify({ env: { ANTHROPIC_AUTH_TOKEN: secrets.settingsToken.value } }));
  writeFileSync(path.join(w.home, '.claude.json'), JSON.stringify({ hasCompletedOnboarding: true, primaryApiKey: secrets.primaryApiKey.value }));
  // dotenv and POSIX shells both take a single-quoted value literally (the generator never makes a ').
  writeFileSync(path.join(w.cwd, '.env'), `ANTHROPIC_API_KEY=${singleQuoted(secrets.dotenvKey.value)}\n`);
  writeFileSync(path.join(w.home, '.zshrc'), `export ANTHROPIC_AUTH_TOKEN=${singleQuoted(secrets.zshrcToken.value)}\n`);
  return w;
}

/** Every form in which a secret was handed to the doctor (the proxy password also went in percent-encoded). */
export function secretForms(secrets: SecretSet): Secret[] {
  const all = Object.values(secrets);
  const encoded = encodeURIComponent(secrets.proxyPassword.value);
  return encoded === secrets.proxyPassword.value ? all : [...all, { value: encoded, publicPrefix: '' }];
}
