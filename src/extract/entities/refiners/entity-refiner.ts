import type { Token } from '../../../model/index.js';
import type { EntityCandidate } from '../entity-candidate.js';
import type { Lexicons } from '../lexicon/gazetteer.js';

/**
 * What refiners read: the whole document, because whether "Starmer" or "zelenskyy" is a name depends on
 * what the rest of the article says. `capitalisedInside` holds lower-case words seen capitalised away
 * from a sentence start; `sentenceStarts` holds the offsets of each sentence's first word.
 */
export interface DocInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Each token's text as written, and in lower case (parallel to `tokens`). */
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly lexicons: Lexicons;
  readonly capitalisedInside: ReadonlySet<string>;
  /** How often each word is written all in lower case ("talks" → 5): common words, not names. */
  readonly lowerCaseCounts: ReadonlyMap<string, number>;
  /** `capitalisedInside` folded (`foldWord`): "Zelenskyy" capitalised lets "zelensky" in. */
  readonly capitalisedFolded: ReadonlySet<string>;
  readonly sentenceStarts: ReadonlySet<number>;
}

/** One ordered step over the document's candidates; returns a new list and never mutates its input. */
export type EntityRefiner = (candidates: readonly EntityCandidate[], doc: DocInput) => EntityCandidate[];

/** The text a candidate covers. */
export function textOf(doc: Pick<DocInput, 'text'>, candidate: EntityCandidate): string {
  return doc.text.slice(candidate.span.start, candidate.span.end);
}
