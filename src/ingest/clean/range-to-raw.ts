import type { Span } from '../../model/index.js';
import type { OffsetArray } from '../text-edits.js';

/**
 * Maps a range of an intermediate text (the input of a cleaning step) back to the raw input through the
 * composed map so far (`map[i]` is the raw offset of character `i`, -1 for a character an earlier step
 * inserted). The result runs from the first to the last copied character of the range, so it points at
 * the raw text the range shows, including anything an earlier step already removed between those
 * characters. An empty range (an insertion point) maps to the characters on either side of it, which is
 * where a reader looks for a repaired join. A range of inserted characters only maps to an empty span at
 * the next copied character.
 */
export function rangeToRaw(map: OffsetArray, start: number, end: number): Span {
  const length = map.length - 1;
  if (end <= start) {
    if (length === 0) return { start: map[0] as number, end: map[0] as number };
    return copiedRange(map, Math.max(0, start - 1), Math.min(length, start + 1));
  }
  return copiedRange(map, start, end);
}

function copiedRange(map: OffsetArray, start: number, end: number): Span {
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    const raw = map[i] as number;
    if (raw < 0) continue;
    if (first < 0) first = raw;
    last = raw;
  }
  if (first >= 0) return { start: first, end: last + 1 };
  const at = nextCopied(map, end);
  return { start: at, end: at };
}

function nextCopied(map: OffsetArray, from: number): number {
  for (let i = from; i < map.length; i++) {
    const raw = map[i] as number;
    if (raw >= 0) return raw;
  }
  return map[map.length - 1] as number;
}

/**
 * Shortens text for a signal's `text` field to at most `max` UTF-16 units, ending with an ellipsis when
 * cut and never splitting a surrogate pair, so a signal stays one readable line in a report.
 */
export function shorten(text: string, max = 120): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}
