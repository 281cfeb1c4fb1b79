import type { StancePosition } from '../../../model/event.js';

/**
 * A word pattern of a cue: lower-case, whole token; a final `*` matches any ending ("refus*" matches
 * "refusal", "refused", "refusing").
 */
export type CuePattern = string;

/** One polarity cue: the words that set a position, which side of them the issue stands, and how strong. */
export interface PositionCue {
  /** Token patterns, in order, adjacent. */
  words: readonly CuePattern[];
  position: StancePosition;
  /** `after`: the issue follows the cue ("oppose sanctions"); `before`: it precedes ("…, which is unacceptable"). */
  governs: 'after' | 'before';
  /** 1 for an explicit verb or noun of attitude, lower for hedged words ("concerns"). */
  weight: number;
}

const after = (phrase: string, position: StancePosition, weight = 1): PositionCue => ({
  words: phrase.split(' '),
  position,
  governs: 'after',
  weight,
});

const before = (phrase: string, position: StancePosition, weight = 1): PositionCue => ({
  words: phrase.split(' '),
  position,
  governs: 'before',
  weight,
});

/** Words that put the actor for what follows: endorsing, asking for, preparing or strengthening it. */
export const SUPPORT_CUES: readonly PositionCue[] = [
  after('support*', 'support'),
  after('back', 'support'),
  after('backs', 'support'),
  after('backed', 'support'),
  after('backing', 'support'),
  after('endors*', 'support'),
  after('favour*', 'support'),
  after('favor*', 'support'),
  after('champion*', 'support'),
  after('advocat*', 'support'),
  after('call* for', 'support'),
  after('push* for', 'support'),
  after('press* for', 'support'),
  after('urg*', 'support'),
  after('demand*', 'support'),
  after('insist* on', 'support'),
  after('need for', 'support'),
  after('plans for', 'support'),
  after('plan to', 'support'),
  after('plans to', 'support'),
  after('requir*', 'support'),
  after('welcom*', 'support'),
  after('accept*', 'support'),
  after('agree* to', 'support'),
  after('readiness to', 'support'),
  after('ready to', 'support'),
  after('willing to', 'support'),
  after('willingness to', 'support'),
  after('prepared to', 'support'),
  after('commit* to', 'support'),
  after('pledg*', 'support'),
  after('ensur*', 'support'),
  after('increas*', 'support', 0.8),
  after('boost*', 'support', 0.8),
  after('ramp* up', 'support', 0.8),
  after('step* up', 'support', 0.8),
  after('strengthen*', 'support', 0.8),
  after('permit*', 'support', 0.8),
  after('allow*', 'support', 0.8),
];

/** Words that put the actor against what follows (or, for `before`, what precedes). */
export const OPPOSE_CUES: readonly PositionCue[] = [
  after('oppos*', 'oppose'),
  after('reject*', 'oppose'),
  after('refus*', 'oppose'),
  after('resist*', 'oppose'),
  after('rule* out', 'oppose'),
  after('block*', 'oppose'),
  after('veto*', 'oppose'),
  after('condemn*', 'oppose'),
  after('denounc*', 'oppose'),
  after('disagreement* over', 'oppose'),
  after('disagreement* on', 'oppose'),
  after('object* to', 'oppose'),
  after('objection* to', 'oppose'),
  after('warn* against', 'oppose'),
  after('against', 'oppose', 0.7),
  before('unacceptable', 'oppose'),
  before('a non-starter', 'oppose'),
  before('out of the question', 'oppose'),
  before('a red line', 'oppose'),
];

/** Hedged words: the actor would accept what follows on terms, or has doubts short of rejecting it. */
export const CONDITIONAL_CUES: readonly PositionCue[] = [
  after('concern* regarding', 'conditional', 0.6),
  after('concern* about', 'conditional', 0.6),
  after('concern* over', 'conditional', 0.6),
  after('reservation* about', 'conditional', 0.6),
  after('reservation* over', 'conditional', 0.6),
  after('conditions for', 'conditional', 0.6),
  after('open to', 'conditional', 0.6),
  after('only if', 'conditional', 0.6),
  after('provided that', 'conditional', 0.6),
];

/** Words that say the actor takes no side. */
export const NEUTRAL_CUES: readonly PositionCue[] = [
  after('undecided on', 'neutral', 0.6),
  after('neutral on', 'neutral', 0.6),
  after('no position on', 'neutral', 0.6),
];

/** Every cue, longest first so "concerns regarding" wins over a shorter cue at the same place. */
export const POSITION_CUES: readonly PositionCue[] = [
  ...SUPPORT_CUES,
  ...OPPOSE_CUES,
  ...CONDITIONAL_CUES,
  ...NEUTRAL_CUES,
].sort((a, b) => b.words.length - a.words.length);
