import type { EventArgument } from '../../../model/event.js';
import { isAttitudeVerb } from '../lexicon/attitude-verbs.js';
import { argumentOf, canHoldStance, entityOf, mentionBefore } from '../actor-words.js';
import type { StanceCandidate, StanceInput } from '../stance-input.js';

/** Who holds a stance, and how they were found. */
export interface ActorFinding {
  actor: EventArgument;
  quote: number | null;
  rule: 'reporter' | 'possessor' | 'quote' | 'subject' | 'sentence-subject';
}

/** Tags that may stand between a holder and its cue: "Russia's persistent refusal", "Kyiv has long demanded". */
const BETWEEN_TAGS = new Set(['ADJ', 'ADV', 'AUX', 'PART']);
/** How many tokens may stand between a holder and its cue. */
const HOLDER_GAP = 3;

/**
 * The holder of a stance, by rule in order: the subject of a verb of saying before a possessive stance
 * phrase ("he reiterated Russia's refusal" → he); the possessor or subject right before the cue
 * ("Russia's refusal", "Kyiv demands"), never the object of a verb ("asked Russia to accept"); the speaker
 * of the quote holding the cue; the nearest person, else country or organisation, before the cue in its
 * clause; the sentence's subject. Null when none.
 */
export function findActor(input: StanceInput, candidate: StanceCandidate): ActorFinding | null {
  const cue = candidate.cueHit;
  const range = input.sentenceTokens[candidate.sentence];
  if (!cue || !range) return null;
  const holder = adjacentHolder(input, cue.start, range.start);
  if (holder) {
    const verb = holder.start - 1 - (input.words[holder.start - 1] === 'the' ? 1 : 0);
    if (verb >= range.start && isAttitudeVerb(input.words[verb] ?? '')) {
      const reporter = quoteActor(input, candidate) ?? nearestActor(input, verb, range.start);
      if (reporter) return { ...reporter, rule: 'reporter' };
    }
    return { actor: holder.actor, quote: null, rule: 'possessor' };
  }
  const quoted = quoteActor(input, candidate);
  if (quoted) return { ...quoted, rule: 'quote' };
  const clause = clauseStart(input, cue.start, range.start);
  // "…, and he backs sanctions": a pronoun opening the clause points back past it.
  const pronoun = clause > range.start && PRONOUNS.has(input.words[clause + 1] ?? '');
  const nearest = nearestActor(input, cue.start, pronoun ? range.start : clause);
  if (nearest) return { ...nearest, rule: 'subject' };
  if (clause > range.start && !pronoun) return null;
  const subject = sentenceSubject(input, range);
  return subject ? { actor: subject, quote: null, rule: 'sentence-subject' } : null;
}

function adjacentHolder(
  input: StanceInput,
  cueStart: number,
  floor: number,
): { actor: EventArgument; start: number } | null {
  for (let at = cueStart - 1; at >= Math.max(floor, cueStart - 1 - HOLDER_GAP); at -= 1) {
    const mention = input.mentionOfToken[at];
    if (mention) {
      const actor = argumentOf(input, mention);
      let start = at;
      while (start > floor && input.mentionOfToken[start - 1] === mention) start -= 1;
      const possessive = ["'s", '’s'].includes(input.words[at + 1] ?? '');
      // "asked Russia to accept", "meet Putin only if": the object of a verb does not hold the stance.
      if (!possessive && objectOfVerb(input, start, floor)) return null;
      return actor ? { actor, start } : null;
    }
    const word = input.words[at] ?? '';
    if (!BETWEEN_TAGS.has(input.tokens[at]?.pos ?? '') && word !== "'s" && word !== '’s') return null;
  }
  return null;
}

/** Whether the words right before a name (past "the") are a verb or preposition governing it. */
function objectOfVerb(input: StanceInput, start: number, floor: number): boolean {
  const before = input.words[start - 1] === 'the' ? start - 2 : start - 1;
  return before >= floor && ['VERB', 'ADP'].includes(input.tokens[before]?.pos ?? '');
}

/**
 * The first token of the clause holding `at`: after the last comma followed by a word that opens a new
 * clause ("…, as European leaders pressed for …"), so a name in an earlier clause does not hold the stance.
 */
function clauseStart(input: StanceInput, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i -= 1) {
    if (input.words[i] === ',' && CLAUSE_OPENERS.has(input.words[i + 1] ?? '')) return i + 1;
  }
  return floor;
}

/** Subject pronouns that refer back to a name earlier in the sentence. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Words that open a clause with its own subject after a comma. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'as',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'because',
  'since',
  'when',
  'after',
  'before',
]);

function quoteActor(input: StanceInput, candidate: StanceCandidate): Omit<ActorFinding, 'rule'> | null {
  const at = candidate.positionCue?.start ?? candidate.issueCue.start;
  // The innermost quote holding the cue: "X said …, and Y warned that …" gives Y's words to Y.
  let best: { index: number; length: number } | null = null;
  for (const [index, quote] of input.quotes.entries()) {
    const holds = quote.span.start <= at && at < quote.span.end;
    const cued = quote.cue !== null && quote.cue.start === at;
    const length = cued ? 0 : quote.span.end - quote.span.start;
    if (!(holds || cued) || (best && best.length <= length)) continue;
    if (canHoldStance(input, entityOf(input, quote.speaker?.entity))) best = { index, length };
  }
  if (!best) return null;
  const quote = input.quotes[best.index]!;
  const entity = entityOf(input, quote.speaker?.entity)!;
  const span = quote.speaker?.span ?? quote.span;
  return { actor: { span: { ...span }, entity: entity.id, name: entity.name }, quote: best.index };
}

function nearestActor(input: StanceInput, from: number, floor: number): Omit<ActorFinding, 'rule'> | null {
  const found =
    mentionBefore(input, from, floor, (entity) => entity.kind === 'person') ??
    mentionBefore(
      input,
      from,
      floor,
      () => true,
      (end) => subjectLike(input, end),
    );
  const actor = found ? argumentOf(input, found.mention) : null;
  return actor ? { actor, quote: null } : null;
}

/** A name that reads as a subject or possessor: a verb, an auxiliary or "'s" right after it. */
function subjectLike(input: StanceInput, end: number): boolean {
  const word = input.words[end] ?? '';
  return word === "'s" || word === '’s' || ['VERB', 'AUX'].includes(input.tokens[end]?.pos ?? '');
}

/** "The coalition's …" (a common noun naming an organisation of the text), or a name right before a verb. */
function sentenceSubject(input: StanceInput, range: { start: number; end: number }): EventArgument | null {
  const head = input.words[range.start] === 'the' ? input.words[range.start + 1] : undefined;
  const token = input.tokens[range.start + 1];
  if (head && token && head.length > 3) {
    const org = input.entities.find(
      (e) => e.kind === 'organisation' && e.name.toLowerCase().split(/\s+/u).includes(head),
    );
    if (org) return { span: { ...token.span }, entity: org.id, name: org.name };
  }
  for (let at = range.start; at < range.end; at += 1) {
    const mention = input.mentionOfToken[at];
    if (!mention || input.mentionOfToken[at + 1] === mention) continue;
    if (input.tokens[at + 1]?.pos === 'VERB') return argumentOf(input, mention);
  }
  return null;
}
