// The hostile-input corpus: one row per case, with the behaviour the doctor must show.
// `check` names the check whose finding proves the doctor understood; `codes` lists acceptable finding codes
// (the first match wins), `verdict` the live probe's verdict for server cases.
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { HostileServer } from '../../support/servers/hostile-servers';
import { nestedArrays, put, utf16le, where, type World } from './world';

export interface HostileCase {
  name: string;
  arrange: (w: World) => void;
  check: string;
  codes?: string[];
  verdict?: string;
  /** Server cases: which hostile server answers (see servers.ts), and how its URL is given. */
  server?: { name: ServerName; scheme?: 'https' };
  /** Proxy cases: which hostile server is the HTTPS_PROXY (the endpoint is the healthy one, reached only through it). */
  proxy?: ServerName;
  /** Most connections the server may see in one run: undici once retried a closing proxy 3 500 times a second. */
  maxConnections?: number;
  /** Needs a permission root would bypass: run as an unprivileged user when the tests run as root. */
  unprivileged?: boolean;
  /** Wall-clock limit for the whole run, ms. */
  budgetMs?: number;
}

export type ServerName =
  | 'trickleBody' | 'trickleHeaders' | 'resetMidBody' | 'invalidStatusLine' | 'closeOnAccept'
  | 'gzipBomb' | 'endlessEventStream' | 'redirectLoop' | 'silent' | 'closingProxy' | 'silentProxy';
export type Servers = Record<ServerName, HostileServer>;

const at = (file: string, how: (full: string) => void) => (w: World) => how(where(w, file));
const settingsEnv = (env: Record<string, string>) => JSON.stringify({ env });

const CLAUDE_JSON = '~/.claude.json';
const USER_SETTINGS = '~/.claude/settings.json';
const LOCAL_SETTINGS = './.claude/settings.local.json';
const DOTENV = './.env';
const ZSHRC = '~/.zshrc';

// A start-up line that disagrees with this terminal, and a .env line for a variable set nowhere else.
const ZSHRC_LINE = 'export ANTHROPIC_BASE_URL="https://api.moonshot.ai/anthropic"\n';
const DOTENV_LINE = 'ANTHROPIC_SMALL_FAST_MODEL=kimi-k2-turbo-preview\n';

/** The same five unreadable shapes, for each file the doctor reads; `denied` is the code for no permission. */
function unreadableShapes(file: string, label: string, check: string, codes: string[], denied: string): HostileCase[] {
  return [
    { name: `${label}: a directory`, arrange: at(file, put.directory()), check, codes },
    { name: `${label}: a FIFO (reading blocks forever)`, arrange: at(file, put.fifo()), check, codes },
    { name: `${label}: a symlink loop`, arrange: at(file, put.symlinkLoop()), check, codes },
    { name: `${label}: a symlink to /dev/zero`, arrange: at(file, put.devZero()), check, codes },
    { name: `${label}: no read permission`, arrange: at(file, put.noPermission('{}')), check, codes: [denied], unprivileged: true },
  ];
}

