import type { KnownAnchor, PackAnchor, Sentence } from '../../model/index.js';
import { findCueMatches } from '../../packs/cue-matcher.js';
import { firstDay, lastDay } from '../../packs/pack-dates.js';
import type { AnchorMatch } from './infer-published.js';

/** A loose match lets any number of words stand between cue words, within one sentence. */
const LOOSE_GAP = 1000;

/** A story pack's anchor as dating reads it: a month-precision date ("2014-03") covers the whole month. */
export function knownAnchor(anchor: PackAnchor, basis: KnownAnchor['basis']): KnownAnchor {
  const date = firstDay(anchor.date);
  const end = lastDay(anchor.end ?? anchor.date);
  return {
    id: anchor.id,
    label: anchor.label,
    date,
    ...(end !== date ? { end } : {}),
    cues: anchor.cues,
    basis,
  };
}

/**
 * Where each anchor's cues appear, sentence by sentence: at most one match per anchor and sentence, the
 * leftmost. Where the cue words are further apart than a cue allows but still in order in one sentence,
 * the match is `loose`: good enough after "two days before …", whose noun phrase can be long, and not for
 * a bare "last week".
 */
export function findAnchorMatches(
  text: string,
  sentences: readonly Sentence[],
  anchors: readonly KnownAnchor[],
): AnchorMatch[] {
  const spans = sentences.map((sentence) => sentence.span);
  const matches: AnchorMatch[] = [];
  for (const anchor of anchors) {
    const seen = new Set<number>();
    const strict = findCueMatches(text, spans, anchor.cues).map((match) => ({ ...match, loose: false }));
    const loose = findCueMatches(text, spans, anchor.cues, LOOSE_GAP).map((match) => ({
      ...match,
      loose: true,
    }));
    for (const match of [...strict, ...loose]) {
      const sentence = spans.findIndex(
        (span) => span.start <= match.span.start && match.span.end <= span.end,
      );
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      matches.push({
        span: match.span,
        anchorId: anchor.id,
        label: anchor.label,
        date: anchor.date,
        ...(anchor.end ? { end: anchor.end } : {}),
        basis: anchor.basis,
        ...(match.loose ? { loose: true } : {}),
      });
    }
  }
  return matches.sort((a, b) => a.span.start - b.span.start || a.anchorId.localeCompare(b.anchorId));
}
