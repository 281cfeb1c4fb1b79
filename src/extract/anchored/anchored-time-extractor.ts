import type { Extractor } from '../../pipeline/extractor.js';
import { findAnchoredTimes } from './find-anchored-times.js';

/**
 * `anchored-times@1`: dates given as a distance from an event ("two days before the Alaska summit"),
 * resolved against the anchors in the context (the story pack's and those learned from other articles),
 * or kept unresolved with the event named. See README.md.
 */
export const anchoredTimeExtractor: Extractor = {
  name: 'anchored-times',
  version: 1,
  requires: ['sentences', 'times'],
  provides: ['anchoredTimes'],
  extract(doc, ctx) {
    return {
      anchoredTimes: findAnchoredTimes(
        doc.text,
        doc.layers.sentences ?? [],
        doc.layers.times ?? [],
        ctx.anchors ?? [],
      ),
    };
  },
};
