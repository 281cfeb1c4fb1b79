import type { Span } from '../../model/index.js';
import { CUE_FILLERS, CUE_FORMS, CUE_PARTICLES, VERB_ONLY_FORMS, WEAK_FORMS } from './lexicon/cue-verbs.js';
import { PHRASE_BREAKS, UNNAMED_HEADS } from './lexicon/speaker-words.js';
import type { QuoteInput } from './quote-input.js';
import { tokenAtOrAfter } from './quote-input.js';

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
/** Words wink may tag otherwise that head a speaker phrase: "part of the report". */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['part', 'parts', 'some', 'many', 'most', 'one', 'none']);
/** Prepositions inside a speaker's name or description: "the Commission on Presidential Debates". */
const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'with', 'on', 'for', 'at', 'in', 'by', 'from']);
/** Words that open a time between a speaker and the cue: "Lind on Monday said". */
const TIME_LEADS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'this',
  'last',
  'early',
  'late',
  'earlier',
]);
/** Longest speaker phrase, in tokens: "the top Republican on the Senate Foreign Relations Committee". */
const MAX_PHRASE = 12;

/**
 * Whether token `index` is a verb of saying: a listed form tagged as a verb (or any listed form not also a
 * noun); not the end of a compound ("so-called", "self-described").
 */