export const FILE_CASES: HostileCase[] = [
  // ~/.claude.json
  { name: '.claude.json: truncated mid-string', arrange: at(CLAUDE_JSON, put.text('{"hasCompletedOnboarding": true, "primaryApiKey": "sk-abc')), check: 'claude-json', codes: ['claude-json.invalid-json'] },
  // Claude Code 2.1.332 reads JSON with a UTF-8 BOM (test/claude-code/real-client-files.test.ts), so the doctor does too.
  { name: '.claude.json: a UTF-8 BOM', arrange: at(CLAUDE_JSON, put.text('\ufeff{"hasCompletedOnboarding": true}')), check: 'claude-json', codes: ['claude-json.ok'] },
  { name: '.claude.json: UTF-16 with a BOM', arrange: at(CLAUDE_JSON, put.text(utf16le('{"hasCompletedOnboarding": true}'))), check: 'claude-json', codes: ['claude-json.not-text'] },
  { name: '.claude.json: NUL bytes', arrange: at(CLAUDE_JSON, put.text('{"hasCompleted\u0000Onboarding": true}')), check: 'claude-json', codes: ['claude-json.not-text'] },
  { name: '.claude.json: 50 MB', arrange: at(CLAUDE_JSON, put.fiftyMegabytes('{"hasCompletedOnboarding": true}')), check: 'claude-json', codes: ['claude-json.too-large'] },
  { name: '.claude.json: a value nested 100 000 deep', arrange: at(CLAUDE_JSON, put.text(`{"projects": ${nestedArrays(100_000)}}`)), check: 'claude-json', codes: ['claude-json.onboarding-incomplete'] },
  { name: '.claude.json: an array nested 100 000 deep', arrange: at(CLAUDE_JSON, put.text(nestedArrays(100_000))), check: 'claude-json', codes: ['claude-json.not-object'] },
  ...unreadableShapes(CLAUDE_JSON, '.claude.json', 'claude-json', ['claude-json.not-a-file', 'claude-json.unreadable'], 'claude-json.unreadable'),

  // ~/.claude/settings.json and the project's settings.local.json
  { name: 'user settings: truncated', arrange: at(USER_SETTINGS, put.text('{"env": {"ANTHROPIC_MODEL": "kimi')), check: 'config-agreement', codes: ['config.settings-invalid'] },
  { name: 'user settings: a UTF-8 BOM', arrange: at(USER_SETTINGS, put.text(`\ufeff${settingsEnv({ ANTHROPIC_MODEL: 'kimi-k2-turbo-preview' })}`)), check: 'model', codes: ['model.retired'] },
  { name: 'user settings: UTF-16', arrange: at(USER_SETTINGS, put.text(utf16le(settingsEnv({ ANTHROPIC_MODEL: 'kimi' })))), check: 'config-agreement', codes: ['config.settings-unreadable'] },
  { name: 'user settings: NUL bytes', arrange: at(USER_SETTINGS, put.text('{"env": {"A\u0000": "b"}}')), check: 'config-agreement', codes: ['config.settings-unreadable'] },
  { name: 'user settings: 50 MB', arrange: at(USER_SETTINGS, put.fiftyMegabytes(settingsEnv({ ANTHROPIC_MODEL: 'kimi' }))), check: 'config-agreement', codes: ['config.settings-unreadable'] },
  { name: 'user settings: env nested 100 000 deep', arrange: at(USER_SETTINGS, put.text(nestedArrays(100_000))), check: 'config-agreement', codes: ['config.settings-invalid'] },
  ...unreadableShapes(USER_SETTINGS, 'user settings', 'config-agreement', ['config.settings-unreadable'], 'config.settings-unreadable'),
  { name: 'project settings.local.json: truncated', arrange: at(LOCAL_SETTINGS, put.text('{"env": ')), check: 'config-agreement', codes: ['config.settings-invalid'] },
  { name: 'project settings.local.json: a FIFO', arrange: at(LOCAL_SETTINGS, put.fifo()), check: 'config-agreement', codes: ['config.settings-unreadable'] },

  // .env in the project (never read by Claude Code; the doctor only mentions it)
  { name: '.env: a UTF-8 BOM', arrange: at(DOTENV, put.text(`\ufeff${DOTENV_LINE}`)), check: 'config-agreement', codes: ['config.dotenv-ignored'] },
  { name: '.env: UTF-16', arrange: at(DOTENV, put.text(utf16le(DOTENV_LINE))), check: 'config-agreement', codes: ['config.dotenv-ignored', 'config.agreement-ok'] },
  { name: '.env: NUL bytes', arrange: at(DOTENV, put.text(DOTENV_LINE.replace('kimi', 'ki\u0000mi'))), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.env: 50 MB', arrange: at(DOTENV, put.fiftyMegabytes(DOTENV_LINE)), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.env: a FIFO', arrange: at(DOTENV, put.fifo()), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.env: a symlink to /dev/zero', arrange: at(DOTENV, put.devZero()), check: 'config-agreement', codes: ['config.agreement-ok'] },

  // ~/.zshrc
  { name: '.zshrc: a UTF-8 BOM', arrange: at(ZSHRC, put.text(`\ufeff${ZSHRC_LINE}`)), check: 'config-agreement', codes: ['config.startup-differs'] },
  { name: '.zshrc: UTF-16', arrange: at(ZSHRC, put.text(utf16le(ZSHRC_LINE))), check: 'config-agreement', codes: ['config.startup-differs'] },
  { name: '.zshrc: truncated inside a quote', arrange: at(ZSHRC, put.text(ZSHRC_LINE.slice(0, 45))), check: 'config-agreement', codes: ['config.startup-differs'] },
  { name: '.zshrc: NUL bytes', arrange: at(ZSHRC, put.text(ZSHRC_LINE.replace('moonshot', 'moon\u0000shot'))), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.zshrc: 50 MB', arrange: at(ZSHRC, put.fiftyMegabytes(ZSHRC_LINE)), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.zshrc: a FIFO', arrange: at(ZSHRC, put.fifo()), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.zshrc: a symlink loop', arrange: at(ZSHRC, put.symlinkLoop()), check: 'config-agreement', codes: ['config.agreement-ok'] },
  { name: '.zshrc: a symlink to /dev/zero', arrange: at(ZSHRC, put.devZero()), check: 'config-agreement', codes: ['config.agreement-ok'] },
];

const setEnv = (vars: Record<string, string>) => (w: World) => Object.assign(w.env, vars);
const inSettings = (vars: Record<string, string>) => at(USER_SETTINGS, put.text(settingsEnv(vars)));
/** Linux refuses a single environment string over 128 KiB (E2BIG), so a 1 MB value travels by --env-file. */
const viaEnvFile = (vars: Record<string, string>) => (w: World) => {
  const file = path.join(w.home, 'ci.env');
  writeFileSync(file, Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''));
  w.args.push('--env-file', file);
};
const MB = 1024 * 1024;

export const ENV_CASES: HostileCase[] = [
  { name: 'base URL with an escape sequence and a bell', arrange: setEnv({ ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic\u001b[2J\u0007' }), check: 'base-url', codes: ['base-url.invisible'] },
  // URL parsing drops CR, LF and tab anywhere in the value, so the request still works.
  { name: 'base URL with a carriage return inside', arrange: setEnv({ ANTHROPIC_BASE_URL: 'https://api.moon\rshot.cn/anthropic' }), check: 'base-url', codes: ['base-url.ok'] },
  { name: 'key with control characters', arrange: setEnv({ ANTHROPIC_AUTH_TOKEN: 'sk-abc\u0001def\u001fghij0123456789abcdef' }), check: 'api-key', codes: ['api-key.non-ascii'] },
  { name: 'model with a terminal escape', arrange: setEnv({ ANTHROPIC_MODEL: 'kimi\u001b]0;pwned\u0007-k2' }), check: 'model', codes: ['model.ok', 'model.unset', 'model.retired'] },
  { name: 'a 128 KiB key in the environment', arrange: setEnv({ ANTHROPIC_AUTH_TOKEN: `sk-${'A'.repeat(128 * 1024 - 40)}` }), check: 'api-key', codes: ['api-key.ok', 'api-key.unknown-prefix'] },
  { name: 'a 1 MB key through --env-file', arrange: viaEnvFile({ ANTHROPIC_AUTH_TOKEN: `sk-${'B'.repeat(MB)}` }), check: 'api-key', codes: ['api-key.ok', 'api-key.unknown-prefix'] },
  { name: 'a 1 MB base URL through --env-file', arrange: viaEnvFile({ ANTHROPIC_BASE_URL: `https://api.moonshot.cn/anthropic/${'p'.repeat(MB)}` }), check: 'base-url', codes: ['base-url.wrong-path'] },
  { name: 'a lone surrogate in the settings base URL', arrange: inSettings({ ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic\ud800' }), check: 'base-url', codes: ['base-url.invisible', 'base-url.unparseable', 'base-url.lookalike', 'base-url.wrong-path'] },
  { name: 'a lone surrogate in the settings key', arrange: inSettings({ ANTHROPIC_AUTH_TOKEN: 'sk-abcdef\udc00ghijklmnop0123456789' }), check: 'api-key', codes: ['api-key.non-ascii'] },
  { name: 'a right-to-left override in the base URL', arrange: setEnv({ ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/\u202eciporhtna' }), check: 'base-url', codes: ['base-url.invisible', 'base-url.wrong-path'] },
  { name: 'a right-to-left mark in the key', arrange: setEnv({ ANTHROPIC_AUTH_TOKEN: 'sk-abcdefghij\u200fklmnopqrstuvwxyz0123' }), check: 'api-key', codes: ['api-key.non-ascii'] },
];

const probe = (name: ServerName, verdict: string, budgetMs = 15_000, scheme?: 'https'): HostileCase => ({
  name: `server: ${SERVER_LABELS[name]}`,
  arrange: () => undefined,
  check: 'live-probe',
  verdict,
  codes: [`live-probe.${verdict}`],
  server: { name, scheme },
  budgetMs,
});

const SERVER_LABELS: Record<ServerName, string> = {
  trickleBody: 'a body trickled one byte a second',
  trickleHeaders: 'headers trickled one byte a second',
  resetMidBody: 'a connection reset mid-body',
  invalidStatusLine: 'an invalid status line',
  closeOnAccept: 'a connection closed before any answer',
  gzipBomb: 'a gzip bomb (1 GiB inflated)',
  endlessEventStream: 'an endless event stream',
  redirectLoop: 'a redirect loop',
  silent: 'a TLS handshake that stalls',
  closingProxy: 'a proxy that closes the connection at CONNECT',
  silentProxy: 'a proxy that never answers CONNECT',
};

export const SERVER_CASES: HostileCase[] = [
  probe('trickleBody', 'timeout'),
  probe('trickleHeaders', 'timeout'),
  probe('resetMidBody', 'network'),
  probe('invalidStatusLine', 'network'),
  probe('closeOnAccept', 'network'),
  probe('gzipBomb', 'bad-response'),
  // Pings never fill the 64 KiB read cap, so the request's time limit ends it.
  probe('endlessEventStream', 'timeout'),
  { ...probe('redirectLoop', 'bad-response'), codes: ['live-probe.redirect'] },
  probe('silent', 'timeout', 15_000, 'https'),
];

// A proxy that closes or ignores CONNECT: a `proxy` verdict within --timeout (2 s) plus start-up, no reconnect storm.
const viaProxy = (name: ServerName): HostileCase => ({
  name: SERVER_LABELS[name],
  arrange: () => undefined,
  check: 'live-probe',
  verdict: 'proxy',
  codes: ['live-probe.proxy'],
  proxy: name,
  maxConnections: 5,
  budgetMs: 4000,
});

export const PROXY_CASES: HostileCase[] = [
  viaProxy('closingProxy'),
  viaProxy('silentProxy'),
];
