import { sentenceIndexAt } from '../quote-input.js';
import type { QuoteRefiner } from '../quote-input.js';

const DAY = /^(\d{4}-\d{2}-\d{2})/u;
/** How far from the cue, in characters, the statement's day may stand: "said late on Wednesday". */
const CUE_REACH = 40;

/**
 * Dates each quote: the day of the statement when the cue's sentence gives one near the cue, outside the
 * quoted words (the `times` layer value, a `YYYY-MM-DD` day), else the article's date, else unknown. The
 * time layer reads the same day to resolve "tomorrow" inside the quote, so the two agree.
 */
export const dateRefiner: QuoteRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    const statement = candidate.cue ? statementDay(input, candidate.cue, candidate.span) : null;
    if (statement) return { ...candidate, date: statement, dateBasis: 'statement' };
    if (input.referenceDate) return { ...candidate, date: input.referenceDate, dateBasis: 'article' };
    return { ...candidate, date: null, dateBasis: 'unknown' };
  });

function statementDay(
  input: Parameters<QuoteRefiner>[1],
  cue: { start: number; end: number },
  content: { start: number; end: number },
): string | null {
  const sentence = input.sentences[sentenceIndexAt(input.sentences, cue.start)];
  if (!sentence) return null;
  let best: { day: string; distance: number } | null = null;
  for (const time of input.times) {
    if (time.span.start < sentence.span.start || time.span.end > sentence.span.end) continue;
    if (time.span.start < content.end && content.start < time.span.end) continue;
    const day = DAY.exec(time.value ?? '')?.[1];
    if (!day) continue;
    const distance = time.span.start >= cue.end ? time.span.start - cue.end : cue.start - time.span.end;
    if (distance > CUE_REACH || (best && best.distance <= distance)) continue;
    best = { day, distance };
  }
  return best?.day ?? null;
}
