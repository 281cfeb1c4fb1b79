import type { EventRefiner } from '../event-input.js';

/**
 * Drops events whose status nothing in the text sets, unless the `keepUnknown` option asks for them: an
 * event word with no cue, tense or date is most often a topic ("the talks focus on security").
 */
export const unknownRefiner: EventRefiner = (candidates, input) =>
  input.keepUnknown ? candidates : candidates.filter((candidate) => candidate.status !== 'unknown');
