import type { MentionKind, Role, Span, Token } from '../../model/index.js';
import type { GazetteerEntry, Lexicons } from './lexicon/gazetteer.js';
import type { WordTrie } from './lexicon/word-trie.js';

/**
 * A role a matcher read, before entities exist: `of` is the surface text it names ("Trump", "NATO's"
 * → "NATO"); the resolver replaces a person's surface with that person's fullest name.
 */
export type RoleDraft = Omit<Role, 'date' | 'basis'>;

/**
 * A mention a matcher proposes. `kind` may be `unknown` for a capitalised name whose kind only the
 * document can tell (the kind refiner decides). `canonical` is the name a gazetteer gives ("U.S." →
 * "United States"); `packActor` marks a story-pack phrase.
 */
export interface EntityCandidate {
  span: Span;
  kind: MentionKind | 'unknown';
  matcher: string;
  canonical?: string;
  packActor?: string;
  role?: RoleDraft;
}

/**
 * One sentence as matchers read it: its tokens with their words (as written and lower-case), the
 * lexicons, and the pack gazetteer when a story pack is in use. Spans are document offsets.
 */
export interface SentenceInput {
  /** The whole document's text: token spans index into it. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly lexicons: Lexicons;
  readonly pack: WordTrie<GazetteerEntry> | null;
  /**
   * A title-case line (a headline: "Lavrov Says Next Round of Talks Could Open"): its capitals say
   * nothing, so only words the body capitalises (`bodyCapitalised`) may be name words.
   */
  readonly titleCase?: boolean;
  /** Lower-case words the article's body writes capitalised away from a sentence start. */
  readonly bodyCapitalised?: ReadonlySet<string>;
}

/** A matcher: proposes candidates in one sentence. Pure. */
export type EntityMatcher = (input: SentenceInput) => EntityCandidate[];

/** A span from token `from` to token `to` inclusive. */
export function tokenSpan(input: SentenceInput, from: number, to: number): Span {
  return { start: input.tokens[from]?.span.start ?? 0, end: input.tokens[to]?.span.end ?? 0 };
}

/** True when a word starts with an upper-case letter: "Starmer", "U.S.", "NATO". */
export function isCapitalised(word: string | undefined): boolean {
  if (word === undefined || word === '') return false;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
