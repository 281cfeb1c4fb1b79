import type { Span } from './span.js';
import type { EventKind, EventStatus } from './event.js';

/**
 * One event mention as the corpus merges it (issue #6): the mention's facts with participants resolved to
 * actors across articles, and the event it joined with the reasons why. Derived: rebuilt when its article
 * is analysed again, never edited by hand.
 */
export interface EventRecord {
  docId: string;
  /** Index of the mention in the document's `eventMentions` layer. */
  index: number;
  /** The merged event: `ev-` plus the document and mention that first reported it. */
  eventId: string;
  kind: EventKind;
  status: EventStatus;
  /** The article's publication date (`YYYY-MM-DD`), which orders the event's lifecycle; null when undated. */
  published: string | null;
  /** The date the text gives for the event (a TIMEX3-style value); null when it gives none. */
  date: string | null;
  /** The days the event can fall on: the stated date's days, else bounds from the article date and status. */
  window: { from: string; to: string } | null;
  /** Folded place name, for comparing; and the name as written. */
  place: string | null;
  placeName: string | null;
  /** Actor ids (or `name:<folded>` for a participant no actor holds), sorted; and their names. */
  participants: string[];
  participantNames: string[];
  round: number | null;
  /** The report names the event as one already mentioned ("such a meeting", "the talks"). */
  refersBack: boolean;
  /** The earlier report of the same event in the same article (its index) and why; null when none. */
  sameAs: { index: number; why: string } | null;
  outcome: string | null;
  /** The sentence reporting the event, and its trigger words, in the document's clean text. */
  span: Span;
  trigger: Span;
  label: string;
  /** The blocking keys that find candidate events (kind family with place, participant or month). */
  keys: string[];
  /** Why the mention joined its event (empty when it started it), and the merge score. */
  reasons: string[];
  score: number;
}
