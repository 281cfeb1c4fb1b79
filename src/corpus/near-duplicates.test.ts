import { describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  documentSignature,
  rememberSignature,
  signature,
  similarity,
  shingles,
} from './minhash.js';
import { decideDuplicate, publicationStamp, publishedBefore } from './near-duplicates.js';

const STORY =
  'Negotiators from both harbour towns met on Tuesday in a grey conference hall by the docks and agreed to ' +
  'cut the ferry tariffs by a tenth from the spring, while leaving the question of fishing quotas for a ' +
  'later round. The mayor of the northern town called the result a fair start, and her counterpart said ' +
  'the dockworkers would be consulted before anything was signed. Talks resume next month in the old ' +
  'customs house, officials said, with the ferry operators invited for the first time.';
const EDITED = STORY.replace('grey conference hall', 'grey hall').replace(
  'officials said',
  'an official said',
);
const OTHER =
  'The river authority published its flood maps on Friday, showing that three villages upstream face a ' +
  'higher risk than previously thought. Engineers want the levees raised before the autumn rains, and the ' +
  'council will vote on the money next week after a public meeting in the town library.';

const sig = (docId: string, text: string, source: string | null = null, published: string | null = null) => ({
  docId,
  signature: signature(text),
  source,
  published,
});

describe('MinHash', () => {
  it('estimates near 1 for a lightly edited copy and near 0 for an unrelated text', () => {
    expect(similarity(signature(STORY), signature(EDITED))).toBeGreaterThan(0.7);
    expect(similarity(signature(STORY), signature(OTHER))).toBeLessThan(0.1);
  });

  it('is deterministic and ignores case and punctuation', () => {
    expect(signature(STORY)).toEqual(signature(STORY.toUpperCase().replace(/,/g, '')));
    expect(shingles('one two three four').size).toBe(2);
  });

  it('gives copies shared band keys and unrelated texts none', () => {
    const keys = bandKeys(signature(STORY));
    expect(keys).toHaveLength(BANDS);
    expect(bandKeys(signature(EDITED)).some((key) => keys.includes(key))).toBe(true);
    expect(bandKeys(signature(OTHER)).some((key) => keys.includes(key))).toBe(false);
  });
});

describe('decideDuplicate', () => {
  it('calls a close copy from another outlet syndicated, and from the same outlet a near-duplicate', () => {
    expect(decideDuplicate(sig('b', EDITED, 'Wire Two'), [sig('a', STORY, 'Wire One')])).toMatchObject({
      doc: 'b',
      of: 'a',
      kind: 'syndicated',
    });
    expect(decideDuplicate(sig('b', EDITED, 'Wire One'), [sig('a', STORY, 'Wire One')])?.kind).toBe(
      'near-duplicate',
    );
  });

  it('calls a rewrite that keeps half the wording a near-duplicate', () => {
    const half = STORY.split('. ')
      .map((s, i) => (i % 2 === 0 ? s : s.split(' ').reverse().join(' ')))
      .join('. ');
    expect(decideDuplicate(sig('b', half), [sig('a', STORY)])?.kind).toBe('near-duplicate');
  });

  it('points the copy published later to the original, even when the original arrives second', () => {
    const copy = sig('copy', EDITED, 'Herald', '2025-11-13T19:05:00Z');
    const original = sig('wire', STORY, 'Wire', '2025-11-13T16:40:00Z');
    expect(decideDuplicate(original, [copy])).toMatchObject({ doc: 'copy', of: 'wire' });
    expect(decideDuplicate(original, [copy], new Set(['copy']))).toMatchObject({ doc: 'wire', of: 'copy' });
    expect(decideDuplicate(sig('wire', STORY, 'Wire'), [copy])).toMatchObject({ doc: 'wire', of: 'copy' });
  });

  it('finds nothing for an unrelated article, or for itself', () => {
    expect(decideDuplicate(sig('b', OTHER), [sig('a', STORY)])).toBeNull();
    expect(decideDuplicate(sig('a', STORY), [sig('a', STORY)])).toBeNull();
  });
});

