import type { DocEntity, Mention, Sentence, Span, Token } from '../../model/index.js';
import type { EventMention } from '../../model/event.js';
import { coveringSpans, mentionOfTokens } from '../segment/token-cover.js';
import { tokenWords } from '../segment/token-words.js';
import type { TimeExpression } from '../../model/time.js';

/** Everything the event matchers and refiners read, built once per document. */
export interface EventInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: ReadonlyMap<string, DocEntity>;
  readonly times: readonly TimeExpression[];
  readonly referenceDate: string | null;
  /** Lower-case text of each token, by token index. */
  readonly words: readonly string[];
  /** The sentence index of each token. */
  readonly sentenceOfToken: readonly number[];
  /** The mention covering each token, by token index; undefined where none. */
  readonly mentionOfToken: ReadonlyArray<Mention | undefined>;
  /** Options: `keepUnknown` keeps mentions whose status no cue sets. */
  readonly keepUnknown: boolean;
}

/** An event as matchers propose it; token indices let refiners read its clause. */
export interface EventCandidate extends EventMention {
  /** Token indices of the trigger: first, and one past the last. */
  readonly first: number;
  readonly last: number;
  /** The clause around the trigger, in token indices [from, to). Refiners narrow it. */
  clause: { from: number; to: number };
  /** A verb trigger ("met") rather than a noun ("meeting"). */
  readonly verbal: boolean;
  /** Status carried by a verb trigger's own tense ("met" → held). */
  readonly tenseStatus: 'held' | null;
}

/** A matcher proposes candidates over the whole document. */
export type EventMatcher = (input: EventInput) => EventCandidate[];

/** A refiner filters or completes candidates, in order; it returns a new list. */
export type EventRefiner = (candidates: EventCandidate[], input: EventInput) => EventCandidate[];

/** Builds the per-document lookups. Tokens, sentences and mentions are sorted by start. */
export function eventInput(
  text: string,
  layers: {
    sentences?: readonly Sentence[];
    tokens?: readonly Token[];
    mentions?: readonly Mention[];
    entities?: readonly DocEntity[];
    times?: readonly TimeExpression[];
  },
  referenceDate: string | null,
  keepUnknown = false,
): EventInput {
  const tokens = layers.tokens ?? [];
  const sentences = layers.sentences ?? [];
  return {
    text,
    sentences,
    tokens,
    mentions: layers.mentions ?? [],
    entities: new Map((layers.entities ?? []).map((entity) => [entity.id, entity])),
    times: layers.times ?? [],
    referenceDate,
    words: tokenWords(text, tokens).lower,
    sentenceOfToken: coveringSpans(
      tokens,
      sentences.map((s) => s.span),
    ),
    mentionOfToken: mentionOfTokens(tokens, layers.mentions ?? []),
    keepUnknown,
  };
}

/** Splits lexicon words ("round of talks", "cease - fire") into tokens. */
export function phraseWords(words: string): string[] {
  return words.split(' ').filter((word) => word.length > 0);
}

/**
 * Phrases by their first word, each list in the order given: at a token only the phrases that start with
 * its word can match, so a lookup replaces trying every phrase. Lexicon phrases are never empty.
 */
export function phrasesByFirstWord(
  phrases: readonly (readonly string[])[],
): ReadonlyMap<string, readonly (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list === undefined) index.set(first, [phrase]);
    else list.push(phrase);
  }
  return index;
}

/** Whether the tokens from `at` read `phrase`, inside [from, to). */
export function matchesAt(
  words: readonly string[],
  at: number,
  phrase: readonly string[],
  to: number,
): boolean {
  if (at < 0 || at + phrase.length > to) return false;
  return phrase.every((word, offset) => words[at + offset] === word);
}

/** The span from the start of token `first` to the end of token `last - 1`. */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.span.start, end: tokens[last - 1]!.span.end };
}
