#!/usr/bin/env node
// A stand-in for the `claude` binary in capture tests: reads --settings like Claude Code does (its env block beats
// the process environment), sends one messages request to ANTHROPIC_BASE_URL, and writes into its config dir and
// working directory the way the real client does, so tests can prove those writes land in the sandbox.
// STAND_IN_MODE=hang: start a grandchild and never send anything (the capture must kill the whole group).
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');

const args = process.argv.slice(2);
if (args[0] === '--version') {
  console.log('2.1.332 (Claude Code)');
  process.exit(0);
}
const settingsArg = args[args.indexOf('--settings') + 1];
const settingsEnv = (settingsArg && JSON.parse(settingsArg).env) || {};
const configDir = process.env.CLAUDE_CONFIG_DIR;
let userSettings = {};
try {
  userSettings = JSON.parse(fs.readFileSync(path.join(configDir, 'settings.json'), 'utf8'));
} catch {}
const env = { ...process.env, ...(userSettings.env || {}), ...settingsEnv };

// What the real client does to its files on every run.
fs.writeFileSync(path.join(configDir, '.claude.json'), JSON.stringify({ userID: 'written-by-stand-in', numStartups: 1 }));
fs.mkdirSync(path.join(configDir, 'backups'), { recursive: true });
fs.writeFileSync(path.join(process.cwd(), 'written-in-cwd.txt'), 'x');

if (process.env.STAND_IN_MODE === 'hang') {
  const { spawn } = require('child_process');
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (process.env.STAND_IN_PID_FILE) fs.writeFileSync(process.env.STAND_IN_PID_FILE, String(grandchild.pid));
  setInterval(() => {}, 1000);
  return;
}

const base = env.ANTHROPIC_BASE_URL.replace(/\/$/, '');
const model = (env.ANTHROPIC_MODEL || userSettings.model || 'stand-in-default').replace(/\[1m\]$/i, '');
const body = JSON.stringify({ model, max_tokens: 32000, stream: true, messages: [{ role: 'user', content: 'ok' }] });
const headers = { 'content-type': 'application/json', 'user-agent': 'claude-cli/2.1.332 (external, sdk-cli)', 'anthropic-version': '2023-06-01', 'x-app': 'cli', 'x-claude-code-session-id': 'abc' };
if (env.ANTHROPIC_API_KEY) headers['x-api-key'] = env.ANTHROPIC_API_KEY;
if (env.ANTHROPIC_AUTH_TOKEN) headers.authorization = `Bearer ${env.ANTHROPIC_AUTH_TOKEN}`;
const send = (url, payload, done) => {
  const req = http.request(url, { method: 'POST', headers }, (res) => {
    res.resume();
    res.on('end', done);
  });
  req.end(payload);
};
send(`${base}/v1/messages?beta=true`, body, () => {
  // A title request with a claude-* model, as an unmapped small/fast slot makes the real client send.
  if (!env.STAND_IN_TITLE_MODEL) return console.log('ok');
  send(`${base}/v1/messages?beta=true`, JSON.stringify({ model: env.STAND_IN_TITLE_MODEL, max_tokens: 10, messages: [] }), () => console.log('ok'));
});
