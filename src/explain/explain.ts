// Pasted text → the full answer in one language: verdict, cause, what Claude Code did, remedy, checks to confirm.
// Pure: the CLI only renders what this returns.
import { isRateLimit, type Limit } from '../classify';
import { liveModel, modelInstead, retiredModel } from '../config/models';
import type { Lang, Platform, Shell } from '../core/types';
import type { Values } from '../i18n/catalog';
import type { explainFindings, explainUi as EnExplainUi } from '../i18n/en/explain';
import { loadCatalog } from '../i18n/catalog';
import { createRenderKit } from '../i18n/render-kit';
import { tiersMatching } from '../network/tiers';
import type { Behaviour } from './claude-code-behaviour';
import { doctorCommand } from './confirming-checks';
import { diagnose, type Diagnosis } from './diagnose';
import type { RetryInfo } from './retry-lines';
import type { Confidence, ExplainVerdict } from './verdicts';

// Every verdict has wording: a verdict added without an `explain.<verdict>` entry does not compile.
type ExplainCode = `explain.${ExplainVerdict}`;
const codeFor = (verdict: ExplainVerdict): ExplainCode & keyof typeof explainFindings => `explain.${verdict}`;

export interface ExplainOptions {
  lang: Lang;
  shell: Shell;
  platform: Platform;
  homeDir: string;
}

export interface Explanation {
  schemaVersion: 1;
  recognised: boolean;
  /** null when nothing was recognised. */
  verdict: ExplainVerdict | null;
  cause: string | null;
  /** What Claude Code did before it showed the line. */
  claudeCodeDid: string | null;
  remediation: string | null;
  confidence: Confidence | null;
  /** The line that was recognised, cleaned of terminal noise. */
  matched: string | null;
  /** Other causes Claude Code prints the same line for. */
  alternatives: ExplainVerdict[];
  httpStatus: number | null;
  errorType: string | null;
  /** A rate limit (rate-limited) or, for billing, the Kimi Code quota window that is used up. */
  limit?: Limit;
  retryAfterSeconds?: number;
  /** From interactive retry lines on the screen. */
  retried?: RetryInfo;
  /** Doctor check ids that would confirm the diagnosis, and the command that runs them. */
  checks: string[];
  confirmCommand: string;
  alsoSeen: Array<{ verdict: ExplainVerdict; matched: string }>;
  /** When not recognised: the closest causes by the words used. */
  guesses: ExplainVerdict[];
}

export function explain(text: string, opts: ExplainOptions): Explanation {
  const result = diagnose(text);
  const d = result.diagnosis;
  const retried = result.retried ? { retried: result.retried } : {};
  const alsoSeen = result.alsoSeen.map((r) => ({ verdict: r.verdict, matched: r.matched }));
  if (!d) {
    return {
      schemaVersion: 1,
      recognised: false,
      verdict: null,
      cause: null,
      claudeCodeDid: null,
      remediation: null,
      confidence: null,
      matched: null,
      alternatives: [],
      httpStatus: null,
      errorType: null,
      ...retried,
      checks: [],
      confirmCommand: doctorCommand([]),
      alsoSeen,
      guesses: result.guesses,
    };
  }
  const catalog = loadCatalog(opts.lang, 'explain');
  const kit = createRenderKit({ ...opts, ui: catalog.ui });
  const entry = catalog.findings[codeFor(d.verdict)];
  const values = valuesFor(d);
  const c = d.classification;
  return {
    schemaVersion: 1,
    recognised: true,
    verdict: d.verdict,
    cause: entry.message(values, kit),
    claudeCodeDid: describeBehaviour(d.behaviour, explainUiFor(opts.lang)),
    remediation: entry.remediation ? entry.remediation(values, kit) : null,
    confidence: d.confidence,
    matched: d.matched,
    alternatives: d.alternatives,
    httpStatus: c?.httpStatus ?? null,
    errorType: c?.errorType ?? null,
    ...(c?.limit ? { limit: c.limit } : {}),
    ...(c?.retryAfterSeconds !== undefined ? { retryAfterSeconds: c.retryAfterSeconds } : {}),
    ...retried,
    checks: d.checks,
    confirmCommand: doctorCommand(d.checks),
    alsoSeen,
    guesses: [],
  };
}

function valuesFor(d: Diagnosis): Values {
  const c = d.classification;
  return {
    ...d.values,
    ...(d.verdict === 'model-not-found' ? modelValues(d) : {}),
    kind: d.kind,
    matched: d.matched,
    status: c?.httpStatus ?? null,
    errorType: c?.errorType ?? null,
    serverMessage: c?.message && d.kind !== 'model-404' && d.kind !== 'anthropic-401' ? c.message.slice(0, 300) : null,
    limit: c?.limit,
    tiers: isRateLimit(c?.limit) ? tiersMatching(c.limit) : [],
    retryAfterSeconds: c?.retryAfterSeconds,
  };
}

/** The model named in the paste (the selected-model line, or the server's message), whether it is retired, and a live one instead. */
function modelValues(d: Diagnosis): Values {
  const model = typeof d.values.model === 'string' && d.values.model ? d.values.model : modelInMessage(d.classification?.message ?? d.matched);
  const retired = model ? retiredModel(model) : undefined;
  const instead = modelInstead(model);
  return {
    model,
    retired: retired?.retired ?? null,
    needsRecharge: model ? liveModel(model)?.needsRecharge === true : false,
    instead: instead?.model ?? null,
    insteadLowBalance: instead?.lowBalance ?? null,
  };
}

/** "Not found the model kimi-k2-turbo-preview or Permission denied", "The model `x` does not exist", "model x not found". */
export function modelInMessage(text: string | null | undefined): string | null {
  if (!text) return null;
  const name = String.raw`[\x60'"“]?([A-Za-z0-9][\w.:/\[\]-]*)[\x60'"”]?`;
  const patterns = [
    new RegExp(String.raw`not found the model\s+${name}`, 'i'),
    new RegExp(String.raw`\bmodel[:\s]\s*${name}\s+(?:is\s+)?(?:not found|does not exist|not exist|not available)`, 'i'),
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    const found = m?.[1].replace(/[.:]+$/, '');
    if (found && !/^(?:the|is|not|was|or)$/i.test(found)) return found;
  }
  return null;
}

type ExplainUi = typeof EnExplainUi;

/** The frame wording (headings, behaviour sentences) in one language; only that language is loaded. */
export function explainUiFor(lang: Lang): ExplainUi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return lang === 'zh' ? require('../i18n/zh/explain').explainUi : require('../i18n/en/explain').explainUi;
}

function describeBehaviour(b: Behaviour, ui: ExplainUi): string {
  switch (b.kind) {
    case 'retried':
      return ui.behaviour.retried(b.retries, b.waitSeconds, b.fromScreen);
    case 'retried-once-without-streaming':
      return ui.behaviour.retriedOnce();
    case 'answered-once':
      return ui.behaviour.answeredOnce();
    case 'request-succeeded':
      return ui.behaviour.requestSucceeded();
    case 'no-request':
      return ui.behaviour.noRequest();
    case 'onboarding-check':
      return ui.behaviour.onboardingCheck();
    case 'not-started':
      return ui.behaviour.notStarted();
  }
}
