import type { Span } from '../../model/index.js';
import { isWhitespace } from './is-whitespace.js';

/**
 * The longest run of non-space characters given to wink as it is. wink's tokenizer splits an unknown run
 * recursively, in time that grows with the square of its length (about 10 ms for 1,000 characters such
 * as "a-b-c-…", 36 s for 200,000), and it adds every new run to its process-wide lexicon. News text has
 * no real word this long; what is, is a tracking URL, base64 or markup residue.
 */
export const MAX_RUN_LENGTH = 256;

/** A placeholder wink reads as one short word; the rest of the run becomes spaces, keeping every offset. */
const PLACEHOLDER = 'x';

/** A paragraph as wink is given it, and the long runs that were masked in it. */
export interface MaskedText {
  text: string;
  runs: Span[];
}

/**
 * Replaces every run of more than {@link MAX_RUN_LENGTH} non-space characters by a one-letter placeholder
 * padded with spaces to the same length, so offsets into the masked text are offsets into the original.
 * The caller turns the placeholder's token back into one token spanning the whole run. Text with no such
 * run comes back as it is, at the cost of one scan.
 */
export function maskLongRuns(text: string): MaskedText {
  const runs = findLongRuns(text);
  if (runs.length === 0) return { text, runs };
  let masked = '';
  let cursor = 0;
  for (const run of runs) {
    masked +=
      text.slice(cursor, run.start) + PLACEHOLDER + ' '.repeat(run.end - run.start - PLACEHOLDER.length);
    cursor = run.end;
  }
  return { text: masked + text.slice(cursor), runs };
}

function findLongRuns(text: string): Span[] {
  const runs: Span[] = [];
  if (text.length <= MAX_RUN_LENGTH) return runs;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isWhitespace(text.charCodeAt(i))) continue;
    if (i - start > MAX_RUN_LENGTH) runs.push({ start, end: i });
    start = i + 1;
  }
  return runs;
}
