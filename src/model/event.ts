import type { Span } from './span.js';
import type { FactBasis } from './entity.js';

/** The kinds of event Parley tracks (issue #6). Triggers for each live in `src/extract/events/lexicon`. */
export type EventKind =
  | 'talks'
  | 'summit'
  | 'conference'
  | 'meeting'
  | 'call'
  | 'visit'
  | 'agreement'
  | 'ceasefire'
  | 'prisoner-exchange'
  | 'announcement';

/** Every event kind, in the order they are documented. */
export const EVENT_KINDS: readonly EventKind[] = [
  'talks',
  'summit',
  'conference',
  'meeting',
  'call',
  'visit',
  'agreement',
  'ceasefire',
  'prisoner-exchange',
  'announcement',
];

/** Where an event stands, as one report tells it. `unknown` when the report does not say. */
export type EventStatus = 'announced' | 'planned' | 'held' | 'postponed' | 'cancelled' | 'unknown';

/** A participant, host or place of an event mention: the words as written and the entity they resolve to. */
export interface EventArgument {
  span: Span;
  /** The document entity (`DocEntity.id`); null when the words name no entity found by the entity layer. */
  entity: string | null;
  /** The name as the article writes it in full ("Steve Witkoff", "Istanbul", "Russia"). */
  name: string;
}

/** The date of an event mention, as the report gives it. */
export interface EventDate {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www` or `YYYY`; null when the words do not resolve. */
  value: string | null;
  /** The time expression read; null when the date is the article's own. */
  span: Span | null;
  /** `text`: a time expression next to the event; `anchor`: the event is itself a known anchor of the pack; `article`: only the article date is known. */
  basis: 'text' | 'anchor' | 'article';
}

/** One article's report of an event (issue #6). */
export interface EventMention {
  /** The sentence (or clause) reporting the event: the evidence a reader checks. */
  span: Span;
  /** The trigger words: "talks", "summit", "phone call", "visited". */
  trigger: Span;
  kind: EventKind;
  status: EventStatus;
  /** The words that set the status ("will hold", "held", "postponed"); null when the status is `unknown` or implied by tense. */
  statusCue: Span | null;
  participants: EventArgument[];
  host: EventArgument | null;
  place: EventArgument | null;
  date: EventDate | null;
  /** The stated outcome ("ended without agreement", "agreed to a ceasefire"). */
  outcome: { span: Span; text: string } | null;
  /** The ordinal of a round when stated: 1 for "the first round", 2 for "second round". */
  round: number | null;
  /** The trigger has a determiner that points back ("such a meeting", "the talks", "this summit"). */
  refersBack: boolean;
  /**
   * The earlier report of the same event in this article (its index in the layer) and why; null when this
   * is the article's first report of the event.
   */
  sameAs: { index: number; why: string } | null;
  /** Provenance tag of the matcher, e.g. `matcher/noun-trigger`. */
  matcher: string;
}

/** A position on an issue. */
export type StancePosition = 'support' | 'oppose' | 'conditional' | 'neutral';

/** An actor's position on an issue, as one sentence or quote states it (issue #6). */
export interface StanceMention {
  /** The evidence: the sentence or quote the position is read from. */
  span: Span;
  /** Who holds the position: the person or country as written, with the entity it resolves to. */
  actor: EventArgument;
  /** For an official speaking for a country: the country ("Russia" for Lavrov), when the text or pack says. */
  country: EventArgument | null;
  /** An issue id from the story pack's taxonomy, or `topic:<word>` for an issue clustered from the text. */
  issue: string;
  /** The words that name the issue (a pack cue, or the clustered topic word). */
  issueCue: Span;
  position: StancePosition;
  /** The words that set the position ("refusal to permit", "will not", "urging"). */
  positionCue: Span | null;
  /** `YYYY-MM-DD` of the statement: the quote's date when it comes from a quote, else the article's date. */
  date: string | null;
  /** 0–1: how sure the rule is (a direct quote with an explicit verb scores higher than a vague sentence). */
  confidence: number;
  /** Index into the document's `quotes` layer when the stance is read from a quote. */
  quote: number | null;
  /** Whether the issue came from the pack's taxonomy or from clustering the text. */
  basis: FactBasis | 'clustered';
  matcher: string;
}
