import type { Span, StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { buildActorReport } from './corpus-service.js';
import type { ActorReport } from './corpus-service.js';
import { buildEventReport } from './event-service.js';
import type { EventReport } from './event-service.js';
import { buildQuoteReport } from './quote-service.js';
import type { QuoteReport } from './quote-service.js';
import { buildStanceOverview } from './stance-service.js';
import type { StanceOverview } from './stance-service.js';

/** What a search hit is: a fact of the record, or an article found by its full text. */
export type SearchKind = 'actor' | 'event' | 'stance' | 'quote' | 'document';

/** The kinds in the order their hits are listed: the record's facts first, then articles. */
export const SEARCH_KINDS: readonly SearchKind[] = ['actor', 'event', 'stance', 'quote', 'document'];

/**
 * One search hit, citing the characters it stands on (`docId`, `start`, `end`). A document hit cites the
 * whole article (`start`/`end` null) and marks its matched words in the snippet.
 */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  snippet: string;
  /** Document hits only: the matched words as spans into `snippet`. */
  highlights?: Span[];
  docId: string | null;
  start: number | null;
  end: number | null;
}

/** A fact as search sees it: the hit it gives, and the folded words it is found by. */
export interface FactEntry {
  hit: SearchHit;
  words: string;
}

/** Lower case without accents, punctuation as spaces: `Zelenskyy's` and `zelenskyys` meet. */
export function foldForSearch(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Every fact of the record as a search entry: actors (by name and aliases), events (label, place,
 * participants), stances (actor, issue, position) and quotes (words and speaker), each citing its first
 * or latest evidence. Built once per store state by the caller's cache.
 */
export async function buildFactIndex(store: Store, pack: StoryPack | null): Promise<FactEntry[]> {
  return factIndexOf({
    actors: await buildActorReport(store, pack),
    events: await buildEventReport(store),
    stances: await buildStanceOverview(store),
    quotes: await buildQuoteReport(store, pack),
  });
}

/** The reports a fact index is made of, when the caller has them already. */
export interface FactReports {
  actors: ActorReport;
  events: EventReport;
  stances: StanceOverview;
  quotes: QuoteReport;
}

/** The fact index of reports already built. Pure. */
export function factIndexOf(reports: FactReports): FactEntry[] {
  const entries: FactEntry[] = [];
  const add = (hit: SearchHit, ...texts: Array<string | null | undefined>): void => {
    entries.push({ hit, words: foldForSearch(texts.filter(Boolean).join(' ')) });
  };
  for (const actor of reports.actors.actors) {
    const first = actor.mentions[0];
    const roles = [
      ...new Set(actor.roles.map((role) => (role.of ? `${role.title} of ${role.of}` : role.title))),
    ].join(', ');
    add(
      {
        kind: 'actor',
        id: actor.id,
        label: actor.name,
        snippet: [actor.kind, roles, `${actor.articles} article(s)`].filter(Boolean).join(' · '),
        docId: first?.doc ?? null,
        start: first?.span.start ?? null,
        end: first?.span.end ?? null,
      },
      actor.name,
      ...actor.aliases.map((alias) => alias.text),
      roles,
    );
  }
  for (const event of reports.events.events) {
    const first = event.mentions[0];
    add(
      {
        kind: 'event',
        id: event.id,
        label: event.label,
        snippet: [event.status, event.date.value, event.place, event.participantNames.join(', ')]
          .filter(Boolean)
          .join(' · '),
        docId: first?.doc ?? null,
        start: first?.span.start ?? null,
        end: first?.span.end ?? null,
      },
      event.label,
      event.kind,
      event.place,
      ...event.participantNames,
    );
  }
  for (const cell of reports.stances.cells) {
    const evidence = cell.latest.evidence.at(-1);
    add(
      {
        kind: 'stance',
        id: cell.latest.id,
        label: `${cell.actorName} on ${cell.issue}: ${cell.latest.position}`,
        snippet: `${cell.latest.date ?? 'undated'}${cell.shifted ? ' · shifted' : ''}`,
        docId: evidence?.doc ?? null,
        start: evidence?.span.start ?? null,
        end: evidence?.span.end ?? null,
      },
      cell.actorName,
      cell.issue,
      cell.latest.position,
    );
  }
  for (const quote of reports.quotes.quotes) {
    add(
      {
        kind: 'quote',
        id: quote.id,
        label: quote.speakerName ?? 'unattributed',
        snippet: quote.text.length > 240 ? `${quote.text.slice(0, 239)}…` : quote.text,
        docId: quote.doc,
        start: quote.span.start,
        end: quote.span.end,
      },
      quote.text,
      quote.speakerName,
    );
  }
  return entries;
}

/**
 * The facts whose words hold every word of `query` (whole words, or a word's start for the last one so
 * typing `Zelen` finds Zelensky), in the index's order: actors, events, stances, quotes.
 */
export function searchFacts(index: readonly FactEntry[], query: string, kind?: SearchKind): SearchHit[] {
  const words = foldForSearch(query).trim().split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const needles = words.map((word, i) => (i === words.length - 1 ? ` ${word}` : ` ${word} `));
  return index
    .filter((entry) => !kind || entry.hit.kind === kind)
    .filter((entry) => needles.every((needle) => entry.words.includes(needle)))
    .map((entry) => entry.hit);
}
