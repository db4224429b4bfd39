// The GETs that turn a guess into a fact, at most one each, to official Moonshot hosts only:
// the balance of the same region (billing, 401), the other region's balance (401: "this key is an .ai key"),
// and the model list (model-not-found).
import type { Classification } from '../classify';
import type { HttpClient, HttpRequest } from '../core/types';
import type { ConnectionOptions } from './connection';
import { balanceUrl, CURRENCY, modelsUrl, otherRegion, type Region } from './moonshot-hosts';
import { parseJson, isObject } from '../classify/error-body';

export interface Balance {
  available: number;
  voucher: number;
  cash: number;
  currency: 'CNY' | 'USD';
}

export interface FollowUpFacts {
  balance?: Balance;
  /** The key was accepted by the other official region's platform. */
  keyRegion?: Region;
  models?: string[];
}

export interface FollowUpPlan {
  sameRegionBalance: boolean;
  otherRegionBalance: boolean;
  models: boolean;
}

/** Which follow-ups a verdict earns; only an official host (region known) gets any. */
export function planFollowUps(classification: Classification, region: Region | null): FollowUpPlan {
  const none = { sameRegionBalance: false, otherRegionBalance: false, models: false };
  if (region === null) return none;
  const is401 = classification.httpStatus === 401;
  return {
    sameRegionBalance: classification.verdict === 'billing' || is401,
    otherRegionBalance: is401,
    models: classification.verdict === 'model-not-found',
  };
}

export async function runFollowUps(
  http: HttpClient,
  plan: FollowUpPlan,
  region: Region,
  key: string,
  connect: (url: string) => ConnectionOptions,
): Promise<FollowUpFacts> {
  const get = (url: string): HttpRequest => ({ method: 'GET', url, headers: { authorization: `Bearer ${key}` }, ...connect(url) });
  const other = otherRegion(region);
  // In parallel: the check's budget allows about three request timeouts in all.
  const [balance, otherBalance, models] = await Promise.all([
    plan.sameRegionBalance ? fetchBalance(http, get(balanceUrl(region)), region) : undefined,
    plan.otherRegionBalance ? fetchBalance(http, get(balanceUrl(other)), other) : undefined,
    plan.models ? fetchModels(http, get(modelsUrl(region))) : undefined,
  ]);
  return {
    ...(balance ? { balance } : {}),
    ...(otherBalance ? { keyRegion: other } : {}),
    ...(models ? { models } : {}),
  };
}

async function fetchBalance(http: HttpClient, req: HttpRequest, region: Region): Promise<Balance | undefined> {
  const json = await getJson(http, req);
  const data = isObject(json) && isObject(json.data) ? json.data : undefined;
  if (!data || typeof data.available_balance !== 'number') return undefined;
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { available: data.available_balance, voucher: num(data.voucher_balance), cash: num(data.cash_balance), currency: CURRENCY[region] };
}

async function fetchModels(http: HttpClient, req: HttpRequest): Promise<string[] | undefined> {
  const json = await getJson(http, req);
  if (!isObject(json) || !Array.isArray(json.data)) return undefined;
  return json.data
    .map((m) => (isObject(m) && typeof m.id === 'string' ? m.id : undefined))
    .filter((id): id is string => id !== undefined)
    .slice(0, 30);
}

async function getJson(http: HttpClient, req: HttpRequest): Promise<unknown> {
  const outcome = await http.request(req);
  if (!outcome.ok || outcome.response.status !== 200 || outcome.response.truncated) return undefined;
  return parseJson(outcome.response.body);
}

/** Counts every request that goes out, for data.requests and the request budget. */
export function countingClient(http: HttpClient): HttpClient & { count: () => number } {
  let count = 0;
  return {
    request(req) {
      count += 1;
      return http.request(req);
    },
    count: () => count,
  };
}