describe('publicationStamp', () => {
  it.each([
    ['2025-11-13', '2025-11-13T16:40:00Z', '2025-11-13T16:40:00Z'],
    ['2025-11-13', '2025-11-13T16:40:00+02:00', '2025-11-13T16:40:00+02:00'],
    ['2025-11-13', '2025-11-13 16:40', '2025-11-13T16:40Z'],
    ['2025-11-13', 'Thu, 13 Nov 2025 16:40:00 GMT', '2025-11-13T16:40:00.000Z'],
  ])('keeps the time of %s from %j', (day, written, stamp) => {
    expect(publicationStamp(day, written)).toBe(stamp);
  });

  it.each([
    ['2025-11-13', '2025-11-13', 'no time given'],
    ['2025-11-13', 'November 13, 2025', 'a long date without a time'],
    ['2025-11-13', 'Thu, 13 Nov 2025 23:40:00 -0500', 'a feed time whose UTC day is the next one'],
    ['2025-11', '2025-11', 'a month only'],
    [null, '2025-11-13T16:40:00Z', 'no normalised day'],
    ['2025-11-14', '2025-11-13T16:40:00Z', 'a time on another day than the normalised one'],
  ])('keeps the day %s for %j (%s)', (day: string | null, written: string, _why: string) => {
    expect(publicationStamp(day, written)).toBe(day);
  });
});

describe('publishedBefore', () => {
  it('orders two times of the same day, across zones, and two days', () => {
    expect(publishedBefore('2025-11-13T09:00:00Z', '2025-11-13T16:40:00Z')).toBe(true);
    expect(publishedBefore('2025-11-13T16:40:00+02:00', '2025-11-13T15:00:00Z')).toBe(true);
    expect(publishedBefore('2025-11-12', '2025-11-13T01:00:00Z')).toBe(true);
  });

  it('does not order a day-only date against a time of that day, the same instant, or an unknown date', () => {
    expect(publishedBefore('2025-11-13', '2025-11-13T16:40:00Z')).toBe(false);
    expect(publishedBefore('2025-11-13T16:40:00Z', '2025-11-13')).toBe(false);
    expect(publishedBefore('2025-11-13T16:40:00Z', '2025-11-13T18:40:00+02:00')).toBe(false);
    expect(publishedBefore('2025-11', '2025-11-13')).toBe(false);
    expect(publishedBefore(null, '2025-11-13')).toBe(false);
  });
});

describe('decideDuplicate on same-day copies', () => {
  it('points a same-day copy that arrived first to the original, by the hour', () => {
    const copy = sig('copy', EDITED, 'Herald', publicationStamp('2025-11-13', '2025-11-13T19:05:00Z'));
    const original = sig('wire', STORY, 'Wire', publicationStamp('2025-11-13', '2025-11-13T08:10:00Z'));
    expect(decideDuplicate(original, [copy])).toMatchObject({ doc: 'copy', of: 'wire', kind: 'syndicated' });
  });

  it('keeps arrival order when only the day is known', () => {
    const copy = sig('copy', EDITED, 'Herald', '2025-11-13');
    const original = sig('wire', STORY, 'Wire', publicationStamp('2025-11-13', '2025-11-13T08:10:00Z'));
    expect(decideDuplicate(original, [copy])).toMatchObject({ doc: 'wire', of: 'copy' });
  });
});

describe('documentSignature', () => {
  it('takes the signature a worker sent for this document object, and computes it for any other', () => {
    const doc = { text: 'Envoys of two harbour towns met in Riga to talk about the ferry tariffs.' };
    expect(documentSignature(doc)).toEqual(signature(doc.text));
    const sent = signature(doc.text).map((value) => value ^ 1);
    rememberSignature(doc, sent);
    expect(documentSignature(doc)).toBe(sent);
    expect(documentSignature({ text: doc.text })).toEqual(signature(doc.text));
  });
});
