import type { StancePosition } from '../../../model/event.js';
import { ACTION_NEGATORS, NEGATED_ACTION_WINDOW } from '../lexicon/modifiers.js';
import type { IssueHit, PositionHit, StanceCandidate, StanceInput } from '../stance-input.js';
import { packIssueHits } from './issue-matcher.js';
import { positionHits } from './position-cues.js';
import { topicIssueHits } from './topic-matcher.js';

/** How far (in tokens) an `after` cue may stand before the issue words. */
export const AFTER_WINDOW = 12;
/** How far (in tokens) a `before` cue may stand after the issue words. */
export const BEFORE_WINDOW = 12;
/** How close an outer cue must stand before an inner one to govern it ("refusal to permit"). */
const CHAIN_GAP = 2;

const CHAIN_LINKS = new Set(['to', 'for', 'on']);
const AFTER_BREAKS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'but',
  'while',
  'although',
  'whereas',
  'despite',
]);
const BEFORE_BREAKS = new Set([';', ':', '—', '(', 'but', 'while', 'although', 'whereas', 'despite']);

/**
 * Pairs each issue hit with the polarity cue that bears on it in the same clause: an `after` cue shortly
 * before, a `before` cue shortly after, or a negator right before an issue action ("will not cede"). The
 * strongest cue wins, then the nearest. An outer cue right before the chosen one governs it, and the
 * positions compose like signs: "refusal to permit X" → oppose.
 */
export function pairMatcher(input: StanceInput): StanceCandidate[] {
  const hits = [...packIssueHits(input), ...topicIssueHits(input)];
  const cuesBySentence = new Map<number, readonly PositionHit[]>();
  const candidates: StanceCandidate[] = [];
  for (const hit of hits) {
    let cues = cuesBySentence.get(hit.sentence);
    if (!cues) cuesBySentence.set(hit.sentence, (cues = positionHits(input, hit.sentence)));
    const chosen = chooseCue(input, hit, cues);
    if (!chosen) continue;
    const outer = cues.find((c) => c.governs === 'after' && chains(input, c, chosen));
    const inner = outer ? undefined : cues.find((c) => c.end <= hit.start && chains(input, chosen, c));
    const [cueHit, last] = outer ? [outer, chosen] : [chosen, inner ?? chosen];
    const position = cueHit === last ? chosen.position : compose(cueHit.position, last.position);
    candidates.push(candidate(input, hit, cueHit, last, position));
  }
  return candidates;
}

function chooseCue(input: StanceInput, hit: IssueHit, cues: readonly PositionHit[]): PositionHit | null {
  const options: Array<{ cue: PositionHit; distance: number }> = [];
  for (const cue of cues) {
    if (cue.governs === 'after' && cue.end <= hit.start && hit.start - cue.end <= AFTER_WINDOW) {
      if (!brokenBetween(input, cue.end, hit.start, AFTER_BREAKS))
        options.push({ cue, distance: hit.start - cue.end });
    }
    if (cue.governs === 'before' && cue.start >= hit.end && cue.start - hit.end <= BEFORE_WINDOW) {
      if (!brokenBetween(input, hit.end, cue.start, BEFORE_BREAKS))
        options.push({ cue, distance: cue.start - hit.end });
    }
  }
  const negator = negatedAction(input, hit);
  if (negator) options.push({ cue: negator, distance: hit.start - negator.end });
  options.sort((a, b) => b.cue.weight - a.cue.weight || a.distance - b.distance);
  return options[0]?.cue ?? null;
}

/** A negator right before issue words that start with a verb ("will not cede land"): oppose. */
function negatedAction(input: StanceInput, hit: IssueHit): PositionHit | null {
  if (input.tokens[hit.start]?.pos !== 'VERB') return null;
  const floor = Math.max(
    input.sentenceTokens[hit.sentence]?.start ?? 0,
    hit.start - 1 - NEGATED_ACTION_WINDOW,
  );
  for (let at = hit.start - 1; at >= floor; at -= 1) {
    if (ACTION_NEGATORS.has(input.words[at] ?? '')) {
      return {
        sentence: hit.sentence,
        start: at,
        end: at + 1,
        position: 'oppose',
        governs: 'after',
        weight: 1,
      };
    }
  }
  return null;
}

/** An outer `after` cue governs an inner one when only "to" or a preposition stands between ("refusal to permit"). */
function chains(input: StanceInput, outer: PositionHit, inner: PositionHit): boolean {
  if (outer.governs !== 'after' || inner.governs !== 'after') return false;
  if (outer.end > inner.start || inner.start - outer.end > CHAIN_GAP) return false;
  if (input.words[outer.end - 1] === 'to' && outer.end === inner.start) return true;
  for (let at = outer.end; at < inner.start; at += 1)
    if (!CHAIN_LINKS.has(input.words[at] ?? '')) return false;
  return true;
}

function brokenBetween(input: StanceInput, from: number, to: number, breaks: ReadonlySet<string>): boolean {
  for (let at = from; at < to; at += 1) if (breaks.has(input.words[at] ?? '')) return true;
  return false;
}

/** Positions compose like signs: against supporting is against, against opposing is for. */
export function compose(outer: StancePosition, inner: StancePosition): StancePosition {
  if (outer === 'conditional' || outer === 'neutral') return outer;
  if (inner === 'conditional' || inner === 'neutral') return inner;
  return outer === inner ? 'support' : 'oppose';
}

function candidate(
  input: StanceInput,
  hit: IssueHit,
  outer: PositionHit,
  inner: PositionHit,
  position: StancePosition,
): StanceCandidate {
  const sentence = input.sentences[hit.sentence]!;
  const first = Math.min(outer.start, inner.start);
  const last = Math.max(outer.end, inner.end) - 1;
  return {
    span: { ...sentence.span },
    sentence: hit.sentence,
    hit,
    cueHit: outer,
    actor: null,
    country: null,
    issue: hit.issue,
    issueCue: hit.cue,
    position,
    positionCue: { start: input.tokens[first]!.span.start, end: input.tokens[last]!.span.end },
    date: input.referenceDate,
    confidence: 0.6,
    quote: null,
    basis: hit.basis === 'pack' ? 'pack' : 'clustered',
    matcher: `matcher/${outer.governs === 'before' ? 'cue-after-issue' : 'cue-before-issue'}`,
  };
}
