import type { QualitySignal } from '../../../model/index.js';
import { FAQ_HEADING, QUESTION_LINE } from '../lexicon/seo-markers.js';
import type { QualityMatcher } from '../quality-input.js';
import { percent, quoteOf } from '../quality-input.js';
import { topContentWord } from './word-counts.js';

const BY = 'quality/seo-faq';

/**
 * A generated FAQ block: a "Frequently Asked Questions" (or "FAQ") line followed by question lines, each
 * usually answered by a paragraph. The block runs from the heading to the last question before a line
 * that is neither a question nor an answer to one (a second non-question line in a row ends it). The
 * detail says how many questions repeat the article's top keyword, which is what makes it spin.
 */
export const faqMatcher: QualityMatcher = ({ doc, words, thresholds }) => {
  const paragraphs = doc.layers.paragraphs ?? [];
  const signals: QualitySignal[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const heading = paragraphs[index];
    if (heading === undefined) continue;
    if (!FAQ_HEADING.test(doc.text.slice(heading.span.start, heading.span.end).trim())) continue;
    const questions: string[] = [];
    let end = heading.span.end;
    let gap = 0;
    for (let next = index + 1; next < paragraphs.length && gap < 2; next += 1) {
      const paragraph = paragraphs[next];
      if (paragraph === undefined) break;
      const line = doc.text.slice(paragraph.span.start, paragraph.span.end).trim();
      if (QUESTION_LINE.test(line)) {
        questions.push(line.toLowerCase());
        end = paragraph.span.end;
        gap = 0;
      } else gap += 1;
    }
    if (questions.length < thresholds.faqQuestions) continue;
    const keyword = topContentWord(words)?.word;
    const withKeyword = keyword ? questions.filter((q) => q.includes(keyword)).length : 0;
    const heading_ = quoteOf(doc.text.slice(heading.span.start, heading.span.end), 40);
    const stuffed = keyword
      ? `; ${withKeyword} of ${questions.length} (${percent(withKeyword / questions.length)}) repeat "${keyword}"`
      : '';
    signals.push({
      code: 'seo-spin',
      severity: 'warning',
      span: { start: heading.span.start, end },
      detail: `Generated FAQ block: "${heading_}" followed by ${questions.length} question lines${stuffed}`,
      by: BY,
    });
  }
  return signals;
};
