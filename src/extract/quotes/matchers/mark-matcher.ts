import type { QuoteCandidate, QuoteInput, QuoteMatcher } from '../quote-input.js';
import { paragraphIndexAt } from '../quote-input.js';
import { CUE_FORMS } from '../lexicon/cue-verbs.js';
import type { Span } from '../../../model/index.js';
import { findApostropheStretches, findMarkedStretches } from './quote-marks.js';
import type { MarkedStretch } from './quote-marks.js';

/** The end of the reporter's previous sentence inside a paragraph: a stop, maybe a closing mark, a space. */
const SENTENCE_BREAK = /[.!?…]["”’']?\s+(?=\S)/gu;

/**
 * Proposes a quote for every stretch in quotation marks (see `findMarkedStretches`), and in two
 * apostrophes (`''…''`, `findApostropheStretches`) where no quotation mark overlaps it. A stretch that opens
 * its sentence, or follows a colon, a comma or a verb of saying, is `direct`; after "that" it is part of
 * reported speech (`said that, "…"`), as PolNeAR reads it, so `partial`; so is one after a comma that
 * opens in lower case (`he said on Monday, "we will see."`: the quote ends the reporter's sentence,
 * PolNeAR's content is that sentence); one that sits inside the
 * reporter's own words ("at this 'once-in-a-generation moment'") is `partial`. Whether a partial is a
 * quote at all, or a scare quote or a title, is for `scareQuoteRefiner` to decide.
 */
export const markMatcher: QuoteMatcher = (input) => {
  const paragraphs = input.paragraphs.map((p) => p.span);
  const stretches = findMarkedStretches(input.text, paragraphs);
  const apostrophes = findApostropheStretches(input.text, paragraphs).filter(
    (span) => !stretches.some((s) => s.open < span.end && span.start < s.end),
  );
  return stretches
    .concat(apostrophes.map(apostropheStretch))
    .sort((a, b) => a.open - b.open)
    .filter((stretch) => stretch.inner.end > stretch.inner.start)
    .map((stretch) => candidateOf(input, stretch));
};

/** `''…''`: two apostrophes on each side stand for double marks, as some wires and archives write them. */
function apostropheStretch(span: Span): MarkedStretch {
  const inner = { start: span.start + 2, end: span.end - 2 };
  return { open: span.start, end: span.end, inner, unclosed: false, multiParagraph: false };
}

function candidateOf(input: QuoteInput, stretch: MarkedStretch): QuoteCandidate {
  const direct = opensStatement(input.text, input.paragraphs, stretch.open);
  return {
    span: stretch.inner,
    marked: { start: stretch.open, end: stretch.end },
    kind: direct ? 'direct' : 'partial',
    speaker: null,
    cue: null,
    date: null,
    dateBasis: 'unknown',
    ...(stretch.unclosed ? { unclosed: true } : {}),
    matcher: stretch.multiParagraph
      ? 'matcher/direct-multi-paragraph'
      : direct
        ? 'matcher/direct'
        : 'matcher/partial',
  };
}

/** Whether the reporter's words before the opening mark leave room for a whole statement. */
export function opensStatement(text: string, paragraphs: QuoteInput['paragraphs'], open: number): boolean {
  const start = leadStart(text, paragraphs, open);
  const lead = text.slice(start, open).trimEnd();
  if (/\bthat,?$/iu.test(lead)) return false;
  if (/,$/u.test(lead) && /^\p{Ll}/u.test(text.slice(open + 1, open + 2))) return false;
  if (lead === '' || /[:,(—–]$/u.test(lead)) return true;
  const lastWord = /([\p{L}]+)$/u.exec(lead)?.[1]?.toLowerCase();
  return lastWord !== undefined && CUE_FORMS.has(lastWord) && /^\p{Lu}/u.test(text.slice(open + 1, open + 2));
}

/** Where the reporter's sentence holding `at` starts: after the last stop before it in its paragraph. */
export function leadStart(text: string, paragraphs: QuoteInput['paragraphs'], at: number): number {
  const paragraph = paragraphs[paragraphIndexAt(paragraphs, at)];
  const from = paragraph?.span.start ?? 0;
  let start = from;
  const before = text.slice(from, at + 1);
  SENTENCE_BREAK.lastIndex = 0;
  for (let match = SENTENCE_BREAK.exec(before); match; match = SENTENCE_BREAK.exec(before)) {
    start = from + match.index + match[0].length;
  }
  return start;
}
