import type { QuoteSpeaker } from '../../../model/layers.js';
import { ACTION_FORMS, CLAIM_NOUNS } from '../lexicon/cue-verbs.js';
import { LEARNED_ACTION_FORMS, LEARNED_MIN_WEIGHT } from '../lexicon/learned-cues.js';
import type { QuoteCandidate, QuoteInput } from '../quote-input.js';
import { tokenAtOrAfter } from '../quote-input.js';
import { antecedent } from '../refiners/speaker-refiner.js';
import { cueSpan, isCue, particle, speakerBefore } from '../speaker-phrase.js';
import { UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import { speakerBeforeWide } from '../speaker-extent.js';
import { contentTo, indirect } from './indirect-matcher.js';
import { passive, pastSetting } from './statement-setting.js';

/**
 * One form of reported speech: the candidate its cue word (or noun, at `at`) makes inside the sentence
 * bounded by tokens `floor`..`ceiling`, or null when the form does not fit.
 */
export type IndirectForm = (
  input: QuoteInput,
  at: number,
  floor: number,
  ceiling: number,
) => QuoteCandidate | null;

/**
 * `The plan, Mara Lind said, would cost less.`: a cue and its speaker set off by commas inside the
 * sentence. The content is the whole sentence (its hull, as PolNeAR marks it), the final stop left out.
 */
export const parenthetical: IndirectForm = (input, cue, floor, ceiling) => {
  if (!isCue(input, cue) || input.words[cue + 1] !== ',') return null;
  const speaker = speakerBeforeWide(input, cue, floor);
  if (!speaker) return null;
  const before = tokenAtOrAfter(input.tokens, speaker.start) - 1;
  if (input.words[before] !== ',' || before - floor < 1 || ceiling - cue < 3) return null;
  const content = contentTo(input, floor, ceiling - 1);
  return content ? indirect(content, cueSpan(input, cue), speaker, 'matcher/indirect-parenthetical') : null;
};

/**
 * `Ruth Meyer's claim that …`, `his argument that …`: a noun of claiming after a possessive name or
 * pronoun, followed by "that". The possessive is the speaker (resolved here), the noun the cue.
 */
export const nominalClaim: IndirectForm = (input, noun, floor, ceiling) => {
  if (!CLAIM_NOUNS.has(input.words[noun]!) || input.words[noun + 1] !== 'that') return null;
  const speaker = possessor(input, noun - 1, floor);
  if (!speaker) return null;
  const content = contentTo(input, noun + 1, ceiling - 1);
  if (!content) return null;
  return {
    ...indirect(content, cueSpan(input, noun), speaker.span, 'matcher/nominal-claim'),
    speaker,
  };
};

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

/**
 * `Mara Lind offered a new schedule`, `He discussed the tariff plan`: PolNeAR counts an act of
 * communication, stance or action by a named actor as an attribution. A verb of `ACTION_FORMS` after a
 * name or a personal pronoun (fillers skipped) is the cue, the rest of the sentence the content, unless
 * only a setting follows ("spoke by phone on Friday", `pastSetting`). Reached only when no verb of saying
 * matched.
 */
export const actionClause: IndirectForm = (input, verb, floor, ceiling) =>
  isActionForm(input.words[verb]!) ? actionClauseOf(input, verb, floor, ceiling) : null;

/** Whether a verb form is a cue after a named or pronoun speaker: listed, or learned with weight enough. */
export function isActionForm(word: string): boolean {
  return ACTION_FORMS.has(word) || (LEARNED_ACTION_FORMS.get(word) ?? 0) >= LEARNED_MIN_WEIGHT;
}

/** `actionClause` for any verb form: the training script (`scripts/quotes-train/`) scores every form with it. */
export const actionClauseOf: IndirectForm = (input, verb, floor, ceiling) => {
  if (input.tokens[verb]!.pos !== 'VERB' || passive(input, verb)) return null;
  const speaker = speakerBeforeWide(input, verb, floor);
  if (!speaker) return null;
  const last = tokenAtOrAfter(input.tokens, speaker.end) - 1;
  const head = input.mentionOfToken[last];
  const pronoun =
    /^(he|she|they|we|i)$/u.test(input.words[last]!) && last === tokenAtOrAfter(input.tokens, speaker.start);
  if (!pronoun && (!head || head.kind === 'place')) return null;
  const first = pastSetting(input, verb + 1, ceiling);
  if (first < 0) return null;
  const content = contentTo(input, first, ceiling - 1);
  return content ? indirect(content, cueSpan(input, verb), speaker, 'matcher/action-clause') : null;
};

/**
 * `Lind spoke on Monday, saying the tariff would go`, `Lind met the envoys and said the tariff would go`:
 * a participle of saying after a comma, or a verb of saying after "and"/"but", takes the sentence's
 * subject, the noun phrase before its first verb, when that phrase opens the sentence.
 */
export const participleClause: IndirectForm = (input, cue, floor, ceiling) => {
  const participle = input.words[cue - 1] === ',' && input.words[cue]!.endsWith('ing');
  const coordinate = /^(and|but)$/u.test(input.words[cue - 1] ?? '');
  if ((!participle && !coordinate) || !isCue(input, cue)) return null;
  let verb = floor + 1;
  while (verb < cue - 1 && input.tokens[verb]!.pos !== 'VERB' && input.tokens[verb]!.pos !== 'AUX') verb += 1;
  if (verb >= cue - 1) return null;
  const speaker = speakerBeforeWide(input, verb, floor);
  if (!speaker || tokenAtOrAfter(input.tokens, speaker.start) !== floor) return null;
  const first = particle(input, cue) ? cue + 2 : cue + 1;
  const content = contentTo(input, first, ceiling - 1);
  return content ? indirect(content, cueSpan(input, cue), speaker, 'matcher/participle') : null;
};

/** Most tokens in a label before a colon: "McCain challenger Kelli Ward: …". */
const MAX_LABEL = 6;

/**
 * `Lind: Tariff talks will resume in May`: a short name or noun phrase that opens the sentence and ends
 * at a colon is the speaker of the rest, as headlines and transcripts write it. The phrase must be a
 * named person or organisation, or an unnamed source head.
 */
export const colonLabel: IndirectForm = (input, colon, floor, ceiling) => {
  if (input.words[colon] !== ':' || colon - floor > MAX_LABEL || colon === floor) return null;
  const speaker = speakerBefore(input, colon, floor);
  if (!speaker || tokenAtOrAfter(input.tokens, speaker.start) !== floor) return null;
  const head = input.mentionOfToken[colon - 1];
  if (!(head && head.kind !== 'place') && !UNNAMED_HEADS.has(input.words[colon - 1]!)) return null;
  const content = contentTo(input, colon + 1, ceiling - 1);
  return content ? indirect(content, input.tokens[colon]!.span, speaker, 'matcher/colon-label') : null;
};
