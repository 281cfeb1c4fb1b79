import type { QualitySignal } from '../model/index.js';
import type { Contradiction } from './corpus-service.js';

/** One `fact-inconsistency` signal for each article's side of each contradiction, citing its own report. */
export function factSignals(
  contradictions: readonly Contradiction[],
  by = 'corpus/events',
): Map<string, QualitySignal[]> {
  const signals = new Map<string, QualitySignal[]>();
  for (const contradiction of contradictions) {
    for (const claim of contradiction.claims) {
      const others = contradiction.claims.filter((c) => c !== claim).map((c) => `"${c.value}"`);
      for (const evidence of claim.evidence) {
        const list = signals.get(evidence.doc) ?? [];
        list.push({
          code: 'fact-inconsistency',
          severity: 'warning',
          span: evidence.span,
          detail: `gives "${claim.value}" for ${contradiction.about}, while other articles give ${others.join(', ')}`,
          by,
        });
        signals.set(evidence.doc, list);
      }
    }
  }
  return signals;
}
