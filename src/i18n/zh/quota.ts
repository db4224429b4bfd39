// Kimi Code 额度的措辞，live-probe 与 explain 共用。
import type { QuotaLimit, QuotaWindow } from '../../classify';
import type { Values } from '../catalog';

// Kimi Code 的套餐页与控制台（来源见 en/network.ts，2026-12-03）。
export const KIMI_CODE_PLANS = 'https://www.kimi.com/code/';
export const KIMI_CODE_CONSOLE = 'https://www.kimi.com/code/console';
export const QUOTA_WINDOWS: Record<QuotaWindow, string> = {
  'billing-cycle': '本计费周期',
  monthly: '本月',
  weekly: '每周（7 天）窗口',
  '5-hour': '滚动 5 小时窗口',
  unspecified: '当前窗口',
};
export const quotaOf = (v: Values): QuotaLimit | undefined => {
  const l = v.limit as QuotaLimit | undefined;
  return l && l.kind in QUOTA_WINDOWS ? l : undefined;
};
export const resetText = (q: QuotaLimit) => (q.resetsAt ? `（将于 ${q.resetsAt} 重置）` : '');
