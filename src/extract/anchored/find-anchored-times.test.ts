import { describe, expect, it } from 'vitest';
import type { KnownAnchor } from '../../model/index.js';
import { segmentExtractor } from '../segment/index.js';
import { timesOf } from '../time/times-of.js';
import type { DocumentView } from '../../pipeline/extractor.js';
import { findAnchoredTimes } from './find-anchored-times.js';

const invasion: KnownAnchor = {
  id: 'invasion',
  label: 'the invasion',
  date: '2022-02-24',
  cues: ['full-scale invasion'],
  basis: 'pack',
};
const forum: KnownAnchor = {
  id: 'forum',
  label: 'the harbour forum',
  date: '2025-06-10',
  end: '2025-06-12',
  cues: ['harbour forum'],
  basis: 'corpus',
};

/** Runs the real segment and time extractors, then the anchored-times finder, on our own sentence. */
function anchored(text: string, anchors: KnownAnchor[], reference: string | null = '2025-07-01') {
  const doc = { text, layers: {}, producers: {} } as unknown as DocumentView;
  const { sentences = [] } = segmentExtractor.extract(doc, { referenceDate: reference });
  const times = timesOf(text, reference);
  return findAnchoredTimes(text, sentences, times, anchors).map((a) => ({
    ...a,
    event: text.slice(a.anchor.span.start, a.anchor.span.end),
  }));
}

describe('findAnchoredTimes', () => {
  it('counts years after a pack anchor to a month', () => {
    const [found] = anchored('Nearly three years after the full-scale invasion, the front barely moves.', [
      invasion,
    ]);
    expect(found).toMatchObject({
      relation: 'after',
      offset: 'P3Y',
      value: '2025-02',
      event: 'the full-scale invasion',
    });
    expect(found?.anchor).toMatchObject({ id: 'invasion', basis: 'pack', date: '2022-02-24' });
  });

  it('counts days before an event from its first day, and after it from its last', () => {
    expect(anchored('Ministers met two days before the harbour forum.', [forum])[0]?.value).toBe(
      '2025-06-08',
    );
    expect(anchored('Ministers met three days after the harbour forum.', [forum])[0]?.value).toBe(
      '2025-06-15',
    );
  });

  it('keeps an unknown event named, with no value', () => {
    const [found] = anchored('The vote came a week after the storm in the capital, officials said.', [
      invasion,
    ]);
    expect(found).toMatchObject({ value: null, relation: 'after', event: 'the storm in the capital' });
    expect(found?.anchor.id).toBeUndefined();
  });

  it('finds nothing for a duration not followed by before or after', () => {
    expect(anchored('The war has lasted three years since the full-scale invasion.', [invasion])).toEqual([]);
    expect(anchored('Talks lasted two days.', [forum])).toEqual([]);
  });
});
