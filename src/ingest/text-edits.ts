/**
 * Offset-preserving text editing. Cleaning never rewrites text directly: each step proposes edits on the
 * current text, `applyEdits` produces the new text with a map from every new offset to an old offset, and
 * maps compose, so the final clean text maps back to the raw input character by character.
 */

/** Replace `[start, end)` of the current text with `insert` ('' deletes). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * `map[i]` is the offset in the previous text of new character `i`, or -1 for an inserted character.
 * `map[text.length]` is the previous text's length, so span ends map too.
 */
export type OffsetArray = Int32Array;

/** The identity map for a text of length `n`. */
export function identityMap(n: number): OffsetArray {
  const map = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) map[i] = i;
  return map;
}

/**
 * Applies non-overlapping edits (in any order) and returns the new text and its map to the old text.
 * Inserted characters map to -1. Overlapping edits are a programming error and throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; map: OffsetArray } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let length = text.length;
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`overlapping or out-of-range edit [${edit.start}, ${edit.end})`);
    }
    length += edit.insert.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const map = new Int32Array(length + 1);
  const parts: string[] = [];
  let out = 0;
  cursor = 0;
  for (const edit of sorted) {
    out = copyRange(parts, map, out, text, cursor, edit.start);
    parts.push(edit.insert);
    map.fill(-1, out, out + edit.insert.length);
    out += edit.insert.length;
    cursor = edit.end;
  }
  out = copyRange(parts, map, out, text, cursor, text.length);
  map[out] = text.length;
  return { text: parts.join(''), map };
}

function copyRange(
  parts: string[],
  map: OffsetArray,
  out: number,
  text: string,
  from: number,
  to: number,
): number {
  if (to <= from) return out;
  parts.push(text.slice(from, to));
  for (let k = from; k < to; k++) map[out++] = k;
  return out;
}

/** Composes `outer` (newest → middle) with `inner` (middle → oldest): newest → oldest. */
export function composeMaps(outer: OffsetArray, inner: OffsetArray): OffsetArray {
  const out = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) {
    const middle = outer[i] as number;
    out[i] = middle < 0 ? -1 : (inner[middle] as number);
  }
  return out;
}
