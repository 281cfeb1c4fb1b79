import type { Span } from '../../model/index.js';
import { CUE_FILLERS } from './lexicon/cue-verbs.js';
import { ASIDES } from './lexicon/speaker-words.js';
import { tokenAtOrAfter } from './quote-input.js';
import type { QuoteInput } from './quote-input.js';
import { isCue, speakerBefore } from './speaker-phrase.js';

/** Most tokens in an apposition between a name and its cue: "X, director of … at …, said". */
const MAX_APPOSITION = 30;
/** Words that may open the words before a speaker phrase: the sentence start, a comma, a clause word. */
const PHRASE_OPENERS =
  /^(,|but|and|that|because|while|so|although|though|meanwhile|however|as|when|after|before|since|if|until|whether|where|:|—|–|-|\()$/u;

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
 * quote mark; the span runs from the name to the closing comma. An age alone counts ("Roe, 54, said").
 * An aside such as ", meanwhile," is no apposition: the span is the name alone, as PolNeAR marks it.
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
  if (input.words[open] !== ',' || (close - open < 2 && input.tokens[open + 1]?.pos !== 'NUM')) return null;
  const name = speakerBefore(input, open, floor);
  if (name && ASIDES.has(input.words.slice(open + 1, close).join(' '))) return name;
  if (!name) return null;
  const start = tokenAtOrAfter(input.tokens, name.start);
  const head = input.mentionOfToken[open - 1];
  if (!head || (head.kind !== 'person' && head.kind !== 'organisation')) return null;
  if (start > floor && !PHRASE_OPENERS.test(input.words[start - 1] ?? '')) return null;
  return { start: name.start, end: input.tokens[close]!.span.end };
}

/**
 * `said X, a professor at …`: an apposition after the name runs to the sentence's end, or to a comma
 * before a participle (`closesApposition`).
 */
export function withApposition(input: QuoteInput, speaker: Span, ceiling: number): Span {
  const next = tokenAtOrAfter(input.tokens, speaker.end);
  const word = input.words[next];
  const following = input.tokens[next + 1];
  const opensApposition =
    word === '(' ||
    (word === ',' &&
      following !== undefined &&
      (['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(following.pos) || input.words[next + 1] === 'who'));
  if (!opensApposition) return speaker;
  let last = next;
  let depth = word === '(' ? 1 : 0;
  while (last + 1 < ceiling && (depth > 0 || !/^[.!?;"“”]$/u.test(input.words[last + 1]!))) {
    last += 1;
    depth += input.words[last] === '(' ? 1 : input.words[last] === ')' ? -1 : 0;
    if (depth === 0 && last > next + 1 && input.words[last] === ',' && closesApposition(input, last + 1))
      return { start: speaker.start, end: input.tokens[last]!.span.end };
  }
  if (input.words[last] === ',') last -= 1;
  return { start: speaker.start, end: input.tokens[last]!.span.end };
}

/**
 * Whether the token at `index`, after a comma inside an apposition, opens something that is not part of
 * the speaker: a participle ("…, a lawyer at the port, explaining why …"). The speaker ends at that comma,
 * comma included, as PolNeAR marks it. Not a relative clause: PolNeAR keeps "…, who …" more often than
 * not (stopping there too lowered train direct speaker F1 exact 0.784 → 0.781).
 */
function closesApposition(input: QuoteInput, index: number): boolean {
  const word = input.words[index] ?? '';
  return input.tokens[index]?.pos === 'VERB' && word.endsWith('ing');
}
