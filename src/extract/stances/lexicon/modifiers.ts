/** Negators: before a cue they turn its position over ("does not support" → oppose). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'cannot',
  'nor',
  'without',
]);

/**
 * Negators that alone set `oppose` on an issue action right after them ("will not cede land"), within
 * `NEGATED_ACTION_WINDOW` tokens.
 */
export const ACTION_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot']);

/** How many tokens may stand between an action negator and the issue words. */
export const NEGATED_ACTION_WINDOW = 2;

/** Modal and hedging words before a cue: the position stands, with less confidence. */
export const MODALS: ReadonlySet<string> = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'likely',
  'possibly',
  'perhaps',
]);

/** How many tokens before a cue are searched for a negator or a modal. */
export const MODIFIER_WINDOW = 3;
