// Pastes as users make them: colours, carriage returns, prompts, Claude Code's frames, Chinese terminals, whole screens.
import { diagnose, parsePaste } from '../../src/explain';

const ESC = '\x1b';

describe('cleaning a paste', () => {
  test('ANSI codes, Windows line endings, box drawing and bullets are removed; retry lines are set aside', () => {
    const paste = parsePaste(
      `${ESC}[2K${ESC}[1G╭──────────╮\r\n│ ${ESC}[31m⏺ API error · Retrying in 6s · attempt 5/10${ESC}[39m │\r\n╰──────────╯\r\n  ⎿  ${ESC}[1mRequest timed out${ESC}[22m\r\n`,
    );
    expect(paste.lines).toEqual(['Request timed out']);
    expect(paste.retry).toEqual({ attempt: 5, maxAttempts: 10, lastDelaySeconds: 6 });
  });

  test('a retry line that carries the error keeps the error part', () => {
    const paste = parsePaste('⎿  API Error (429 {"error":{"type":"engine_overloaded_error","message":"The engine is currently overloaded"}}) · Retrying in 1 seconds… (attempt 3/10)');
    expect(paste.retry?.attempt).toBe(3);
    expect(diagnose(paste.lines.join('\n')).diagnosis?.verdict).toBe('overloaded');
  });
});

describe.each([
  ['ANSI colours', `${ESC}[31mAPI Error: Request rejected (429) · request reached organization max RPM: 3${ESC}[0m`, 'rate-limited'],
  ['Windows line endings and a cmd prompt', "C:\\Users\\li>claude -p hi\r\n'claude' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n\r\nC:\\Users\\li>", 'command-not-found'],
  ['a bash prompt around -p output', 'li@box:~/proj$ claude -p "hello"\nFailed to authenticate. API Error: 401 Invalid Authentication\nli@box:~/proj$ ', 'auth'],
  [
    'a Chinese terminal',
    'PS C:\\项目> claude -p "你好"\r\n错误：\r\nAPI Error: Request rejected (429) · Your account org-9 is suspended due to insufficient balance, please recharge your account\r\nPS C:\\项目> ',
    'billing',
  ],
  ['a Chinese PowerShell', 'claude : 无法将“claude”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。请检查名称的拼写', 'command-not-found'],
  [
    'a whole interactive screen',
    [
      '╭───────────────────────────────────────────────────╮',
      '│ ✻ Welcome to Claude Code!                         │',
      '│   /help for help, /status for your current setup  │',
      '│   cwd: /home/li/proj                              │',
      '╰───────────────────────────────────────────────────╯',
      '',
      ' ⚠ Auth conflict: Both a token (ANTHROPIC_AUTH_TOKEN) and an API key (ANTHROPIC_API_KEY) are set.',
      '',
      '> fix the failing test',
      '',
      '  ⎿  API error · Retrying in 1s · attempt 1/10',
      '  ⎿  API error · Retrying in 35s · attempt 10/10',
      '  ⎿  Please run /login · API Error: 401 Invalid Authentication',
      '',
      '╭───────────────────────────────────────────────────╮',
      '│ >                                                 │',
      '╰───────────────────────────────────────────────────╯',
      '  ? for shortcuts',
    ].join('\n'),
    'auth',
  ],
  ['a curl answer with its status line', 'HTTP/2 429\r\ncontent-type: application/json\r\n\r\n{"error":{"type":"rate_limit_reached_error","message":"request reached organization max TPM: 500000"}}', 'rate-limited'],
  ['a bare message copied from a log', 'Your account org-3f2a1b is suspended due to insufficient balance, please recharge your account', 'billing'],
  ['a Node stack trace', 'Error: getaddrinfo ENOTFOUND api.moonshot.con\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)', 'dns'],
])('%s', (_name, text, verdict) => {
  test(`→ ${verdict}`, () => {
    expect(diagnose(text).diagnosis?.verdict).toBe(verdict);
  });
});

describe('choosing among several lines', () => {
  test('the whole screen reports the final error, keeps the auth conflict as also seen, and the retries it showed', () => {
    const text = ['⚠ Auth conflict: Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set', '⎿ API error · Retrying in 35s · attempt 4/4', '⎿ Please run /login · API Error: 401 Invalid Authentication'].join('\n');
    const result = diagnose(text);
    expect(result.diagnosis?.verdict).toBe('auth');
    expect(result.alsoSeen.map((r) => r.verdict)).toEqual(['auth-conflict']);
    expect(result.retried).toEqual({ attempt: 4, maxAttempts: 4, lastDelaySeconds: 35 });
    // CLAUDE_CODE_MAX_RETRIES=4 shows as "/4": the wait is computed for 4 retries.
    expect(result.diagnosis?.behaviour).toEqual({ kind: 'retried', retries: 4, waitSeconds: 8, fromScreen: true });
  });

  test('an exact Claude Code line beats a vague phrase that comes after it', () => {
    const text = 'API Error: 402 payment required\nI think it is a rate limit exceeded problem?';
    expect(diagnose(text).diagnosis?.verdict).toBe('billing');
  });
});

describe('not recognised', () => {
  test.each([
    ['hello, my claude does not work', []],
    ['it says something about a model and then a timeout', ['model-not-found', 'timeout']],
    ['got 401 after switching key, the proxy is on', ['auth', 'proxy']],
    ['', []],
  ])('%j gives guesses %j', (text, guesses) => {
    const result = diagnose(text);
    expect(result.diagnosis).toBeNull();
    expect(result.guesses).toEqual(guesses);
  });
});