export function isCue(input: QuoteInput, index: number): boolean {
  const word = input.words[index];
  const token = input.tokens[index];
  if (word === undefined || token === undefined || !CUE_FORMS.has(word)) return false;
  if (input.words[index - 1] === '-' && input.tokens[index - 1]!.span.end === token.span.start) return false;
  if (input.mentionOfToken[index] && /^\p{Lu}/u.test(input.text[token.span.start]!)) return false;
  if (
    WEAK_FORMS.has(word) &&
    !/^([:,."“”]|that)$/u.test(input.words[index + 1] ?? '') &&
    !particle(input, index)
  )
    return false;
  if (token.pos === 'VERB') return true;
  return !VERB_ONLY_FORMS.has(word) && token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN';
}

/** The cue span: the verb, with its particle ("called for", "pointed out"). */
export function cueSpan(input: QuoteInput, index: number): Span {
  const token = input.tokens[index]!;
  const last = particle(input, index) ? input.tokens[index + 1]! : token;
  return { start: token.span.start, end: last.span.end };
}

/** Whether the cue at `index` takes the particle after it ("called for"); not before a day ("called on Monday"). */
export function particle(input: QuoteInput, index: number): boolean {
  const particles = CUE_PARTICLES.get(CUE_FORMS.get(input.words[index] ?? '') ?? '');
  if (!particles?.has(input.words[index + 1] ?? '')) return false;
  return !input.times.some((t) => t.span.start === input.tokens[index + 2]?.span.start);
}

/**
 * The noun phrase that ends right before the cue at `cue` (fillers such as "has", "also" and a time such
 * as "on Monday" skipped), as a
 * span, or null: "Lavrov stated", "a senior EU official recently stated", "Trump's strategy document warns".
 * Walks back over nouns, names, adjectives, determiners and possessives, and "of" between nouns; stops at
 * a verb, a clause word or punctuation. A pronoun ends the phrase at once ("he said").
 */
export function speakerBefore(input: QuoteInput, cue: number, floor: number): Span | null {
  let index = skipFillers(input, cue - 1, floor);
  const time = input.times.find((t) => t.span.end === input.tokens[index]?.span.end);
  if (time && index > floor) {
    index = tokenAtOrAfter(input.tokens, time.span.start) - 1;
    if (TIME_LEADS.has(input.words[index] ?? '')) index -= 1;
    index = skipFillers(input, index, floor);
  }
  const last = index;
  if (input.words[index] === ')') {
    while (index > floor && input.words[index] !== '(') index -= 1;
    index -= 1;
  }
  let first = -1;
  let named = false;
  while (index >= floor && last - index < MAX_PHRASE) {
    const token = input.tokens[index]!;
    const word = input.words[index]!;
    const inMention = input.mentionOfToken[index] !== undefined;
    if (
      named &&
      !inMention &&
      !/^\p{Lu}/u.test(input.text[token.span.start] ?? '') &&
      !UNNAMED_HEADS.has(word) &&
      token.pos !== 'NOUN' &&
      token.pos !== 'DET' &&
      !titleWord(input, index) &&
      !/^['’]s$/u.test(word) &&
      !joiner(input, index)
    )
      break;
    if (inMention && input.mentionOfToken[index]!.kind === 'person') named = true;
    if (!inMention && (PHRASE_BREAKS.has(word) || !nounPhraseWord(input, index))) break;
    first = index;
    if (token.pos === 'PRON' && word !== "'s") break;
    if (token.pos === 'DET' && !inMention && !linked(input, index - 1)) break;
    index -= 1;
  }
  if (first < 0) return null;
  while (first <= last && ['PART', 'ADP'].includes(input.tokens[first]!.pos)) first += 1;
  if (first > last) return null;
  return { start: input.tokens[first]!.span.start, end: input.tokens[last]!.span.end };
}

/**
 * A lower-case word of a title before a name, "presidential" in "Democratic presidential candidate Ann
 * Roe", "of" in "Secretary of State Ann Roe": an adjective, or "of" between two capitalised words.
 */
function titleWord(input: QuoteInput, index: number): boolean {
  if (input.tokens[index]!.pos === 'ADJ') return true;
  if (input.words[index] !== 'of') return false;
  const capital = (at: number): boolean =>
    /^\p{Lu}/u.test(input.text[input.tokens[at]?.span.start ?? 0] ?? '');
  return capital(index - 1) && capital(index + 1);
}

/** Whether token `index` is a preposition inside a noun phrase ("a spokeswoman for the …", "most of the …"). */
function linked(input: QuoteInput, index: number): boolean {
  return LINK_WORDS.has(input.words[index] ?? '') && nounPhraseWord(input, index);
}

/** A hyphen or slash with no space on either side joins two words: "front-runner", "CNN/ORC". */
function joiner(input: QuoteInput, index: number): boolean {
  const token = input.tokens[index]!;
  const previous = input.tokens[index - 1];
  const next = input.tokens[index + 1];
  return (
    /^[-/]$/u.test(input.words[index]!) &&
    previous?.span.end === token.span.start &&
    next?.span.start === token.span.end
  );
}

/** The index of the last token at or before `index` that is not a filler ("has", "also"). */
function skipFillers(input: QuoteInput, index: number, floor: number): number {
  let at = index;
  while (at >= floor && CUE_FILLERS.has(input.words[at]!) && input.tokens[at]!.pos !== 'NOUN') at -= 1;
  return at;
}

function nounPhraseWord(input: QuoteInput, index: number): boolean {
  const token = input.tokens[index]!;
  if (NOUN_PHRASE_TAGS.has(token.pos) || QUANTITY_WORDS.has(input.words[index]!)) return true;
  if (joiner(input, index)) return true;
  if (LINK_WORDS.has(input.words[index]!)) {
    const next = input.tokens[index + 1];
    if (
      input.words[index] !== 'of' &&
      input.words[index] !== 'with' &&
      !(next && (next.pos === 'PROPN' || next.pos === 'DET'))
    )
      return false;
    const previous = input.tokens[index - 1];
    const word = input.words[index - 1] ?? '';
    return (
      previous !== undefined && (['NOUN', 'PROPN', 'ADJ'].includes(previous.pos) || QUANTITY_WORDS.has(word))
    );
  }
  return input.text[token.span.start] === '.' && token.span.end - token.span.start > 1;
}

/** The noun phrase right after the cue at `cue` ("said Caddell", "said a senior official"), or null. */
export function speakerAfter(input: QuoteInput, cue: number, ceiling: number): Span | null {
  let index = cue + 1;
  const first = index;
  let last = -1;
  while (index < ceiling && index - first < MAX_PHRASE) {
    const token = input.tokens[index]!;
    if (
      input.mentionOfToken[index] === undefined &&
      !NOUN_PHRASE_TAGS.has(token.pos) &&
      !nounPhraseWord(input, index)
    )
      break;
    if (PHRASE_BREAKS.has(input.words[index]!)) break;
    last = index;
    if (token.pos === 'PRON') break;
    index += 1;
  }
  if (last < 0) return null;
  const lastToken = input.tokens[last]!;
  if (lastToken.pos === 'DET' || lastToken.pos === 'ADJ') return null;
  return { start: input.tokens[first]!.span.start, end: lastToken.span.end };
}
