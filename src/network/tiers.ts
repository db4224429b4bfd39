// Moonshot's rate-limit tiers (issue 4): by cumulative recharge, per organisation; vouchers do not count.
import type { RateLimit } from '../classify';

export interface Tier {
  tier: number;
  rechargeCny: number;
  rechargeUsd: number;
  concurrency: number;
  rpm: number;
  tpm: number;
  /** null: unlimited. */
  tpd: number | null;
}

export const TIERS: readonly Tier[] = [
  { tier: 0, rechargeCny: 0, rechargeUsd: 1, concurrency: 1, rpm: 3, tpm: 500_000, tpd: 1_500_000 },
  { tier: 1, rechargeCny: 50, rechargeUsd: 10, concurrency: 50, rpm: 200, tpm: 2_000_000, tpd: null },
  { tier: 2, rechargeCny: 100, rechargeUsd: 20, concurrency: 100, rpm: 500, tpm: 3_000_000, tpd: null },
  { tier: 3, rechargeCny: 500, rechargeUsd: 100, concurrency: 200, rpm: 5000, tpm: 3_000_000, tpd: null },
  { tier: 4, rechargeCny: 5000, rechargeUsd: 1000, concurrency: 400, rpm: 5000, tpm: 4_000_000, tpd: null },
  { tier: 5, rechargeCny: 20000, rechargeUsd: 3000, concurrency: 1000, rpm: 10000, tpm: 5_000_000, tpd: null },
];

/** The tiers whose limit equals the one Moonshot named (RPM 5000 fits Tier3 and Tier4). */
export function tiersMatching(limit: RateLimit): number[] {
  return TIERS.filter((t) => t[limit.kind] === limit.value).map((t) => t.tier);
}

export function nextTier(current: number): Tier | undefined {
  return TIERS.find((t) => t.tier === current + 1);
}
