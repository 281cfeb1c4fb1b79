import type { Sentence } from '../../../model/index.js';
import type { TimeExpression } from '../../../model/time.js';
import { addDays, formatDay, parseCalendarDate } from '../calendar.js';
import { QUOTED_RELATIVE_DAYS, QUOTE_MARKS, STATEMENT_VERBS } from '../lexicon/statement-words.js';

const DAY = /^(\d{4}-\d{2}-\d{2})(.*)$/;
/** How many words may stand between the verb of saying and the day that dates it ("said late on Monday"). */
const VERB_GAP = 3;

/**
 * "Tomorrow" inside a quote counts from the day the words were said, not the day the article appeared:
 * in `"The talks open tomorrow," Lavrov said on Wednesday`, tomorrow is Thursday. The statement's day is
 * a day, outside any quotation, next after a verb of saying (`lexicon/statement-words.ts`), in the same
 * sentence or the sentence before it in the same paragraph. Without one, the quote keeps the article's
 * date. Runs once over the whole document, after the per-sentence refiners. Pure.
 */
export function quoteDateRefiner(
  times: readonly TimeExpression[],
  text: string,
  sentences: readonly Sentence[],
): TimeExpression[] {
  return times.map((time) => {
    const offset = QUOTED_RELATIVE_DAYS.get(text.slice(time.span.start, time.span.end).toLowerCase());
    if (offset === undefined || !time.value) return time;
    const index = sentences.findIndex((s) => s.span.start <= time.span.start && time.span.end <= s.span.end);
    const sentence = sentences[index];
    if (!sentence || !insideQuote(text, sentences, index, time.span.start)) return time;
    const said = statementDay(times, text, sentences, index);
    const day = said ? parseCalendarDate(said) : null;
    const own = DAY.exec(time.value);
    if (!day || !own) return time;
    return { ...time, value: `${formatDay(addDays(day, offset))}${own[2] ?? ''}` };
  });
}

/** Whether `at` is inside quotation marks, counting the marks from the start of its paragraph. */
function insideQuote(text: string, sentences: readonly Sentence[], index: number, at: number): boolean {
  const paragraph = sentences[index]!.paragraph;
  let first = index;
  while (first > 0 && sentences[first - 1]!.paragraph === paragraph) first -= 1;
  const before = text.slice(sentences[first]!.span.start, at);
  return (before.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/** The day of the statement: in this sentence or the one before it in the paragraph, outside quotes. */
function statementDay(
  times: readonly TimeExpression[],
  text: string,
  sentences: readonly Sentence[],
  index: number,
): string | null {
  const here = sentences[index]!;
  const previous = sentences[index - 1];
  const candidates = [here, ...(previous && previous.paragraph === here.paragraph ? [previous] : [])];
  for (const sentence of candidates) {
    const sentenceIndex = sentences.indexOf(sentence);
    for (const time of times) {
      if (time.span.start < sentence.span.start || time.span.end > sentence.span.end) continue;
      if (
        !time.value ||
        !DAY.test(time.value) ||
        QUOTED_RELATIVE_DAYS.has(text.slice(time.span.start, time.span.end).toLowerCase())
      )
        continue;
      if (insideQuote(text, sentences, sentenceIndex, time.span.start)) continue;
      const words = text
        .slice(sentence.span.start, time.span.start)
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((word) => word.length > 0);
      if (words.slice(-VERB_GAP - 1).some((word) => STATEMENT_VERBS.has(word)))
        return time.value.slice(0, 10);
    }
  }
  return null;
}
