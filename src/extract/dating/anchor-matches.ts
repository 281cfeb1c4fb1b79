import type { PackAnchor, Sentence } from '../../model/index.js';
import { findCueMatches } from '../../packs/cue-matcher.js';
import { firstDay, lastDay } from '../../packs/pack-dates.js';
import type { AnchorMatch } from './infer-published.js';

/** An anchor event with a known date, and where that date came from. */
export interface DatedAnchor {
  anchor: PackAnchor;
  basis: 'pack' | 'corpus';
}

/**
 * Where each anchor's cues appear, sentence by sentence: at most one match per anchor and sentence, the
 * leftmost. A month-precision anchor ("2014-03") covers the whole month.
 */
export function findAnchorMatches(
  text: string,
  sentences: readonly Sentence[],
  anchors: readonly DatedAnchor[],
): AnchorMatch[] {
  const spans = sentences.map((sentence) => sentence.span);
  const matches: AnchorMatch[] = [];
  for (const { anchor, basis } of anchors) {
    const seen = new Set<number>();
    for (const match of findCueMatches(text, spans, anchor.cues)) {
      const sentence = spans.findIndex((span) => span.start <= match.span.start && match.span.end <= span.end);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const date = firstDay(anchor.date);
      const end = lastDay(anchor.end ?? anchor.date);
      matches.push({
        span: match.span,
        anchorId: anchor.id,
        label: anchor.label,
        date,
        ...(end !== date ? { end } : {}),
        basis,
      });
    }
  }
  return matches.sort((a, b) => a.span.start - b.span.start || a.anchorId.localeCompare(b.anchorId));
}
