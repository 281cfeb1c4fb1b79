/**
 * Words that make an event hypothetical or merely wished for, when they stand in the trigger's clause
 * before it: "if talks were held", "any future summit", "could meet", "calls for talks".
 */
export const HYPOTHETICAL_MARKERS: readonly string[] = [
  'if',
  'unless',
  'whether',
  'could',
  'might',
  'should',
  'any',
  'future',
  'possible',
  'possibly',
  'potential',
  'potentially',
  'hypothetical',
  'calls for',
  'called for',
  'calling for',
  'call for',
  'urged',
  'urging',
  'urges',
  'push for',
  'pushing for',
  'hopes for',
  'hope for',
  'hoping for',
  'demanded',
  'demands',
  'in the event of',
  'no plans',
  'ready to',
  'willing to',
  'open to',
];

/** "would" is hypothetical beside one of these in the sentence ("would meet if"), else reported future. */
export const CONDITIONAL_WORDS: readonly string[] = ['if', 'unless', 'provided', 'only'];

/** The modal that reads as reported future unless a condition stands beside it. */
export const REPORTED_FUTURE = 'would';

/** Negators that deny the event when right before the trigger or its verb: "did not meet", "no talks". */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without', 'nor']);

/** How many tokens before the trigger (or its status verb) a negator may stand. */
export const NEGATION_REACH = 3;
