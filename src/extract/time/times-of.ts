import type { Document } from '../../model/index.js';
import type { TimeExpression } from '../../model/time.js';
import { segmentExtractor } from '../segment/index.js';
import { parseCalendarDate } from './calendar.js';
import type { SentenceInput } from './time-candidate.js';
import { timeExtractor } from './time-extractor.js';

/** The reference date every test uses: Thursday 27 February 2025. */
export const TEST_REFERENCE = '2025-02-27';

/** A time expression with the text its span covers, so tests assert both at once. */
export type TimeWithText = TimeExpression & { text: string };

/**
 * Runs the real segment extractor and then the time extractor on `text`, as the pipeline would, and
 * returns each expression with its text. For tests and scripts: building layers by hand would test
 * against tokens wink never produces.
 */
export function timesOf(text: string, referenceDate: string | null = TEST_REFERENCE): TimeWithText[] {
  const doc = { text, layers: {}, producers: {} } as unknown as Document;
  const layers = segmentExtractor.extract(doc, { referenceDate });
  const times = timeExtractor.extract({ ...doc, layers }, { referenceDate }).times ?? [];
  return times.map((time) => ({ ...time, text: text.slice(time.span.start, time.span.end) }));
}

/** The whole text as one matcher input, with the segment extractor's tokens: for matcher tests. */
export function sentenceInputOf(text: string, referenceDate: string | null = TEST_REFERENCE): SentenceInput {
  const doc = { text, layers: {}, producers: {} } as unknown as Document;
  const { tokens = [] } = segmentExtractor.extract(doc, { referenceDate });
  return { text, offset: 0, tokens, reference: parseCalendarDate(referenceDate) };
}
