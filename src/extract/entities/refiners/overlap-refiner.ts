import type { EntityCandidate } from '../entity-candidate.js';
import type { EntityRefiner } from './entity-refiner.js';

/** Higher wins an overlap: a stated role beats a bare name, a known name beats a guessed one. */
const MATCHER_RANK: Readonly<Record<string, number>> = {
  'matcher/title': 6,
  'matcher/relation': 6,
  'matcher/apposition': 5,
  'matcher/pack': 4,
  'matcher/administration': 3,
  'matcher/gazetteer': 2,
  'matcher/proper-name': 1,
};

/**
 * Keeps one candidate per stretch of text: the longest, then the highest-ranked matcher. A role from a
 * loser on the same span moves to the winner, so "Mark Rutte, NATO's Secretary-General" keeps its role
 * whichever matcher won. The result is in text order.
 */
export const overlapRefiner: EntityRefiner = (candidates, doc) => {
  const ranked = candidates.map((candidate, index) => ({
    candidate,
    index,
    rank: MATCHER_RANK[candidate.matcher] ?? 0,
    length: candidate.span.end - candidate.span.start,
  }));
  ranked.sort(compare);
  const kept: EntityCandidate[] = [];
  const owner = ownerBuffer(doc.text.length + 1);
  for (const { candidate } of ranked) {
    const clash = clashIndex(owner, candidate);
    if (clash < 0) {
      kept.push(candidate);
      owner.fill(kept.length, candidate.span.start, candidate.span.end);
    } else {
      const winner = kept[clash];
      if (
        winner !== undefined &&
        winner.role === undefined &&
        candidate.role !== undefined &&
        sameSpan(winner, candidate)
      ) {
        kept[clash] = { ...winner, role: candidate.role, kind: 'person' };
      }
    }
  }
  for (const candidate of kept) owner.fill(0, candidate.span.start, candidate.span.end);
  return kept.sort((a, b) => a.span.start - b.span.start);
};

interface Ranked {
  candidate: EntityCandidate;
  index: number;
  rank: number;
  length: number;
}

let buffer = new Int32Array(0);

/**
 * Which kept candidate owns each character: one buffer per process, grown when a longer text comes and
 * left all zeros after each call (only the kept spans are cleared), so no document allocates its own.
 */
function ownerBuffer(size: number): Int32Array {
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, buffer.length * 2));
  return buffer;
}

function compare(a: Ranked, b: Ranked): number {
  const roleA = a.candidate.role !== undefined && a.rank > 4;
  const roleB = b.candidate.role !== undefined && b.rank > 4;
  if (roleA && b.candidate.role === undefined) return -1;
  if (roleB && a.candidate.role === undefined) return 1;
  return (
    b.length - a.length ||
    b.rank - a.rank ||
    a.candidate.span.start - b.candidate.span.start ||
    a.index - b.index
  );
}

/** The index in `kept` of a candidate already covering part of `candidate`, or -1 (linear in its length). */
function clashIndex(owner: Int32Array, candidate: EntityCandidate): number {
  for (let offset = candidate.span.start; offset < candidate.span.end; offset += 1) {
    const index = owner[offset] ?? 0;
    if (index > 0) return index - 1;
  }
  return -1;
}

function sameSpan(a: EntityCandidate, b: EntityCandidate): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end;
}
