// `kimi-claude setup` on real temporary homes: the key on standard input, files written with backups,
// --print writes nothing, and the key never appears in anything setup prints.
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { runSetup, type SetupArgs } from '../../src/cli/setup';
import type { Shell } from '../../src/core/types';
import { createFileWriter } from '../../src/context/write';
import { tempDir } from '../support/cli';

const CN_KEY = 'sk-Q9vLr2mXc8TzP4yB7nKd1WsEa5HuJf3GoRi6';
const KIMI_KEY = 'sk-kimi-Mx72PqL9zRt4Vb8Nc1Ks5Hd3Fg6Jw0Ye';
const posix = process.platform !== 'win32';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  home: string;
}

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

async function setup(args: Partial<SetupArgs>, stdinText: string, opts: { home?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const home = opts.home ?? tempDir('kc-setup-');
  const out = capture();
  const err = capture();
  const code = await runSetup(
    { print: false, lang: 'en', shell: 'bash', ...args },
    {
      stdin: Readable.from([Buffer.from(stdinText)]),
      stdout: out.stream,
      stderr: err.stream,
      env: { HOME: home, ...opts.env },
      homeDir: home,
      cwd: home,
      platform: 'linux',
      writer: createFileWriter({ now: () => new Date('2026-11-29T21:00:00Z') }),
    },
  );
  return { code, stdout: out.text(), stderr: err.text(), home };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? filesUnder(path.join(dir, n)).map((f) => `${n}/${f}`) : [n]));

function expectKeyNeverShown(run: Run, key: string) {
  expect(run.stdout + run.stderr).not.toContain(key);
  expect(run.stdout + run.stderr).not.toContain(key.slice(-20));
}

