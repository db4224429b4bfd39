#!/usr/bin/env node
// `npm run bench`: start-up, memory and probe cost, measured as ratios of commands run side by side, in alternation,
// on this machine, in a cleared environment. Prints medians, ratios, peak RSS and whether each target is met, and
// writes the figures as JSON (bench/results-node<major>.json) so that a later change can be compared with this one.
//
//   npm run bench                      Node running this script
//   npm run bench -- --node 22         an official build cached in .cache/node-binaries (npm test installs them)
//   npm run bench -- --node /path/to/node
//   BENCH_RUNS=80 npm run bench        more alternating pairs (at least 20; 40 by default)
//   npm run bench -- --instructions    also the instructions each run executes (valgrind), a figure free of the machine's load
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 40);
const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'kimi-claude.js');
const RSS_PRELOAD = path.join(__dirname, 'peak-rss.js');
const TARGETS = { startupRatio: 1.7, peakRssMiB: 60 };
const KEY = 'sk-benchbenchbenchbenchbenchbenchbench0000';

/** The Node to measure: this one, a version cached in .cache/node-binaries, or a path. */
function nodeToMeasure() {
  const i = process.argv.indexOf('--node');
  const wanted = i > 0 ? process.argv[i + 1] : undefined;
  if (!wanted) return process.execPath;
  if (wanted.includes(path.sep)) return path.resolve(wanted);
  const cache = path.join(ROOT, '.cache', 'node-binaries');
  const versions = fs.existsSync(cache) ? fs.readdirSync(cache).filter((v) => v === wanted || v.startsWith(`${wanted}.`)) : [];
  const binary = versions.map((v) => path.join(cache, v, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node')).find((b) => fs.existsSync(b));
  if (!binary) {
    console.error(`No Node ${wanted} in .cache/node-binaries: run \`node scripts/install-node-binaries.js\` first, or pass a path.`);
    process.exit(2);
  }
  return binary;
}

const NODE = nodeToMeasure();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command to completion with stdout on a pipe (read and dropped, as `| jq` would); wall time in ms and peak RSS in KiB. */
function run(args, env, { rss = false } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = rss ? path.join(os.tmpdir(), `kc-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
    const fullArgs = rss ? ['--require', RSS_PRELOAD, ...args] : args;
    const started = process.hrtime.bigint();
    const child = spawn(NODE, fullArgs, {
      env: rss ? { ...env, KC_PEAK_RSS_FILE: rssFile } : env,
      cwd: env.HOME,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
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

/** A throwaway home with what a Kimi user has: ~/.claude/settings.json pointing at the endpoint, and ~/.claude.json. */
function makeHome(baseUrl) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-home-'));
  fs.mkdirSync(path.join(home, '.claude'));
  const settings = {
    env: { ANTHROPIC_BASE_URL: baseUrl, ANTHROPIC_AUTH_TOKEN: KEY, ANTHROPIC_MODEL: 'kimi-k3', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
    permissions: { allow: ['Bash(npm test:*)', 'Bash(git diff:*)'] },
  };
  fs.writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  fs.writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ numStartups: 12, hasCompletedOnboarding: true, installMethod: 'npm' }, null, 2) + '\n');
  return home;
}

/** A cleared environment: only these variables reach the runs; nothing of the caller's (NODE_EXTRA_CA_CERTS included). */
function clearedEnv(home) {
  return { HOME: home, PATH: path.dirname(NODE), LANG: 'en_US.UTF-8', DISABLE_AUTOUPDATER: '1' };
}

/**
 * A and B in alternation, in the order ABBA, ABBA, … (neither always runs first, and a machine that speeds up or
 * slows down during the bench favours neither); medians of each, the median of the pairwise ratios
 * B/A (robust when the machine drifts), and a 95% interval for that median (the pairs resampled).
 */
async function alternate(label, a, b, runs = RUNS) {
  const times = { a: [], b: [] };
  // Warm the file cache and the code cache before measuring.
  await run(a.args, a.env);
  await run(b.args, b.env);
  for (let i = 0; i < runs; i++) {
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const t1 = (await run(first.args, first.env)).ms;
    const t2 = (await run(second.args, second.env)).ms;
    times.a.push(first === a ? t1 : t2);
    times.b.push(first === a ? t2 : t1);
  }
  const ma = median(times.a);
  const mb = median(times.b);
  const ratios = times.b.map((t, i) => t / times.a[i]);
  const pairRatio = median(ratios);
  console.log(label);
  console.log(`  ${a.name.padEnd(46)} median ${ma.toFixed(1)} ms`);
  console.log(`  ${b.name.padEnd(46)} median ${mb.toFixed(1)} ms`);
  return {
    a: a.name,
    b: b.name,
    runs,
    medianMsA: round(ma),
    medianMsB: round(mb),
    ratioOfMedians: round(mb / ma, 3),
    medianPairRatio: round(pairRatio, 3),
    interval95: medianInterval(ratios).map((x) => round(x, 3)),
  };
}

/** A 95% bootstrap interval for the median of `xs`: 2000 resamplings, from a fixed seed so that a bench repeats. */
function medianInterval(xs) {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const medians = [];
  for (let i = 0; i < 2000; i++) medians.push(median(xs.map(() => xs[Math.floor(random() * xs.length)])));
  medians.sort((x, y) => x - y);
  return [medians[Math.floor(0.025 * medians.length)], medians[Math.floor(0.975 * medians.length) - 1]];
}

async function peakRss(args, env, runs = 5) {
  const kib = [];
  for (let i = 0; i < runs; i++) kib.push((await run(args, env, { rss: true })).rssKiB);
  return round(Math.max(...kib) / 1024);
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
    return { claudeCodeVersion: version, ...r, addedMs: round(r.medianMsB - r.medianMsA) };
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
}

/**
 * The floor: a bundle, built like the CLI's, that only configures yargs (src/cli/args.ts, as the CLI does) and parses
 * the doctor's command line: no check, no report. It is started by a copy of bin/kimi-claude.js, with the same code
 * cache. What the doctor costs above it is its own work.
 */
async function buildFloor(dir) {
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(BIN, path.join(dir, 'bin', 'kimi-claude.js'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  // yargs reads the program's package.json, as it reads kimi-claude's.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'kimi-claude-floor', version: '0.0.0' }));
  const outfile = path.join(dir, 'dist', 'cli.js');
  await require('./build').bundle({
    stdin: {
      contents: "import { parseArgs } from './src/cli/args';\nparseArgs(process.argv.slice(2), 'en', '0.0.0', async () => 0).then((p) => p.kind === 'started' && p.exitCode);\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
  });
  return path.join(dir, 'bin', 'kimi-claude.js');
}

const round = (x, digits = 1) => Number(x.toFixed(digits));

/**
 * `--instructions`: the instructions each command executes, counted by valgrind. Unlike time, the count does not move
 * with the machine's load, so it tells a change of 1% from noise; it leaves out the kernel's work (page faults, reads)
 * and waiting, which time includes. Address-space randomisation off (setarch -R) and a fixed V8 random seed make a run
 * repeat to a few thousand instructions; --random-seed is one of the V8 flags that leave a code cache valid.
 */
function instructionCount(args, env, valgrindPath, setarchPath) {
  const valgrind = [valgrindPath, '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file', NODE, '--random-seed=1', ...args];
  const setarch = setarchPath ? [setarchPath, os.arch() === 'arm64' ? 'aarch64' : 'x86_64', '-R'] : null;
  const [cmd, ...rest] = setarch ? [...setarch, ...valgrind] : valgrind;
  // The first run writes the code cache of these options; the second is counted.
  let count = null;
  for (let i = 0; i < 2; i++) {
    const r = spawnSync(cmd, rest, { env, cwd: env.HOME, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
    count = m ? Number(m[1].replace(/,/g, '')) : null;
  }
  return count;
}

/** A program on the caller's PATH (the runs' own PATH holds only the measured Node's folder). */
function onCallersPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

function instructionRatios(doctorArgs, floor, env) {
  const valgrind = onCallersPath('valgrind');
  if (!valgrind) {
    console.log('\n--instructions: no valgrind on PATH, not counted.');
    return null;
  }
  const setarch = onCallersPath('setarch');
  const bare = instructionCount(['-e', '0'], env, valgrind, setarch);
  const doctor = instructionCount(doctorArgs, env, valgrind, setarch);
  const floorCount = instructionCount([floor, ...doctorArgs.slice(1)], env, valgrind, setarch);
  if (!bare || !doctor || !floorCount) {
    console.log('\n--instructions: valgrind gave no count (run one by hand to see why).');
    return null;
  }
  return { bare, doctor, floor: floorCount, ratio: round(doctor / bare, 3), floorRatio: round(floorCount / bare, 3) };
}

function nodeVersionOf(node) {
  return spawnSync(node, ['-p', 'process.version'], { env: {}, encoding: 'utf8' }).stdout.trim();
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    console.error('dist/cli.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const nodeVersion = nodeVersionOf(NODE);
  const inherited = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'SSL_CERT_FILE', 'HTTPS_PROXY', 'https_proxy'].filter((k) => process.env[k]);
  console.log(`kimi-claude bench: Node ${nodeVersion} (${NODE}), ${os.cpus().length} CPUs, ${RUNS} pairs of runs each, in the order ABBA`);
  console.log('Environment cleared: every run gets only HOME (a throwaway one), PATH (this Node\'s folder), LANG and DISABLE_AUTOUPDATER.');
  console.log(
    inherited.length
      ? `  Your ${inherited.join(', ')} ${inherited.length > 1 ? 'are' : 'is'} not passed: NODE_EXTRA_CA_CERTS alone makes bare Node load certificates at start-up, which shrinks the ratio.\n`
      : '  NODE_EXTRA_CA_CERTS (which makes bare Node load certificates at start-up, and so shrinks the ratio) is not set.\n',
  );

  const server = await startEndpoint();
  const port = server.address().port;
  const offlineHome = makeHome('https://api.moonshot.ai/anthropic');
  const probeHome = makeHome(`http://127.0.0.1:${port}/anthropic`);
  const offlineEnv = clearedEnv(offlineHome);
  const probeEnv = clearedEnv(probeHome);
  const doctorOffline = [BIN, 'doctor', '--offline', '--format', 'json'];
  const doctorProbe = [BIN, 'doctor', '--format', 'json', '--no-client-capture'];

  const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-floor-'));
  const floor = await buildFloor(floorDir);
  let startup;
  let floorRun;
  let probe;
  let capture;
  let peaks;
  let instructions = null;
  try {
    startup = await alternate(
      'Start-up',
      { name: 'node -e 0', args: ['-e', '0'], env: offlineEnv },
      { name: 'kimi-claude doctor --offline --format json', args: doctorOffline, env: offlineEnv },
    );
    floorRun = await alternate(
      '\nThe floor: yargs alone, configured and parsing the same command line',
      { name: 'node -e 0', args: ['-e', '0'], env: offlineEnv },
      { name: 'yargs bundle: doctor --offline --format json', args: [floor, 'doctor', '--offline', '--format', 'json'], env: offlineEnv },
    );
    probe = await alternate(
      '\nLive probe against a loopback endpoint',
      { name: 'doctor --offline --format json', args: doctorOffline, env: probeEnv },
      { name: 'doctor --format json --no-client-capture', args: doctorProbe, env: probeEnv },
    );
    peaks = { offlineMiB: await peakRss(doctorOffline, offlineEnv), probeMiB: await peakRss(doctorProbe, probeEnv), bareNodeMiB: await peakRss(['-e', '0'], offlineEnv) };
    capture = await captureCost(probeEnv);
    if (process.argv.includes('--instructions')) instructions = instructionRatios(doctorOffline, floor, offlineEnv);
  } finally {
    server.close();
    fs.rmSync(offlineHome, { recursive: true, force: true });
    fs.rmSync(probeHome, { recursive: true, force: true });
    fs.rmSync(floorDir, { recursive: true, force: true });
  }

  const ratio = startup.medianPairRatio;
  const probeAddedMs = round(probe.medianMsB - probe.medianMsA);
  const met = { startupRatio: ratio <= TARGETS.startupRatio, peakOffline: peaks.offlineMiB <= TARGETS.peakRssMiB, peakProbe: peaks.probeMiB <= TARGETS.peakRssMiB };
  const verdict = (ok) => (ok ? 'met' : 'NOT MET');
  console.log('\nResults');
  const [low, high] = startup.interval95;
  console.log(`  start-up ratio (doctor offline / bare node)    ${ratio.toFixed(2)}x   target <= ${TARGETS.startupRatio}x   ${verdict(met.startupRatio)}   (ratio of medians ${startup.ratioOfMedians.toFixed(2)}x)`);
  console.log(`    95% interval of the ratio                    ${low.toFixed(2)}x to ${high.toFixed(2)}x${low <= TARGETS.startupRatio && high > TARGETS.startupRatio ? '   (it spans the target: the verdict may flip from one bench to the next)' : ''}`);
  console.log(`  the floor (yargs alone / bare node)            ${floorRun.medianPairRatio.toFixed(2)}x   what the doctor adds above it: ${(ratio - floorRun.medianPairRatio).toFixed(2)}x`);
  console.log(`  peak RSS, offline run                          ${peaks.offlineMiB.toFixed(1)} MiB   target <= ${TARGETS.peakRssMiB} MiB   ${verdict(met.peakOffline)}`);
  console.log(`  peak RSS, run with the loopback probe          ${peaks.probeMiB.toFixed(1)} MiB   target <= ${TARGETS.peakRssMiB} MiB   ${verdict(met.peakProbe)}   (bare node ${peaks.bareNodeMiB.toFixed(1)} MiB)`);
  console.log(`  run with the loopback probe                    ${probe.medianMsB.toFixed(1)} ms, ${probeAddedMs.toFixed(1)} ms more than offline`);
  if (instructions) {
    const m = (n) => `${(n / 1e6).toFixed(1)}M`;
    console.log(`  instructions (valgrind), doctor / bare node     ${instructions.ratio.toFixed(2)}x   ${m(instructions.doctor)} / ${m(instructions.bare)}; the floor ${instructions.floorRatio.toFixed(2)}x   (no kernel time, no waiting)`);
  }
  if (capture) console.log(`  cost of the Claude Code capture (online only)  ${capture.addedMs.toFixed(0)} ms   runs your claude once; --offline and --no-client-capture skip it`);
  else console.log('  cost of the Claude Code capture                not measured: no Claude Code in .cache/claude-code (npm test installs it)');

  const results = {
    date: new Date().toISOString(),
    node: nodeVersion,
    cpus: os.cpus().length,
    environment: { cleared: true, passed: Object.keys(offlineEnv), notPassedFromCaller: inherited },
    targets: TARGETS,
    startup,
    floor: floorRun,
    probe: { ...probe, addedMs: probeAddedMs },
    peakRss: peaks,
    capture,
    instructions,
    met,
  };
  const dir = path.join(ROOT, 'bench');
  const file = path.join(dir, `results-node${nodeVersion.replace(/^v/, '').split('.')[0]}.json`);
  compareWithPrevious(file, results);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWritten: ${path.relative(process.cwd(), file) || file}`);
  process.exitCode = Object.values(met).every(Boolean) ? 0 : 1;
}

/** The figures of the last bench on the same Node major, beside today's. */
function compareWithPrevious(file, now) {
  let before;
  try {
    before = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return;
  }
  const row = (name, a, b, unit) => {
    if (typeof a !== 'number' || typeof b !== 'number') return;
    console.log(`  ${name.padEnd(46)} ${String(a).padStart(7)} -> ${String(b).padStart(7)} ${unit}`);
  };
  console.log(`\nCompared with the previous bench (${before.date}, Node ${before.node})`);
  row('start-up ratio', before.startup?.medianPairRatio, now.startup.medianPairRatio, 'x');
  row('the floor (yargs alone)', before.floor?.medianPairRatio, now.floor.medianPairRatio, 'x');
  row('offline run, median', before.startup?.medianMsB, now.startup.medianMsB, 'ms');
  row('run with the loopback probe, median', before.probe?.medianMsB, now.probe.medianMsB, 'ms');
  row('peak RSS, offline', before.peakRss?.offlineMiB, now.peakRss.offlineMiB, 'MiB');
  row('peak RSS, probe', before.peakRss?.probeMiB, now.peakRss.probeMiB, 'MiB');
  row('Claude Code capture', before.capture?.addedMs, now.capture?.addedMs, 'ms');
  row('instructions, doctor / bare node', before.instructions?.ratio, now.instructions?.ratio, 'x');
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exitCode = 2;
});
