/**
 * Stated outcomes, read in the trigger's clause after it: "ended without agreement", "agreed to …". Each
 * pattern is matched on the clause text; the whole match is the outcome.
 */
export const OUTCOME_PATTERNS: readonly RegExp[] = [
  /\b(?:ended|finished|concluded|closed|broke up) (?:without|with no) (?:an? |any )?(?:agreement|deal|breakthrough|accord|progress|result|results)\b/iu,
  /\b(?:ended|finished|concluded) (?:in|with) (?:an? )?(?:agreement|deal|breakthrough|accord|stalemate|deadlock)\b/iu,
  /\b(?:agreed|failed) to [^,;:.!?]+/iu,
  /\b(?:produced|yielded) [^,;:.!?]+/iu,
  /\bbroke down\b/iu,
];

/** How far after the trigger, in characters, an outcome may start. */
export const OUTCOME_REACH = 120;
