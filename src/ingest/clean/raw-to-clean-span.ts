import type { OffsetRun, Span } from '../../model/index.js';

/**
 * Maps a raw span to the smallest clean span holding every clean character copied from inside it, so a
 * reader's raw title span finds the title in the clean text even when cleaning trimmed residue or spaces
 * from it. Returns null when no character of the span survived cleaning (it was removed). Characters that
 * cleaning inserted between two surviving ones are inside the result.
 */
export function rawToCleanSpan(runs: readonly OffsetRun[], rawSpan: Span): Span | null {
  let start = -1;
  let end = -1;
  for (const [cleanStart, rawStart, length] of runs) {
    const from = Math.max(rawStart, rawSpan.start);
    const to = Math.min(rawStart + length, rawSpan.end);
    if (from >= to) continue;
    if (start < 0) start = cleanStart + (from - rawStart);
    end = cleanStart + (to - rawStart);
  }
  return start < 0 ? null : { start, end };
}
