// When no line is recognised: words that point towards a cause, so the answer is never empty.
import type { ExplainVerdict } from './verdicts';

const HINTS: ReadonlyArray<[RegExp, ExplainVerdict]> = [
  [/\b401\b|unauthori[sz]ed|authenticat|api[ _-]?key|认证|密钥/i, 'auth'],
  [/quota|usage limit|balance|billing|recharge|\b402\b|余额|充值|欠费|额度/i, 'billing'],
  [/user[ -]?agent|coding agents/i, 'client-not-allowed'],
  [/\b429\b|rate[ _-]?limit|too many|限流|频率/i, 'rate-limited'],
  [/overload|\b529\b|过载/i, 'overloaded'],
  [/\b404\b|not found|model|模型/i, 'model-not-found'],
  [/\b5\d\d\b|server error|服务器错误/i, 'server-error'],
  [/time[ -]?out|timed out|超时/i, 'timeout'],
  [/certificate|\bssl\b|\btls\b|证书/i, 'tls'],
  [/proxy|代理/i, 'proxy'],
  [/\bdns\b|resolve|解析/i, 'dns'],
  [/refused|拒绝/i, 'connection-refused'],
  [/\blogin\b|登录/i, 'not-logged-in'],
  [/command|not recogni[sz]ed|命令/i, 'command-not-found'],
];

/** At most three verdicts, in the order their words first appear in the paste. */
export function closestGuesses(text: string): ExplainVerdict[] {
  const found = HINTS.map(([pattern, verdict]) => ({ verdict, at: text.search(pattern) }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((h) => h.verdict);
  return [...new Set(found)].slice(0, 3);
}
