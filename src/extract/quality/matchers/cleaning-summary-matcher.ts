import type { QualitySignal } from '../../../model/index.js';
import type { QualityMatcher } from '../quality-input.js';
import { quoteOf } from '../quality-input.js';

const BY = 'quality/cleaning-summary';

/** Cleaning's codes that say something about the article, with how to word their summary. */
const SUMMARISED: ReadonlyArray<{ code: string; what: string }> = [
  { code: 'sponsored-content', what: 'sponsorship or disclaimer notice(s)' },
  { code: 'markup-residue', what: 'piece(s) of HTML residue' },
  { code: 'boilerplate', what: 'boilerplate line(s) (link teasers, share prompts, notes)' },
  { code: 'invalid-encoding', what: 'invalid byte sequence(s)' },
  { code: 'truncated-html', what: 'truncated HTML page(s)' },
];

/**
 * One signal per code for what reading and cleaning removed or repaired (`doc.signals`), so the quality
 * layer holds everything the score counts. The reader's own drops (a section label, the title repeated
 * as the first line) are page structure, not a flaw of the article, and are left out; so are decoded
 * HTML entities (info-level `markup-residue`): nothing was lost.
 */
export const cleaningSummaryMatcher: QualityMatcher = ({ doc }) => {
  const signals: QualitySignal[] = [];
  for (const { code, what } of SUMMARISED) {
    const removed = doc.signals.filter(
      (s) =>
        s.code === code &&
        s.by !== 'clean/reader-drops' &&
        !(code === 'markup-residue' && s.severity === 'info'),
    );
    const first = removed[0];
    if (first === undefined) continue;
    const severity = removed.some((s) => s.severity === 'error')
      ? 'error'
      : removed.some((s) => s.severity === 'warning')
        ? 'warning'
        : 'info';
    const sample = first.text ?? first.detail;
    const signal: QualitySignal = {
      code,
      severity,
      detail: `Cleaning removed ${removed.length} ${what}, first: "${quoteOf(sample, 50)}"`,
      by: BY,
    };
    if (first.rawSpan !== undefined) signal.rawSpan = first.rawSpan;
    signals.push(signal);
  }
  return signals;
};
