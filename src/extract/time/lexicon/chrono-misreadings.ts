/**
 * Texts chrono reads as dates that news means otherwise, found on TimeBank: a duration it turns into a
 * date ("for two years", "within 18 months", "in the year"), a price or fraction it reads as a time or
 * day ("125 a", "1.20 a", "7/8"), and a span counted from an event ("three days later", "a month after",
 * "the day before"): TimeBank marks the duration alone ("three days" → `P3D`), which the duration matcher
 * finds.
 */
export const CHRONO_MISREADINGS: readonly RegExp[] = [
  /^(?:for|within)\s/iu,
  /\bthe\s+year$/iu,
  /\d\s*a$/iu,
  /^\d{1,2}\/\d{1,2}$/u,
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|after|before)$/iu,
];

/** Prepositions chrono keeps at the start of a result; TimeBank spans, and ours, start after them. */
export const LEADING_PREPOSITION = /^(?:at|on|in|by|from|since|until|during)\s+/iu;
