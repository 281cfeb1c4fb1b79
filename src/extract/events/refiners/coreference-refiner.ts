import type { EventRefiner } from '../event-input.js';

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * Marks a definite event with no place ("the summit", "such a meeting") as referring back, and gives it
 * the place of the earlier event of the same kind and status it refers back to, when the article has
 * placed exactly one such event before it.
 */
export const coreferenceRefiner: EventRefiner = (candidates, input) =>
  candidates.map((candidate, index) => {
    if (candidate.place || candidate.verbal || !definite(candidate, input)) return candidate;
    candidate = { ...candidate, refersBack: true };
    const places = new Map(
      candidates
        .slice(0, index)
        .filter((e) => e.kind === candidate.kind && e.status === candidate.status && e.place)
        .map((e) => [e.place!.name, e.place!]),
    );
    const only = places.size === 1 ? [...places.values()][0] : undefined;
    return only ? { ...candidate, place: { ...only } } : candidate;
  });

function definite(
  candidate: Parameters<EventRefiner>[0][number],
  input: Parameters<EventRefiner>[1],
): boolean {
  for (let at = candidate.first - 1; at >= Math.max(candidate.clause.from, candidate.first - 5); at -= 1) {
    if (DEFINITE.has(input.words[at]!)) return true;
  }
  return false;
}
