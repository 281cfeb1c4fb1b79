import type { DocEntity, Mention, Span } from '../../../model/index.js';
import type { QuoteSpeaker } from '../../../model/layers.js';
import { SPEECH_NOUNS } from '../lexicon/cue-verbs.js';
import { DOCUMENT_HEADS, SPEAKER_PRONOUNS, UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import { tokenAtOrAfter } from '../quote-input.js';
import { genderOf } from '../person-gender.js';
import type { QuoteInput, QuoteRefiner } from '../quote-input.js';

/**
 * Resolves each speaker phrase to a speaker: a name (the mention on the phrase's head, "Starmer"), a
 * possessive name before a noun of speech ("Starmer's assertion"), a document ("the strategy document",
 * "a statement from the presidency"), a pronoun (the nearest person mentioned before it; "they" the
 * nearest organisation or country), a title (the person whose role in this article has that title: "the
 * Chancellor"), else an unnamed description ("a senior EU official", "sources") with no entity.
 */
export const speakerRefiner: QuoteRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    const phrase = candidate.speakerPhrase;
    if (!phrase || candidate.speaker !== null) return candidate;
    return { ...candidate, speaker: resolveSpeaker(input, phrase) };
  });

/** The speaker a phrase names; exported for the indirect matcher's tests. */
export function resolveSpeaker(input: QuoteInput, whole: Span): QuoteSpeaker {
  const full = input.text.slice(whole.start, whole.end);
  const cut = full.search(/[,(]/u);
  const phrase =
    cut > 0 ? { start: whole.start, end: whole.start + full.slice(0, cut).trimEnd().length } : whole;
  const resolved = resolvePhrase(input, phrase);
  return {
    ...resolved,
    span: whole,
    ...(resolved.description !== null ? { description: full.replace(/,$/u, '') } : {}),
  };
}

function resolvePhrase(input: QuoteInput, phrase: Span): QuoteSpeaker {
  const text = input.text.slice(phrase.start, phrase.end);
  const words = text.toLowerCase().split(/[\s]+/u);
  const head = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  const last = tokenAtOrAfter(input.tokens, phrase.end) - 1;
  const headMention = leadMention(input, phrase) ?? (last >= 0 ? input.mentionOfToken[last] : undefined);
  if (headMention && headMention.span.start >= phrase.start) return named(headMention, phrase, 'name');
  const possessive = possessiveMention(input, phrase);
  const leadHead = /^(.*?)\s(?:of|from|by|for)\s/u.exec(text.toLowerCase())?.[1]?.split(/\s+/u).pop() ?? head;
  if ((DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(leadHead)) && !UNNAMED_HEADS.has(head)) {
    return { span: phrase, entity: null, description: text, via: 'document' };
  }
  if (possessive && SPEECH_NOUNS.has(head)) return named(possessive, phrase, 'name');
  const pronoun = SPEAKER_PRONOUNS.get(words.length === 1 ? head : '');
  if (pronoun !== undefined) {
    return {
      span: phrase,
      entity: antecedent(input, phrase.start, pronoun),
      description: null,
      via: 'pronoun',
    };
  }
  const titled =
    UNNAMED_HEADS.has(head) && /^(a|an|some|one|two|three|several|many|other)\b/u.test(words[0] ?? '')
      ? null
      : byTitle(input, words, phrase.start);
  if (titled) return { span: phrase, entity: titled.id, description: null, via: 'title' };
  return { span: phrase, entity: null, description: text, via: 'description' };
}

/**
 * The name that ends the words before a first "of"/"for"/"from"/"by": "Ukraine's Coordination Headquarters
 * for the Treatment of Prisoners" is the headquarters; "a spokeswoman for the Union" has none (the head
 * rule then takes the Union).
 */
function leadMention(input: QuoteInput, phrase: Span): Mention | undefined {
  for (let index = tokenAtOrAfter(input.tokens, phrase.start) + 1; index < input.tokens.length; index += 1) {
    if (input.tokens[index]!.span.start >= phrase.end) return undefined;
    if (!/^(of|for|from|by)$/u.test(input.words[index]!)) continue;
    const mention = input.mentionOfToken[index - 1];
    return mention && mention.kind !== 'place' && mention !== input.mentionOfToken[index + 1]
      ? mention
      : undefined;
  }
  return undefined;
}

function named(mention: Mention, phrase: Span, via: 'name'): QuoteSpeaker {
  return { span: phrase, entity: mention.entity, description: null, via };
}

function possessiveMention(input: QuoteInput, phrase: Span): Mention | undefined {
  for (let index = tokenAtOrAfter(input.tokens, phrase.start); index < input.tokens.length; index += 1) {
    if (input.tokens[index]!.span.start >= phrase.end) break;
    const mention = input.mentionOfToken[index];
    if (mention && /^['’]s$/u.test(input.words[index + 1] ?? '')) return mention;
  }
  return undefined;
}

/** The nearest mention before `at` a pronoun can take: a person for he/she/I/we, else an organisation or place. */
export function antecedent(
  input: QuoteInput,
  at: number,
  kind: 'male' | 'female' | 'plural' | 'self' | 'relative',
): string | null {
  let index = tokenAtOrAfter(input.tokens, at) - 1;
  for (; index >= 0; index -= 1) {
    const mention = input.mentionOfToken[index];
    if (!mention) continue;
    if (kind === 'relative') return mention.kind === 'place' ? null : mention.entity;
    const wanted =
      kind === 'plural'
        ? mention.kind === 'organisation' || mention.kind === 'place'
        : mention.kind === 'person' && compatible(input, mention.entity, kind);
    if (wanted) return mention.entity;
  }
  return null;
}

/** A person whose role title in this article ends the phrase ("the Chancellor", "the president"). */
function byTitle(input: QuoteInput, words: readonly string[], at: number): DocEntity | null {
  const phrase = words.filter((w) => w !== 'the').join(' ');
  if (phrase === '') return null;
  const holders = input.entities.filter(
    (e) =>
      e.kind === 'person' &&
      e.roles.some((r) => r.title.toLowerCase() === phrase || phrase.endsWith(` ${r.title.toLowerCase()}`)),
  );
  if (holders.length <= 1) return holders[0] ?? null;
  const ids = new Set(holders.map((h) => h.id));
  const recent = antecedentIn(input, at, ids);
  return holders.find((h) => h.id === recent) ?? holders[0] ?? null;
}

function antecedentIn(input: QuoteInput, at: number, ids: ReadonlySet<string>): string | null {
  for (let index = tokenAtOrAfter(input.tokens, at) - 1; index >= 0; index -= 1) {
    const mention = input.mentionOfToken[index];
    if (mention && ids.has(mention.entity)) return mention.entity;
  }
  return null;
}

/** Whether a person can be "he" or "she": a known gender must match; "I", "we" and unknown take anyone. */
function compatible(input: QuoteInput, entity: string, kind: 'male' | 'female' | 'self'): boolean {
  if (kind === 'self') return true;
  const found = input.entities.find((e) => e.id === entity);
  const gender = found ? genderOf(found) : null;
  return gender === null || gender === kind;
}
