import type { Span } from '../../../model/index.js';

/** One stretch of text between quotation marks, found by `findMarkedStretches`. */
export interface MarkedStretch {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark; for an unclosed quote, the end of its paragraph's text. */
  end: number;
  /** The words inside the marks. */
  inner: Span;
  unclosed: boolean;
  /** True when the quote ran over several paragraphs, each opening with a mark. */
  multiParagraph: boolean;
}

const DOUBLE_OPEN = '“„';
const DOUBLE_CLOSE = '”';
const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds stretches in double quotation marks, paragraph by paragraph. Curly marks pair by shape; a straight
 * mark opens when no quote is open, and closes a straight opener, or a curly one when no word follows it; a curly opener after a straight one
 * replaces it when no straight mark follows in the paragraph (the straight mark was stray; otherwise the
 * curly quote is nested). Single marks inside are nested quotes and left alone. A quote still
 * open at a paragraph's end continues when the next paragraph opens with a mark (a multi-paragraph
 * quote); otherwise it is cut at the paragraph's end and reported unclosed, so it never swallows the rest
 * of the article. Paragraphs with no double marks are read for single-mark quotes instead.
 */
export function findMarkedStretches(text: string, paragraphs: readonly Span[]): MarkedStretch[] {
  const found: MarkedStretch[] = [];
  let open = -1;
  let multiParagraph = false;
  let straight = false;
  for (let p = 0; p < paragraphs.length; p += 1) {
    const { start, end } = paragraphs[p]!;
    let hasDouble = false;
    for (let i = start; i < end; i += 1) {
      const c = text[i]!;
      const isStraight = c === '"';
      if (!isStraight && !DOUBLE_OPEN.includes(c) && c !== DOUBLE_CLOSE) continue;
      hasDouble = true;
      if (i === start && multiParagraph) continue;
      if (open < 0 || (straight && DOUBLE_OPEN.includes(c) && !text.slice(i, end).includes('"'))) {
        // A curly opener after a straight one: the straight mark was stray.
        if (c === DOUBLE_CLOSE || (isStraight && !opensHere(text, i, end))) continue;
        open = i;
        straight = isStraight;
      } else if (c === DOUBLE_CLOSE || (isStraight && (straight || !opensHere(text, i, end)))) {
        found.push({ open, end: i + 1, inner: { start: open + 1, end: i }, unclosed: false, multiParagraph });
        open = -1;
        multiParagraph = false;
      }
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      const nextFirst = next ? text[next.start] : undefined;
      if (nextFirst !== undefined && (straight ? nextFirst === '"' : DOUBLE_OPEN.includes(nextFirst))) {
        multiParagraph = true;
        continue;
      }
      const cut = trimEnd(text, open + 1, end);
      found.push({ open, end: cut, inner: { start: open + 1, end: cut }, unclosed: true, multiParagraph });
      open = -1;
      multiParagraph = false;
    }
    if (!hasDouble) found.push(...singleMarked(text, start, end));
  }
  return found;
}

/** A straight double mark opens a quote when a word, a mark or a dash follows it, not a space. */
function opensHere(text: string, at: number, end: number): boolean {
  const after = text[at + 1];
  return at + 1 < end && after !== undefined && !/\s/u.test(after);
}

function trimEnd(text: string, start: number, end: number): number {
  let cut = end;
  while (cut > start && /\s/u.test(text[cut - 1]!)) cut -= 1;
  return cut;
}

/**
 * Quotes in single marks in a paragraph with no double marks ('…,' he said). An opening mark follows a
 * space or the paragraph start and precedes a letter; a closing mark follows a letter or punctuation and
 * is not between two letters (an apostrophe: "Russia's", "don't").
 */
function singleMarked(text: string, start: number, end: number): MarkedStretch[] {
  const found: MarkedStretch[] = [];
  let open = -1;
  for (let i = start; i < end; i += 1) {
    const c = text[i]!;
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    const before = i > start ? text[i - 1]! : ' ';
    const after = i + 1 < end ? text[i + 1]! : ' ';
    if (open < 0) {
      if ((c === "'" || c === '‘') && /[\s(—–-]/u.test(before) && WORD.test(after)) open = i;
    } else if ((c === "'" || c === '’') && /[\p{L}\p{N},.!?]/u.test(before) && !WORD.test(after)) {
      found.push({
        open,
        end: i + 1,
        inner: { start: open + 1, end: i },
        unclosed: false,
        multiParagraph: false,
      });
      open = -1;
    }
  }
  return found;
}

const TWO_APOSTROPHES = /''(?=\S)[^]*?\S''/gu;

/**
 * Stretches in two apostrophes (`''…''`), as some wires and archives write double marks, paragraph by
 * paragraph, marks included. `markMatcher` reports them as quotes; the indirect matcher skips the cues
 * inside them ("''I think it will pass,'' she said" is not "I think …").
 */
export function findApostropheStretches(text: string, paragraphs: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const { start, end } of paragraphs) {
    const slice = text.slice(start, end);
    if (!slice.includes("''")) continue;
    for (const match of slice.matchAll(TWO_APOSTROPHES)) {
      found.push({ start: start + match.index, end: start + match.index + match[0].length });
    }
  }
  return found;
}
