import type { QualitySignal } from '../../../model/index.js';
import { SEO_CUES, SEO_MARKER } from '../lexicon/seo-markers.js';
import type { QualityMatcher } from '../quality-input.js';
import { quoteOf } from '../quality-input.js';

const BY = 'quality/seo-marker';

/**
 * Explicit notes that the text was written or rewritten for search engines ("(SEO keywords preserved
 * throughout)"): in the clean text, with its span, and in what cleaning removed as boilerplate, with the
 * raw span. Such a note is the site saying the text was spun, so it is an error, not a suspicion.
 */
export const seoMarkerMatcher: QualityMatcher = ({ doc, cues }) => {
  const signals: QualitySignal[] = [];
  SEO_MARKER.lastIndex = 0;
  const cued = SEO_CUES.some((cue) => cues.has(cue));
  for (let match = cued ? SEO_MARKER.exec(doc.text) : null; match; match = SEO_MARKER.exec(doc.text)) {
    signals.push({
      code: 'seo-spin',
      severity: 'error',
      span: { start: match.index, end: match.index + match[0].length },
      detail: `SEO marker in the text: "${quoteOf(match[0])}"`,
      by: BY,
    });
  }
  for (const removed of doc.signals) {
    const text = removed.text ?? '';
    SEO_MARKER.lastIndex = 0;
    const match = SEO_MARKER.exec(text);
    if (removed.code !== 'boilerplate' || match === null) continue;
    const signal: QualitySignal = {
      code: 'seo-spin',
      severity: 'error',
      detail: `SEO marker removed by cleaning: "${quoteOf(match[0])}"`,
      by: BY,
    };
    if (removed.rawSpan !== undefined) signal.rawSpan = removed.rawSpan;
    signals.push(signal);
  }
  return signals;
};
