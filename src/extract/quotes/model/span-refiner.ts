import type { Span } from '../../../model/index.js';
import { indirect } from '../matchers/indirect-matcher.js';
import { passive, pastSetting } from '../matchers/statement-setting.js';
import type { QuoteCandidate, QuoteInput, QuoteRefiner } from '../quote-input.js';
import { reportedSpeechRefiner } from '../refiners/reported-speech-refiner.js';
import { resolveSpeaker } from '../refiners/speaker-refiner.js';
import { NOT_SPEAKERS } from '../lexicon/speaker-words.js';
import { SPAN_TAGGER } from './span-weights.js';
import {
  attributionsOf,
  cueMargin,
  emissions,
  C,
  O,
  S,
  T,
  taggedSentences,
  viterbi,
  type SpanTaggerModel,
  type TaggedAttribution,
} from './span-tagger.js';

/**
 * The reported speech the span tagger reads in the sentences the rules left alone
 * (`taggedSentences`): for each, the scores of its tokens' features, the best tag sequence, and the
 * attributions read off it (`attributionsOf`) whose cue the tagger is sure enough of (`cueMargin` at
 * least the model's `margin`), as candidates with their speaker words resolved (`matcher/learned-span`).
 * Only those that pass the rules' bars (`stated`).
 */
export function taggedCandidates(
  input: QuoteInput,
  candidates: readonly QuoteCandidate[],
  model: SpanTaggerModel,
): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  for (const [floor, ceiling] of taggedSentences(input, candidates, model.triggers, model.sentenceLevel)) {
    const scores = emissions(model, input, floor, ceiling);
    const tags = viterbi(scores, model.start, model.transitions);
    for (const a of attributionsOf(tags)) {
      if (cueMargin(scores, model.start, model.transitions, tags, a.cue[0], a.cue[1]) < model.margin)
        continue;
      const span = (run: [number, number]): Span => ({
        start: input.tokens[floor + run[0]]!.span.start,
        end: input.tokens[floor + run[1] - 1]!.span.end,
      });
      if (!stated(input, floor, ceiling, a)) continue;
      const speakerPhrase = span(a.source);
      const candidate = indirect(span(a.content), span(a.cue), speakerPhrase, 'matcher/learned-span');
      found.push({ ...candidate, speaker: resolveSpeaker(input, speakerPhrase) });
    }
  }
  return found;
}

/** The fewest tokens of content, as the rules ask (`contentTo`): "Ruth Meyer denied it." reports nothing. */
const MIN_CONTENT = 3;
/** The most tokens of a cue: "is wary of", "said in a statement"; not "called on Monday to ask about". */
const MAX_CUE = 4;

/**
 * Whether the attribution passes the bars the rules set on reported speech: content of at least
 * MIN_CONTENT tokens and, after the cue, more than where it was said (`pastSetting`: "said in an interview
 * before the vote closed"); a cue of at most MAX_CUE tokens, none in a name or a time ("Port spokeswoman
 * Hope Lind met …"); not denied (`denied`), not a passive (`passiveCue`).
 */
function stated(input: QuoteInput, floor: number, ceiling: number, a: TaggedAttribution): boolean {
  if (a.content[1] - a.content[0] < MIN_CONTENT || a.cue[1] - a.cue[0] > MAX_CUE) return false;
  if (a.content[0] >= a.cue[1] && pastSetting(input, floor + a.cue[1], ceiling) < 0) return false;
  const cue = {
    start: input.tokens[floor + a.cue[0]]!.span.start,
    end: input.tokens[floor + a.cue[1] - 1]!.span.end,
  };
  for (let at = floor + a.cue[0]; at < floor + a.cue[1]; at += 1) if (input.mentionOfToken[at]) return false;
  if (input.times.some((t) => t.span.start < cue.end && cue.start < t.span.end)) return false;
  return !denied(input, floor, a) && !passiveCue(input, floor, a);
}

/** Words that deny the statement: "has not yet responded to", "None of them has commented on". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'no', 'nor']);
const NO_ONE: ReadonlySet<string> = new Set(['none', 'nobody', 'neither', 'no']);

/**
 * Whether the attribution reports no statement, as `clauseRefiner` reads it: a negation between the
 * source and the end of the cue, or a source that names no one.
 */
function denied(input: QuoteInput, floor: number, a: TaggedAttribution): boolean {
  if (NO_ONE.has(input.words[floor + a.source[0]]!)) return true;
  for (let at = floor + Math.min(a.source[1], a.cue[0]); at < floor + a.cue[1]; at += 1)
    if (NEGATIONS.has(input.words[at]!)) return true;
  return false;
}

/** Whether the cue is a passive ("are expected to", "was called for"): no speaker before it, as the rules read it. */
function passiveCue(input: QuoteInput, floor: number, a: TaggedAttribution): boolean {
  for (let at = floor + a.cue[0]; at < floor + a.cue[1]; at += 1) if (passive(input, at)) return true;
  return false;
}

/**
 * Whether speaker words that only describe were seen speaking on train: the tagger weighs their last word
 * as a source above any other tag ("analysts", "critics", "the report", "polls"; not "the talks", "the
 * storm").
 */
function seenSpeaking(input: QuoteInput, model: SpanTaggerModel, q: QuoteCandidate): boolean {
  const words = input.text.slice(q.speakerPhrase!.start, q.speakerPhrase!.end).toLowerCase().split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  const w = model.weights.get(`w:${head}`);
  return !NOT_SPEAKERS.has(head) && w !== undefined && w[S]! > Math.max(w[O]!, w[C]!, w[T]!);
}

/**
 * `spanRefiner` with a given model. Its additions face `reportedSpeechRefiner` as the rules' do: speaker
 * words that only describe speak only before a plain verb of saying or with an unnamed source head
 * ("Families of the missing said …"; not "The talks underscored …").
 */
export function spanRefinerWith(model: SpanTaggerModel): QuoteRefiner {
  return (candidates, input) => {
    const found = taggedCandidates(input, candidates, model);
    const kept = new Set(reportedSpeechRefiner(found, input));
    const added = found.filter((q) => kept.has(q) || seenSpeaking(input, model, q));
    return added.length === 0 ? candidates : candidates.concat(added);
  };
}

/**
 * Adds the reported speech the span tagger reads in the sentences no rule touched (weights learned on
 * PolNeAR train, `span-weights.ts`; `taggedCandidates`).
 */
export const spanRefiner: QuoteRefiner = spanRefinerWith(SPAN_TAGGER);
