import type { Extractor } from '../../pipeline/extractor.js';
import { eventInput } from './event-input.js';
import { findEvents } from './find-events.js';

/**
 * Finds reports of talks, summits, calls, visits, agreements and the like, with participants, place, date,
 * status and outcome (issue #6). Option `events.keepUnknown` (boolean) keeps events no cue gives a status.
 * Pure: no I/O, no clock.
 */
export const eventExtractor: Extractor = {
  name: 'events',
  version: 1,
  readsReferenceDate: true,
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'anchoredTimes'],
  provides: ['eventMentions'],
  extract(doc, ctx) {
    const options = ctx.options?.['events'] as { keepUnknown?: unknown } | undefined;
    const input = eventInput(doc.text, doc.layers, ctx.referenceDate, options?.keepUnknown === true);
    return { eventMentions: findEvents(input) };
  },
};
