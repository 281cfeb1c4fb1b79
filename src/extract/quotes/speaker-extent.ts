import type { Span } from '../../model/index.js';
import { CUE_FILLERS } from './lexicon/cue-verbs.js';
import { tokenAtOrAfter } from './quote-input.js';
import type { QuoteInput } from './quote-input.js';
import { isCue, speakerBefore } from './speaker-phrase.js';

/** Most tokens in an apposition between a name and its cue: "X, director of … at …, said". */
const MAX_APPOSITION = 30;
/** Words that may open the words before a speaker phrase: the sentence start, a comma, a clause word. */
const PHRASE_OPENERS = /^(,|but|and|that|because|while|so|although|though|meanwhile|however|:|—|–|-|\()$/u;

/**
 * The speaker words before the cue at `cue`, widened over an apposition and a coordination:
 * "Megan Hale, a teacher at Lincoln High," (comma kept, as PolNeAR marks it), "Smith and Jones",
 * "federal and state officials". Falls back to `speakerBefore`.
 */
export function speakerBeforeWide(input: QuoteInput, cue: number, floor: number): Span | null {
  const plain = speakerBefore(input, cue, floor);
  if (plain) {
    const last = tokenAtOrAfter(input.tokens, plain.end) - 1;
    return input.words[last] === 'to' ? null : coordinated(input, plain, floor);
  }
  return appositive(input, cue, floor) ?? relative(input, cue, floor);
}

/** `Ann Roe, who chairs the board, said …` has its own rule; `…, who said …` makes "who" the speaker. */
function relative(input: QuoteInput, cue: number, floor: number): Span | null {
  let index = cue - 1;
  while (index > floor && CUE_FILLERS.has(input.words[index]!)) index -= 1;
  if (input.words[index] !== 'who' || input.words[index - 1] !== ',') return null;
  return input.tokens[index]!.span;
}

/** `A and B said`: the phrase before "and" joins the speaker when it is a name or noun phrase too. */
function coordinated(input: QuoteInput, phrase: Span, floor: number): Span {
  const first = tokenAtOrAfter(input.tokens, phrase.start);
  if (first - 1 <= floor || input.words[first - 1] !== 'and') return phrase;
  const before = speakerBefore(input, first - 1, floor);
  if (!before) return phrase;
  const start = tokenAtOrAfter(input.tokens, before.start);
  if (start > floor && !PHRASE_OPENERS.test(input.words[start - 1] ?? '')) return phrase;
  const pos = input.tokens[first - 2]!.pos;
  if (pos !== 'PROPN' && pos !== 'ADJ' && pos !== 'NOUN') return phrase;
  return { start: before.start, end: phrase.end };
}

/**
 * `Name, apposition, said`: a comma right before the cue (fillers skipped) closes an apposition opened by
 * an earlier comma after a name that starts the clause. The apposition holds no verb of saying and no
 * quote mark; the span runs from the name to the closing comma.
 */
function appositive(input: QuoteInput, cue: number, floor: number): Span | null {
  let close = cue - 1;
  while (close > floor && CUE_FILLERS.has(input.words[close]!)) close -= 1;
  if (input.words[close] !== ',') return null;
  let open = close - 1;
  let depth = 0;
  for (; open > floor && close - open < MAX_APPOSITION; open -= 1) {
    const word = input.words[open]!;
    depth += word === ')' ? 1 : word === '(' ? -1 : 0;
    if (depth > 0) continue;
    if (word === ',' || /^[.;:!?"“”]$/u.test(word) || isCue(input, open)) break;
  }
  if (input.words[open] !== ',' || close - open < 2) return null;
  const name = speakerBefore(input, open, floor);
  if (!name) return null;
  const start = tokenAtOrAfter(input.tokens, name.start);
  const head = input.mentionOfToken[open - 1];
  if (!head || (head.kind !== 'person' && head.kind !== 'organisation')) return null;
  if (start > floor && !PHRASE_OPENERS.test(input.words[start - 1] ?? '')) return null;
  return { start: name.start, end: input.tokens[close]!.span.end };
}