describe('kimi-claude setup writes the configuration Claude Code reads', () => {
  it('cn, key piped with a trailing newline: settings env, onboarding, private modes', async () => {
    const run = await setup({ region: 'cn' }, `${CN_KEY}\n`);
    expect(run.code).toBe(0);
    const settingsFile = path.join(run.home, '.claude', 'settings.json');
    expect(readJson(settingsFile)).toEqual({
      env: {
        ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic',
        ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3',
        ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3',
        ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3',
        CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3',
        ENABLE_TOOL_SEARCH: 'false',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        ANTHROPIC_AUTH_TOKEN: CN_KEY,
      },
    });
    expect(readJson(path.join(run.home, '.claude.json'))).toEqual({ hasCompletedOnboarding: true });
    if (posix) {
      expect(statSync(settingsFile).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(run.home, '.claude')).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(run.home, '.claude.json')).mode & 0o777).toBe(0o600);
    }
    expect(run.stdout).toContain('Claude Code is configured for cn (https://api.moonshot.cn/anthropic, model kimi-k3) in ~/.claude/settings.json');
    expect(run.stdout).toContain('ANTHROPIC_DEFAULT_OPUS_MODEL, ANTHROPIC_DEFAULT_SONNET_MODEL, ANTHROPIC_DEFAULT_HAIKU_MODEL, CLAUDE_CODE_SUBAGENT_MODEL');
    expect(run.stdout).toContain('kimi-k3 needs a recharged balance');
    expect(run.stdout).toContain('--model kimi-k2.6');
    expectKeyNeverShown(run, CN_KEY);
  });

  it('kimi-code with a Kimi Code key, and --model', async () => {
    const run = await setup({ region: 'kimi-code', model: 'kimi-k2.7-code' }, KIMI_KEY);
    expect(run.code).toBe(0);
    expect(readJson(path.join(run.home, '.claude', 'settings.json')).env).toMatchObject({
      ANTHROPIC_BASE_URL: 'https://api.kimi.com/coding/',
      ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k2.7-code',
      CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k2.7-code',
      ANTHROPIC_AUTH_TOKEN: KIMI_KEY,
    });
    expect(run.stdout).not.toContain('recharged');
    expectKeyNeverShown(run, KIMI_KEY);
  });

  it('ai: the .ai endpoint and the platform model', async () => {
    const run = await setup({ region: 'ai' }, CN_KEY);
    expect(readJson(path.join(run.home, '.claude', 'settings.json')).env).toMatchObject({
      ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic',
      ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3',
    });
  });

  it('kimi-code: kimi-for-coding in every slot of the guide', async () => {
    const run = await setup({ region: 'kimi-code' }, KIMI_KEY);
    const env = readJson(path.join(run.home, '.claude', 'settings.json')).env;
    for (const slot of ['ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL', 'CLAUDE_CODE_SUBAGENT_MODEL']) expect(env[slot]).toBe('kimi-for-coding');
  });

  it('removes model variables that would beat the slots, and names those the terminal still sets', async () => {
    const home = tempDir('kc-setup-');
    mkdirSync(path.join(home, '.claude'));
    const settingsFile = path.join(home, '.claude', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ env: { ANTHROPIC_MODEL: 'kimi-k2-turbo-preview', ANTHROPIC_SMALL_FAST_MODEL: 'kimi-k2-turbo-preview' } }));
    const run = await setup({ region: 'cn' }, CN_KEY, { home, env: { ANTHROPIC_MODEL: 'kimi-latest' } });
    expect(run.code).toBe(0);
    const env = readJson(settingsFile).env;
    expect(env).not.toHaveProperty('ANTHROPIC_MODEL');
    expect(env).not.toHaveProperty('ANTHROPIC_SMALL_FAST_MODEL');
    expect(env.ANTHROPIC_DEFAULT_HAIKU_MODEL).toBe('kimi-k3');
    expect(run.stdout).toContain('This terminal sets ANTHROPIC_MODEL=kimi-latest. ANTHROPIC_MODEL beats the model slots setup wrote');
    expect(run.stdout).toContain('unset ANTHROPIC_MODEL');
  });

  it('keeps everything else in existing files, backs them up, drops ANTHROPIC_API_KEY and closes the settings to others', async () => {
    const home = tempDir('kc-setup-');
    mkdirSync(path.join(home, '.claude'));
    const settingsFile = path.join(home, '.claude', 'settings.json');
    const oldSettings = '{\n\t"permissions": {"allow": ["Bash(git:*)"]},\n\t"env": {\n\t\t"ANTHROPIC_API_KEY": "sk-oldoldoldoldoldold",\n\t\t"HTTPS_PROXY": "http://127.0.0.1:7890"\n\t},\n\t"主题": "暗色"\n}\n';
    writeFileSync(settingsFile, oldSettings);
    if (posix) chmodSync(settingsFile, 0o644);
    const claudeJsonFile = path.join(home, '.claude.json');
    const oldClaudeJson = '{"numStartups":3,"projects":{"/w":{"history":[]}},"hasCompletedOnboarding":false}';
    writeFileSync(claudeJsonFile, oldClaudeJson);

    const run = await setup({ region: 'cn' }, CN_KEY, { home });
    expect(run.code).toBe(0);
    const settings = readJson(settingsFile);
    expect(settings).toEqual({
      permissions: { allow: ['Bash(git:*)'] },
      env: {
        HTTPS_PROXY: 'http://127.0.0.1:7890',
        ANTHROPIC_BASE_URL: 'https://api.moonshot.cn/anthropic',
        ANTHROPIC_DEFAULT_OPUS_MODEL: 'kimi-k3',
        ANTHROPIC_DEFAULT_SONNET_MODEL: 'kimi-k3',
        ANTHROPIC_DEFAULT_HAIKU_MODEL: 'kimi-k3',
        CLAUDE_CODE_SUBAGENT_MODEL: 'kimi-k3',
        ENABLE_TOOL_SEARCH: 'false',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        ANTHROPIC_AUTH_TOKEN: CN_KEY,
      },
      主题: '暗色',
    });
    expect(readFileSync(settingsFile, 'utf8')).toContain('\n\t\t"HTTPS_PROXY": "http://127.0.0.1:7890",\n\t\t"ANTHROPIC_BASE_URL"');
    expect(readFileSync(claudeJsonFile, 'utf8')).toBe('{"numStartups":3,"projects":{"/w":{"history":[]}},"hasCompletedOnboarding":true}');
    expect(readFileSync(`${settingsFile}.kimi-claude-backup-20261129T210000Z`, 'utf8')).toBe(oldSettings);
    expect(readFileSync(`${claudeJsonFile}.kimi-claude-backup-20261129T210000Z`, 'utf8')).toBe(oldClaudeJson);
    if (posix) expect(statSync(settingsFile).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain('backup: ~/.claude/settings.json.kimi-claude-backup-20261129T210000Z');
    expectKeyNeverShown(run, CN_KEY);
  });

  it('follows CLAUDE_CONFIG_DIR for both files', async () => {
    const home = tempDir('kc-setup-');
    const configDir = path.join(home, 'cfg');
    const run = await setup({ region: 'cn' }, CN_KEY, { home, env: { CLAUDE_CONFIG_DIR: configDir } });
    expect(run.code).toBe(0);
    expect(filesUnder(home).sort()).toEqual(['cfg/.claude.json', 'cfg/settings.json']);
  });

  // Claude Code does not expand "~" in CLAUDE_CONFIG_DIR and starts a relative one from the working directory
  // (test/claude-code/real-client-files.test.ts): setup writes where Claude Code will read, not where ~ would point.
  it.each([
    ['~/cfg', ['~/cfg/.claude.json', '~/cfg/settings.json']],
    ['cfg', ['cfg/.claude.json', 'cfg/settings.json']],
  ])('takes CLAUDE_CONFIG_DIR=%j as Claude Code does', async (value, files) => {
    const home = tempDir('kc-setup-');
    const run = await setup({ region: 'cn' }, CN_KEY, { home, env: { CLAUDE_CONFIG_DIR: value } });
    expect(run.code).toBe(0);
    expect(filesUnder(home).sort()).toEqual(files);
  });

  it('answers in Chinese', async () => {
    const run = await setup({ region: 'cn', lang: 'zh' }, CN_KEY);
    expect(run.stdout).toContain('已在 ~/.claude/settings.json 中为 cn 配置 Claude Code');
  });
});

