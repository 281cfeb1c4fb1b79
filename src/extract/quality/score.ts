import type { QualitySignal } from '../../model/index.js';
import { DEFAULT_COST, SEVERITY_FACTOR, SIGNAL_COSTS } from './lexicon/score-costs.js';

/** What one code took off the score, and how that was reckoned. */
export interface ScoreCost {
  code: string;
  cost: number;
  detail: string;
}

/**
 * The quality score of one article, from 0 (do not trust) to 1 (nothing found), with what each signal
 * code cost. Starts at 1; each signal costs its code's amount (`lexicon/score-costs.ts`) times its
 * severity factor (info 0.5, warning 1, error 1.5); a code's total is capped, so forty spacing slips do
 * not outweigh one sponsored notice; the score is 1 minus the sum, floored at 0 and rounded to 3 places.
 * Costs are listed largest first (then by code), so the reader sees at once why a score is low.
 */
export function scoreQuality(signals: readonly QualitySignal[]): { score: number; costs: ScoreCost[] } {
  const byCode = new Map<string, QualitySignal[]>();
  for (const signal of signals) byCode.set(signal.code, [...(byCode.get(signal.code) ?? []), signal]);
  const costs: ScoreCost[] = [];
  for (const [code, group] of byCode) {
    const { each, cap } = SIGNAL_COSTS[code] ?? DEFAULT_COST;
    const raw = group.reduce((sum, s) => sum + each * SEVERITY_FACTOR[s.severity], 0);
    const cost = round(Math.min(cap, raw));
    const counts = (['error', 'warning', 'info'] as const)
      .map((severity) => [severity, group.filter((s) => s.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => `${n} ${severity}`)
      .join(' + ');
    const capped = raw > cap ? `, capped at ${cap}` : '';
    costs.push({ code, cost, detail: `${counts} × ${each} (× severity) = ${round(raw)}${capped}` });
  }
  costs.sort((a, b) => b.cost - a.cost || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const total = costs.reduce((sum, c) => sum + c.cost, 0);
  return { score: round(Math.max(0, 1 - total)), costs };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
