import type { OffsetRun, Span } from '../model/index.js';
import type { OffsetArray } from './text-edits.js';

/**
 * Compresses a per-character map (clean → raw, -1 for inserted) into runs of consecutive copies, the form
 * a document stores. A 20 kB article with a dozen removals needs a dozen runs.
 */
export function toRuns(map: OffsetArray): OffsetRun[] {
  const runs: OffsetRun[] = [];
  const n = map.length - 1;
  let i = 0;
  while (i < n) {
    const raw = map[i] as number;
    if (raw < 0) {
      i++;
      continue;
    }
    let length = 1;
    while (i + length < n && map[i + length] === raw + length) length++;
    runs.push([i, raw, length]);
    i += length;
  }
  return runs;
}

/**
 * Maps a clean offset to a raw offset. Offsets inside a run map exactly; an inserted character maps to the
 * start of the next run (or to `rawLength` after the last run).
 */
export function cleanToRaw(runs: readonly OffsetRun[], offset: number, rawLength: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let next: number = rawLength;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [cleanStart, rawStart, length] = runs[mid] as OffsetRun;
    if (offset < cleanStart) {
      next = rawStart;
      hi = mid - 1;
    } else if (offset >= cleanStart + length) {
      lo = mid + 1;
    } else {
      return rawStart + (offset - cleanStart);
    }
  }
  return next;
}

/**
 * Maps a clean span to the raw span that shows the same characters. The end maps through the last covered
 * character, so a span that ends right before a removal does not swallow the removed text.
 */
export function cleanSpanToRaw(runs: readonly OffsetRun[], span: Span, rawLength: number): Span {
  const start = cleanToRaw(runs, span.start, rawLength);
  if (span.end <= span.start) return { start, end: start };
  const end = cleanToRaw(runs, span.end - 1, rawLength) + 1;
  return { start, end: Math.max(start, end) };
}