describe('kimi-claude setup refuses bad input and changes nothing', () => {
  it.each([
    ['no key', 'cn', '', 'No API key was given.'],
    ['only whitespace', 'cn', ' \n\n', 'No API key was given.'],
    ['a space inside', 'cn', 'sk-abcdefgh ijklmnopqrstuvwxyz', 'whitespace at position 12'],
    ['two lines', 'cn', `${CN_KEY}\n${CN_KEY}\n`, 'The input has 2 lines; a key is one line.'],
    // Issue 10 item 13: refused with the reason, never cut to 65,536 characters and written.
    ['100,003 characters', 'cn', `sk-${'A'.repeat(100_000)}`, 'The key is more than 65536 characters long'],
    ['600 characters on one line', 'cn', `sk-${'B'.repeat(597)}`, 'The key is 600 characters long (a key has at most 512)'],
    // Issue 11 items 5 and 13: whatever the api-key check would fail is refused before anything is written.
    ['the guide\'s placeholder', 'cn', 'sk-xxxx', 'This is a placeholder'],
    ['a Chinese placeholder', 'cn', 'sk-你的密钥', 'This is a placeholder'],
    ['a quoted key', 'cn', `"${CN_KEY}"`, 'Remove the quotes'],
    ['a key pasted with Bearer', 'cn', `Bearer ${CN_KEY}`, 'starts with "Bearer "'],
    ['a cut-off key', 'cn', 'sk-Q9vLr2mXc8Tz', 'only 15 characters long'],
    ['a key with a BOM', 'cn', `\ufeff${CN_KEY}`, 'U+FEFF at position 1'],
    ['an Anthropic key', 'cn', 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz', 'This is an Anthropic key'],
    ['not sk-', 'ai', 'moonshot-abcdefghijklmnopqrstuvwxyz', 'does not start with "sk-"'],
    ['a Kimi Code key for cn', 'cn', KIMI_KEY, 'works only with --region kimi-code, not --region cn'],
    ['a platform key for kimi-code', 'kimi-code', CN_KEY, 'Kimi Code keys start with "sk-kimi-"'],
  ] as const)('%s', async (_name, region, stdin, message) => {
    const run = await setup({ region }, stdin);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(filesUnder(run.home)).toEqual([]);
    // A placeholder is public text, quoted by the refusal itself ("like the guide's sk-xxxx…"); anything else is a key.
    if (stdin.trim() && message !== 'This is a placeholder') expectKeyNeverShown(run, stdin.trim().split('\n')[0]);
  });

  // Issue 11 item 3: a settings.json that does not parse is named by line and column, with setup's own next step.
  it.each([
    ['en', 'line 4, column 3, probably a comma after the last item', 'Fix line 4 by hand, then run `kimi-claude setup` again.'],
    ['zh', '第 4 行第 3 列，可能是最后一项后面多了逗号', '手动改好第 4 行，然后重新运行 `kimi-claude setup`。'],
  ] as const)('names the line of a broken settings.json and writes nothing (%s)', async (lang, where, next) => {
    const home = tempDir('kc-setup-');
    mkdirSync(path.join(home, '.claude'));
    const broken = '{\n  "env": {\n    "ANTHROPIC_MODEL": "kimi-k3",\n  }\n}\n';
    writeFileSync(path.join(home, '.claude', 'settings.json'), broken);
    const run = await setup({ region: 'cn', lang }, CN_KEY, { home });
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain(where);
    expect(run.stderr + run.stdout).toContain(next);
    expect(run.stderr + run.stdout).not.toMatch(/--fix|position \d/);
    expect(readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8')).toBe(broken);
    expect(filesUnder(home)).toEqual(['.claude/settings.json']);
  });

  it('rejects a --model with whitespace or quotes, suggesting live names only', async () => {
    const run = await setup({ region: 'cn', model: '"kimi-k2.6"' }, CN_KEY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a model name');
    expect(run.stderr).toContain('one of: kimi-k3, kimi-k2.6, kimi-k2.7-code, kimi-k2.7-code-highspeed.');
    expect(filesUnder(run.home)).toEqual([]);
  });

  it.each([
    ['kimi-k2-turbo-preview', 'was retired by Moonshot on 2026-05-25'],
    ['moonshot-v1-32k', 'was retired by Moonshot on 2026-08-31'],
    ['claude-sonnet-4-5', 'is a Claude model'],
  ])('refuses --model %s, which the doctor would flag', async (model, message) => {
    const run = await setup({ region: 'cn', model }, CN_KEY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('kimi-k3, kimi-k2.6');
    // The suggestion names live models only.
    expect(run.stderr.split('\n')[1]).toMatch(/^Choose /);
    expect(run.stderr.split('\n')[1]).not.toMatch(/preview|latest|moonshot-v1|k2\.5|claude/);
    expect(filesUnder(run.home)).toEqual([]);
  });

  it('does not replace an env block that is not an object', async () => {
    const home = tempDir('kc-setup-');
    mkdirSync(path.join(home, '.claude'));
    writeFileSync(path.join(home, '.claude', 'settings.json'), '{"env": ["ANTHROPIC_MODEL=x"]}');
    const run = await setup({ region: 'cn' }, CN_KEY, { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('env is not an object');
    expect(filesUnder(home)).toEqual(['.claude/settings.json']);
  });

  it('needs --region when nobody can be asked', async () => {
    const run = await setup({}, CN_KEY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--region is required when standard input is not a terminal.');
    expect(filesUnder(run.home)).toEqual([]);
  });

  it('never rewrites a settings file that is not valid JSON, and then writes neither file', async () => {
    const home = tempDir('kc-setup-');
    mkdirSync(path.join(home, '.claude'));
    writeFileSync(path.join(home, '.claude', 'settings.json'), '{ "env": { "A": "1", } }');
    const run = await setup({ region: 'cn' }, CN_KEY, { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not valid JSON');
    expect(filesUnder(home)).toEqual(['.claude/settings.json']);
    expect(readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8')).toBe('{ "env": { "A": "1", } }');
  });
});

describe('kimi-claude setup --print', () => {
  it.each<[Shell, string[]]>([
    ['bash', ["read -rs ANTHROPIC_AUTH_TOKEN", 'export ANTHROPIC_BASE_URL=https://api.moonshot.cn/anthropic', `echo "export ANTHROPIC_AUTH_TOKEN='$ANTHROPIC_AUTH_TOKEN'" >> ~/.bashrc`]],
    ['zsh', ['read -rs ANTHROPIC_AUTH_TOKEN', 'export CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1', '>> ~/.zshrc']],
    ['fish', ['read --silent', 'set -gx ANTHROPIC_DEFAULT_OPUS_MODEL kimi-k3', 'set -gx ENABLE_TOOL_SEARCH false', 'set -Ux ANTHROPIC_AUTH_TOKEN $ANTHROPIC_AUTH_TOKEN']],
    ['powershell', ["Read-Host -AsSecureString", "$env:ANTHROPIC_BASE_URL = 'https://api.moonshot.cn/anthropic'", "[Environment]::SetEnvironmentVariable('ANTHROPIC_AUTH_TOKEN', $env:ANTHROPIC_AUTH_TOKEN, 'User')"]],
    ['cmd', ['powershell -NoProfile', 'set "CLAUDE_CODE_SUBAGENT_MODEL=kimi-k3"', 'setx ANTHROPIC_AUTH_TOKEN "%ANTHROPIC_AUTH_TOKEN%"']],
  ])('%s: prints the commands, writes nothing, never reads or shows the key', async (shell, expected) => {
    const run = await setup({ region: 'cn', print: true, shell }, CN_KEY);
    expect(run.code).toBe(0);
    for (const line of expected) expect(run.stdout).toContain(line);
    expect(run.stdout).toContain('In this terminal:');
    expect(run.stdout).toContain('Settings files beat the environment');
    expect(filesUnder(run.home)).toEqual([]);
    expectKeyNeverShown(run, CN_KEY);
  });
});

describe('kimi-claude setup at a terminal', () => {
  it('asks for the region, reads the key with echo off, and never echoes it', async () => {
    const home = tempDir('kc-setup-');
    const stdin = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[], setRawMode(raw: boolean) { this.rawModes.push(raw); return this; } });
    const out = capture();
    const err = capture();
    const done = runSetup(
      { print: false, lang: 'en', shell: 'bash' },
      { stdin, stdout: out.stream, stderr: err.stream, env: { HOME: home }, homeDir: home, cwd: home, platform: 'linux', writer: createFileWriter() },
    );
    const waitFor = async (text: string) => {
      while (!err.text().includes(text)) await new Promise((r) => setTimeout(r, 5));
    };
    await waitFor('Choose 1-3');
    stdin.write('9\n');
    await waitFor('is not one of');
    stdin.write('2\n');
    await waitFor('input is hidden');
    // Typed with a mistake and a backspace, inside bracketed-paste markers.
    stdin.write(`\u001b[200~${CN_KEY}x\u007f\u001b[201~\r`);
    expect(await done).toBe(0);
    expect(stdin.rawModes).toEqual([true, false]);
    expect(readJson(path.join(home, '.claude', 'settings.json')).env).toMatchObject({ ANTHROPIC_BASE_URL: 'https://api.moonshot.ai/anthropic', ANTHROPIC_AUTH_TOKEN: CN_KEY });
    expectKeyNeverShown({ code: 0, stdout: out.text(), stderr: err.text(), home }, CN_KEY);
  });
});

describe('kimi-claude setup in a real process, key piped on standard input', () => {
  it('writes the files and prints no key', () => {
    const dir = tempDir('kc-setup-proc-');
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { runSetup } from ${JSON.stringify(path.join(__dirname, '../../src/cli/setup'))};
       import { realFileWriter } from ${JSON.stringify(path.join(__dirname, '../../src/context/write'))};
       import * as os from 'os';
       runSetup({ region: 'cn', print: false }, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, homeDir: os.homedir(), cwd: process.cwd(), platform: process.platform, writer: realFileWriter })
         .then((code) => { process.exitCode = code; });`,
    );
    const bundle = path.join(dir, 'entry.js');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', outfile: bundle, logLevel: 'silent' });
    const home = path.join(dir, 'home');
    mkdirSync(home);
    const child = spawnSync(process.execPath, [bundle], { input: `${CN_KEY}\r\n`, env: { HOME: home, USERPROFILE: home, LANG: 'C' }, encoding: 'utf8', timeout: 20000 });
    expect(child.status).toBe(0);
    expect(readJson(path.join(home, '.claude', 'settings.json')).env.ANTHROPIC_AUTH_TOKEN).toBe(CN_KEY);
    expect(existsSync(path.join(home, '.claude.json'))).toBe(true);
    expect(child.stdout + child.stderr).not.toContain(CN_KEY);
    expect(child.stdout).toContain('Created ~/.claude/settings.json.');
  });
});
