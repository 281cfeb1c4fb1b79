import type { QuoteSpeaker } from '../../../model/layers.js';
import { CLAIM_NOUNS } from '../lexicon/cue-verbs.js';
import type { QuoteCandidate, QuoteInput } from '../quote-input.js';
import { tokenAtOrAfter } from '../quote-input.js';
import { antecedent } from '../refiners/speaker-refiner.js';
import { cueSpan, isCue } from '../speaker-phrase.js';
import { speakerBeforeWide } from '../speaker-extent.js';
import { contentTo, indirect } from './indirect-matcher.js';

/**
 * `The plan, Mara Lind said, would cost less.`: a cue and its speaker set off by commas inside the
 * sentence. The content is the whole sentence (its hull, as PolNeAR marks it), the final stop left out.
 */
export function parenthetical(
  input: QuoteInput,
  cue: number,
  floor: number,
  ceiling: number,
): QuoteCandidate | null {
  if (!isCue(input, cue) || input.words[cue + 1] !== ',') return null;
  const speaker = speakerBeforeWide(input, cue, floor);
  if (!speaker) return null;
  const before = tokenAtOrAfter(input.tokens, speaker.start) - 1;
  if (input.words[before] !== ',' || before - floor < 1 || ceiling - cue < 3) return null;
  const content = contentTo(input, floor, ceiling - 1);
  return content ? indirect(content, cueSpan(input, cue), speaker, 'matcher/indirect-parenthetical') : null;
}

/**
 * `Ruth Meyer's claim that …`, `his argument that …`: a noun of claiming after a possessive name or
 * pronoun, followed by "that". The possessive is the speaker (resolved here), the noun the cue.
 */
export function nominalClaim(
  input: QuoteInput,
  noun: number,
  floor: number,
  ceiling: number,
): QuoteCandidate | null {
  if (!CLAIM_NOUNS.has(input.words[noun]!) || input.words[noun + 1] !== 'that') return null;
  const speaker = possessor(input, noun - 1, floor);
  if (!speaker) return null;
  const content = contentTo(input, noun + 1, ceiling - 1);
  if (!content) return null;
  return {
    ...indirect(content, cueSpan(input, noun), speaker.span, 'matcher/nominal-claim'),
    speaker,
  };
}

/** The speaker of a possessive right before token `last + 1`: "Ruth Meyer's" (a name) or "his"/"her". */
function possessor(input: QuoteInput, last: number, floor: number): QuoteSpeaker | null {
  const word = input.words[last];
  if (last < floor || word === undefined) return null;
  const token = input.tokens[last]!;
  if (word === 'his' || word === 'her') {
    const entity = antecedent(input, token.span.start, word === 'his' ? 'male' : 'female');
    return { span: token.span, entity, description: null, via: 'pronoun' };
  }
  const mention = input.mentionOfToken[last - 1];
  if (!/^['’]s$/u.test(word) || !mention || mention.kind === 'place') return null;
  const span = { start: mention.span.start, end: token.span.end };
  return { span, entity: mention.entity, description: null, via: 'name' };
}
