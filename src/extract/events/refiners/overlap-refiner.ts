import type { EventCandidate, EventRefiner } from '../event-input.js';
import { tokenSpan } from '../event-input.js';
import { KIND_RANK } from '../lexicon/triggers.js';

/**
 * One candidate per trigger: of overlapping triggers the longer stays ("meeting with" over "meeting").
 * Two noun triggers side by side are one compound ("ceasefire deal", "summit meeting"): it keeps the more
 * specific kind. "announcement" stays only as "the announcement of <event>"; the event is then dropped,
 * the announcement standing for it.
 */
export const overlapRefiner: EventRefiner = (candidates, input) => {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
  const kept: EventCandidate[] = [];
  for (const candidate of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && candidate.first < previous.last) continue;
    if (previous && !previous.verbal && !candidate.verbal && previous.last === candidate.first) {
      kept[kept.length - 1] = compound(previous, candidate, input);
      continue;
    }
    kept.push(candidate);
  }
  return kept.filter(
    (candidate, index) => candidate.kind !== 'announcement' || announces(kept, index, input),
  );
};

function compound(
  head: EventCandidate,
  tail: EventCandidate,
  input: Parameters<EventRefiner>[1],
): EventCandidate {
  const kind = KIND_RANK[head.kind] > KIND_RANK[tail.kind] ? head.kind : tail.kind;
  return {
    ...tail,
    kind,
    first: head.first,
    trigger: tokenSpan(input.tokens, head.first, tail.last),
    clause: { from: head.clause.from, to: tail.clause.to },
  };
}

function announces(
  kept: readonly EventCandidate[],
  index: number,
  input: Parameters<EventRefiner>[1],
): boolean {
  const candidate = kept[index]!;
  const next = kept[index + 1];
  return (
    input.words[candidate.last] === 'of' &&
    next !== undefined &&
    next.first - candidate.last <= 4 &&
    input.sentenceOfToken[next.first] === input.sentenceOfToken[candidate.first]
  );
}
