import type { EventStatus } from '../../../model/event.js';

/** A cue: words (lower-case tokens, space-separated) that set an event's status. */
export interface StatusCue {
  readonly words: string;
  readonly status: Exclude<EventStatus, 'unknown'>;
}

/** Which status wins when a clause holds cues of several: a cancellation outranks a plan, a plan an announcement. */
export const STATUS_PRIORITY: Readonly<Record<Exclude<EventStatus, 'unknown'>, number>> = {
  cancelled: 5,
  postponed: 4,
  planned: 3,
  announced: 2,
  held: 1,
};

/** Words right before the trigger, inside its noun phrase: "the upcoming summit", "the previous round". */
export const MODIFIER_CUES: readonly StatusCue[] = [
  ...['upcoming', 'planned', 'scheduled', 'forthcoming', 'next', 'proposed', 'expected', 'anticipated'].map(
    planned,
  ),
  ...['previous', 'prior', 'earlier', 'recent', 'last', 'past', 'latest'].map(held),
  ...['postponed', 'delayed', 'rescheduled'].map(postponed),
  ...['cancelled', 'canceled', 'scrapped', 'aborted', 'shelved'].map(cancelled),
];

/** Cues anywhere in the trigger's clause. */
export const CLAUSE_CUES: readonly StatusCue[] = [
  ...['will', "'ll", 'shall', 'set to', 'set for', 'scheduled', 'plans to', 'plan to', 'planned'].map(
    planned,
  ),
  ...['planning to', 'expected to', 'poised to', 'prepares to', 'preparing to', 'is due'].map(planned),
  ...['to take place', 'will take place', 'upcoming', 'next week', 'next month', 'later this week'].map(
    planned,
  ),
  ...['going to', 'intends to', 'intend to', 'agreed to hold', 'agreed to meet', 'ahead of'].map(planned),
  ...[
    'is taking place',
    'are taking place',
    'is co - chairing',
    'is hosting',
    'are holding',
    'is holding',
  ].map(planned),
  ...['announced', 'announcing', 'announces', 'announce', 'unveiled', 'presented', 'proposed'].map(announced),
  ...['met', 'held', 'took part', 'ended', 'concluded', 'took place', 'hosted', 'convened', 'attended'].map(
    held,
  ),
  ...['engaged in', 'been engaging', 'completed', 'wrapped up', 'reached', 'signed', 'received'].map(held),
  ...['during the', 'after the', 'previous', 'prior', 'earlier', 'last week', 'recently', 'yesterday'].map(
    held,
  ),
  ...[
    'has held',
    'have held',
    'had held',
    'were held',
    'was held',
    'carried out',
    'carry out',
    'broke down',
  ].map(held),
  ...['postponed', 'delayed', 'put off', 'pushed back', 'rescheduled'].map(postponed),
  ...['cancelled', 'canceled', 'called off', 'scrapped', 'abandoned', 'shelved', 'axed'].map(cancelled),
];

function planned(words: string): StatusCue {
  return { words, status: 'planned' };
}
function held(words: string): StatusCue {
  return { words, status: 'held' };
}
function announced(words: string): StatusCue {
  return { words, status: 'announced' };
}
function postponed(words: string): StatusCue {
  return { words, status: 'postponed' };
}
function cancelled(words: string): StatusCue {
  return { words, status: 'cancelled' };
}

/** Cues that only count before the trigger: "during the summit", not "the summit during the war". */
export const BEFORE_ONLY_CUES: ReadonlySet<string> = new Set([
  'during the',
  'after the',
  'ahead of',
  'previous',
  'prior',
  'earlier',
  'upcoming',
  'recently',
  'announcing',
  'announces',
  'announce',
  'unveiled',
  'presented',
  'proposed',
]);

/** How many tokens after the trigger a cue may stand ("talks that ended", "a meeting will take place"). */
export const AFTER_REACH = 9;
