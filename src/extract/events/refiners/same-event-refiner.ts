import { eventFamily } from '../lexicon/families.js';
import type { EventCandidate, EventInput, EventRefiner } from '../event-input.js';
import { nounTriggerMatcher } from '../matchers/noun-trigger-matcher.js';
import { isHeadingSentence } from './heading-refiner.js';

type Stage = 'held' | 'ahead' | 'other';

/**
 * Links a report to the earlier report of the same event in the same article (`sameAs`: the earlier
 * report's index, and why), so that one article's event is one event however often it is named:
 * - a back-reference ("such a meeting", "the talks") to the one earlier event of its family and stage;
 * - the same family and stage with the same place, or with two participants in common, and no date or
 *   round that differs ("the upcoming talks in Tallinn" after "the minister will meet the envoy in
 *   Tallinn");
 * - an event first named as ahead with no place or date ("an upcoming OSCE summit"), which a later section
 *   heading names again ("OSCE Summit in Vienna"), reported held in that section: one event whose
 *   lifecycle the article tells.
 * Must run last: it points at final indices.
 */
export const sameEventRefiner: EventRefiner = (candidates, input) => {
  const out = candidates.map((candidate) => ({ ...candidate }));
  for (let i = 1; i < out.length; i += 1) {
    const link = earlierReport(out, i) ?? headingLink(out, i, input);
    if (link) out[i] = { ...out[i]!, sameAs: link };
  }
  return out;
};

function earlierReport(list: readonly EventCandidate[], i: number): EventCandidate['sameAs'] {
  const report = list[i]!;
  const earlier = list.slice(0, i).filter((other) => other.sameAs === null && compatible(report, other));
  if (report.refersBack) {
    const roots = earlier.filter((other) => stageOf(other) === stageOf(report));
    if (roots.length === 1) {
      return { index: list.indexOf(roots[0]!), why: 'refers back to the one earlier event of its kind' };
    }
  }
  for (const other of earlier) {
    if (stageOf(other) !== stageOf(report) || stageOf(report) === 'other') continue;
    if (report.place && other.place && report.place.name === other.place.name) {
      return { index: list.indexOf(other), why: `same place: ${report.place.name}` };
    }
    const shared = sharedEntities(report, other);
    if (shared >= 2) return { index: list.indexOf(other), why: `${shared} participants in common` };
  }
  return null;
}

/** Same family; no two places, rounds or stated dates that differ. */
function compatible(a: EventCandidate, b: EventCandidate): boolean {
  if (eventFamily(a.kind) !== eventFamily(b.kind)) return false;
  if (a.place && b.place && a.place.name !== b.place.name) return false;
  if (a.round !== null && b.round !== null && a.round !== b.round) return false;
  const x = a.date?.value ?? null;
  const y = b.date?.value ?? null;
  return x === null || y === null || x.startsWith(y) || y.startsWith(x);
}

function stageOf(candidate: EventCandidate): Stage {
  if (candidate.status === 'held') return 'held';
  if (candidate.status === 'planned' || candidate.status === 'announced') return 'ahead';
  return 'other';
}

function sharedEntities(a: EventCandidate, b: EventCandidate): number {
  const mine = new Set(a.participants.map((p) => p.entity).filter((e): e is string => e !== null));
  return new Set(b.participants.map((p) => p.entity).filter((e) => e !== null && mine.has(e))).size;
}

/**
 * The heading rule: report `i` is held, the first of its family in the section under a heading that names
 * an event of kind K (and its place, when `i` has one); an earlier report of kind K, ahead, with no place,
 * date or round, has a participant the heading names.
 */
function headingLink(
  list: readonly EventCandidate[],
  i: number,
  input: EventInput,
): EventCandidate['sameAs'] {
  const report = list[i]!;
  if (report.status !== 'held') return null;
  const sentence = input.sentenceOfToken[report.first] ?? -1;
  let heading = -1;
  for (let s = sentence - 1; s >= 0; s -= 1) {
    if (isHeadingSentence(input, s)) {
      heading = s;
      break;
    }
  }
  if (heading < 0) return null;
  const headingSpan = input.sentences[heading]!.span;
  const firstInSection = list.find(
    (other) => other.trigger.start > headingSpan.end && eventFamily(other.kind) === eventFamily(report.kind),
  );
  if (firstInSection !== report) return null;
  const headingText = input.text.slice(headingSpan.start, headingSpan.end);
  if (report.place && !headingText.includes(report.place.name)) return null;
  const named = headingTriggers(input, heading);
  if (named.length === 0) return null;
  const entities = new Set<string>();
  for (let t = 0; t < input.tokens.length; t += 1) {
    if (input.sentenceOfToken[t] !== heading) continue;
    const entity = input.mentionOfToken[t]?.entity;
    if (entity) entities.add(entity);
  }
  for (let j = 0; j < i; j += 1) {
    const other = list[j]!;
    if (other.trigger.start > headingSpan.start || other.sameAs !== null) continue;
    if (stageOf(other) !== 'ahead' || other.place || other.date || other.round !== null) continue;
    if (!named.includes(other.kind)) continue;
    if (!other.participants.some((p) => p.entity !== null && entities.has(p.entity))) continue;
    return { index: j, why: `named again by the heading "${headingText.trim()}" and reported held under it` };
  }
  return null;
}

/** The noun triggers of each input, as span and kind: read for every heading link, found once per document. */
const NOUN_TRIGGERS_OF = new WeakMap<
  EventInput,
  ReadonlyArray<{ start: number; end: number; kind: string }>
>();

/** The event kinds a heading's trigger words name ("OSCE Summit in Vienna": summit). */
function headingTriggers(input: EventInput, heading: number): string[] {
  const span = input.sentences[heading]!.span;
  let triggers = NOUN_TRIGGERS_OF.get(input);
  if (triggers === undefined) {
    triggers = nounTriggerMatcher(input).map((c) => ({ ...c.trigger, kind: c.kind }));
    NOUN_TRIGGERS_OF.set(input, triggers);
  }
  return triggers.filter((c) => c.start >= span.start && c.end <= span.end).map((c) => c.kind);
}
