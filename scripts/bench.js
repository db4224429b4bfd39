#!/usr/bin/env node
// `npm run bench`: start-up and probe cost, measured as ratios of commands run side by side, in alternation,
// on this machine. Node only. Prints medians, ratios, peak RSS, and whether each target is met.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 25);
const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'kimi-claude.js');
const TARGETS = { startupRatio: 1.6, peakRssMiB: 60, probeAddedMs: 60 };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command to completion; resolves with wall time in ms and, when asked, the child's peak RSS. */
function run(args, env, { rss = false } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = rss ? path.join(os.tmpdir(), `kc-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
    const fullArgs = rss ? ['--require', path.join(__dirname, 'bench-rss.js'), ...args] : args;
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, fullArgs, {
      env: rss ? { ...env, KC_BENCH_RSS_FILE: rssFile } : env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${args.join(' ')}\n${stderr}`));
      let rssKiB = null;
      if (rssFile) {
        rssKiB = Number(fs.readFileSync(rssFile, 'utf8'));
        fs.rmSync(rssFile, { force: true });
      }
      resolve({ ms, rssKiB });
    });
  });
}

/** A loopback endpoint that answers like Moonshot's Anthropic-compatible API. */
function startEndpoint() {
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const message = {
        id: 'msg_bench', type: 'message', role: 'assistant', model: 'kimi-k3',
        content: [{ type: 'text', text: 'o' }], stop_reason: 'max_tokens', usage: { input_tokens: 5, output_tokens: 1 },
      };
      // Claude Code itself (the capture runs) asks for a stream.
      if (/"stream"\s*:\s*true/.test(raw)) {
        const events = [
          ['message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null } }],
          ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
          ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'o' } }],
          ['content_block_stop', { type: 'content_block_stop', index: 0 }],
          ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }],
          ['message_stop', { type: 'message_stop' }],
        ];
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        return res.end(events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join(''));
      }
      const body = JSON.stringify(message);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function alternate(label, a, b, runs = RUNS) {
  const times = { a: [], b: [] };
  // Warm the file cache (and Node's compile cache where it exists) before measuring.
  await run(a.args, a.env);
  await run(b.args, b.env);
  for (let i = 0; i < runs; i++) {
    times.a.push((await run(a.args, a.env)).ms);
    times.b.push((await run(b.args, b.env)).ms);
  }
  const ma = median(times.a);
  const mb = median(times.b);
  console.log(`${label}`);
  console.log(`  ${a.name.padEnd(44)} median ${ma.toFixed(1)} ms`);
  console.log(`  ${b.name.padEnd(44)} median ${mb.toFixed(1)} ms`);
  return { ma, mb };
}

/**
 * The capture runs the user's own claude, so it is reported on its own line, not in the start-up ratio: the same
 * probe run with and without it, with the real Claude Code of the test suite on PATH.
 */
async function captureCost(env) {
  const version = require(path.join(ROOT, 'test', 'support', 'claude-code-version.json')).version;
  const binary = path.join(ROOT, '.cache', 'claude-code', version, 'node_modules', '@anthropic-ai', `claude-code-${process.platform}-${process.arch}`, 'claude');
  if (!fs.existsSync(binary)) return null;
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-bin-'));
  fs.symlinkSync(binary, path.join(bin, 'claude'));
  const withClaude = { ...env, PATH: `${bin}${path.delimiter}${env.PATH}` };
  try {
    const r = await alternate(
      `\nClaude Code capture (claude ${version} on PATH, probe on 127.0.0.1)`,
      { name: 'doctor --format json --no-client-capture', args: [BIN, 'doctor', '--format', 'json', '--no-client-capture'], env: withClaude },
      { name: 'doctor --format json (runs claude once)', args: [BIN, 'doctor', '--format', 'json'], env: withClaude },
      5,
    );
    return { added: r.mb - r.ma };
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    console.error('dist/cli.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-home-'));
  const nodeDir = path.dirname(process.execPath);
  const baseEnv = { HOME: home, PATH: nodeDir, LANG: 'en_US.UTF-8', DISABLE_AUTOUPDATER: '1' };
  const doctorOffline = ['doctor', '--offline', '--format', 'json'];

  console.log(`kimi-claude bench: Node ${process.version}, ${os.cpus().length} CPUs, ${RUNS} alternating runs each\n`);

  const startup = await alternate(
    'Start-up',
    { name: 'node -e 0', args: ['-e', '0'], env: baseEnv },
    { name: 'kimi-claude doctor --offline --format json', args: [BIN, ...doctorOffline], env: baseEnv },
  );
  const startupRatio = startup.mb / startup.ma;

  const server = await startEndpoint();
  const port = server.address().port;
  const probeEnv = {
    ...baseEnv,
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}/anthropic`,
    ANTHROPIC_AUTH_TOKEN: 'sk-benchbenchbenchbenchbenchbenchbench0000',
    ANTHROPIC_MODEL: 'kimi-k3',
    ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
  };
  let probe;
  let capture;
  try {
    probe = await alternate(
      '\nLive probe against a loopback endpoint',
      { name: 'doctor --offline --format json', args: [BIN, ...doctorOffline], env: probeEnv },
      { name: 'doctor --format json (probe on 127.0.0.1)', args: [BIN, 'doctor', '--format', 'json'], env: probeEnv },
    );
    capture = await captureCost(probeEnv);
  } finally {
    server.close();
  }
  const probeAdded = probe.mb - probe.ma;

  const rssRuns = [];
  for (let i = 0; i < 5; i++) rssRuns.push((await run([BIN, ...doctorOffline], baseEnv, { rss: true })).rssKiB);
  const peakRssMiB = Math.max(...rssRuns) / 1024;
  fs.rmSync(home, { recursive: true, force: true });

  const verdict = (ok) => (ok ? 'met' : 'NOT MET');
  console.log('\nResults');
  console.log(`  start-up ratio (doctor offline / bare node)   ${startupRatio.toFixed(2)}x   target <= ${TARGETS.startupRatio}x   ${verdict(startupRatio <= TARGETS.startupRatio)}`);
  console.log(`  peak RSS of the offline run                    ${peakRssMiB.toFixed(1)} MiB   target <= ${TARGETS.peakRssMiB} MiB   ${verdict(peakRssMiB <= TARGETS.peakRssMiB)}`);
  console.log(`  time the loopback probe adds                   ${probeAdded.toFixed(1)} ms   target <= ${TARGETS.probeAddedMs} ms   ${verdict(probeAdded <= TARGETS.probeAddedMs)}`);
  if (capture) console.log(`  cost of the Claude Code capture (online only)   ${capture.added.toFixed(0)} ms   runs your claude once; --offline and --no-client-capture skip it`);
  else console.log('  cost of the Claude Code capture                 not measured: no Claude Code in .cache/claude-code (npm test installs it)');
  const allMet = startupRatio <= TARGETS.startupRatio && peakRssMiB <= TARGETS.peakRssMiB && probeAdded <= TARGETS.probeAddedMs;
  process.exitCode = allMet ? 0 : 1;
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exitCode = 2;
});
