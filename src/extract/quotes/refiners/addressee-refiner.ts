import { ADDRESSEE_LEMMAS, CUE_FORMS } from '../lexicon/cue-verbs.js';
import { tokenAtOrAfter } from '../quote-input.js';
import type { QuoteRefiner } from '../quote-input.js';

const OBJECT_WORDS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'reporters',
  'journalists',
  'me',
  'us',
]);

/**
 * Records who was spoken to when the cue takes the addressee as its object: "Starmer assured Zelensky",
 * "told reporters", "warned Moscow". A name resolves to its entity; "him", "reporters" stay unresolved.
 */
export const addresseeRefiner: QuoteRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    if (!candidate.cue || candidate.addressee) return candidate;
    const lemma = CUE_FORMS.get(input.text.slice(candidate.cue.start, candidate.cue.end).toLowerCase());
    if (lemma === undefined || !ADDRESSEE_LEMMAS.has(lemma)) return candidate;
    const index = tokenAtOrAfter(input.tokens, candidate.cue.end);
    const token = input.tokens[index];
    if (!token || (candidate.span.start <= token.span.start && token.span.start < candidate.span.end))
      return candidate;
    const mention = input.mentionOfToken[index];
    if (mention && mention.kind !== 'nationality') {
      return { ...candidate, addressee: { span: mention.span, entity: mention.entity } };
    }
    if (OBJECT_WORDS.has(input.words[index]!))
      return { ...candidate, addressee: { span: token.span, entity: null } };
    return candidate;
  });
