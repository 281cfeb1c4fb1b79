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
 * ("Russia's refusal", "Kyiv demands"); the speaker of the quote holding the cue; the nearest person, else
 * country or organisation, before the cue in the sentence; the sentence's subject. Null when none.
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
  const nearest = nearestActor(input, cue.start, range.start);
  if (nearest) return { ...nearest, rule: 'subject' };
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
      return actor ? { actor, start } : null;
    }
    const word = input.words[at] ?? '';
    if (!BETWEEN_TAGS.has(input.tokens[at]?.pos ?? '') && word !== "'s" && word !== '’s') return null;
  }
  return null;
}

function quoteActor(input: StanceInput, candidate: StanceCandidate): Omit<ActorFinding, 'rule'> | null {
  const at = candidate.positionCue?.start ?? candidate.issueCue.start;
  for (const [index, quote] of input.quotes.entries()) {
    const holds = quote.span.start <= at && at < quote.span.end;
    const cued = quote.cue !== null && quote.cue.start === at;
    const entity = entityOf(input, quote.speaker?.entity);
    if (!(holds || cued) || !canHoldStance(input, entity)) continue;
    const span = quote.speaker?.span ?? quote.span;
    return { actor: { span: { ...span }, entity: entity.id, name: entity.name }, quote: index };
  }
  return null;
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
