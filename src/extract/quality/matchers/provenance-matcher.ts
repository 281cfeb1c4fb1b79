import type { QualitySignal } from '../../../model/index.js';
import type { QualityMatcher } from '../quality-input.js';

const BY = 'quality/provenance';

/**
 * `undated`: no publication date is known (`published.basis` is `unknown`); a date the corpus inferred
 * (`inferred`) lifts it, since the reader then has a range to go by. `unattributed`: no byline
 * and no outlet name, in the metadata or the source. No span: both are about what is missing.
 */
export const provenanceMatcher: QualityMatcher = ({ doc }) => {
  const signals: QualitySignal[] = [];
  if (doc.published.basis === 'unknown') {
    signals.push({
      code: 'undated',
      severity: 'info',
      detail: 'No publication date in the metadata or the text',
      by: BY,
    });
  }
  const author = doc.meta.byline?.trim() ?? '';
  const outlet = doc.source.name?.trim() || doc.meta.source?.trim() || '';
  if (author === '' && outlet === '') {
    signals.push({
      code: 'unattributed',
      severity: 'info',
      detail: 'No byline and no outlet name: nobody vouches for the article',
      by: BY,
    });
  }
  return signals;
};
