import { describe, expect, it } from 'vitest';
import type { CorpusAnchor } from '../model/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { processDocument } from '../service/process-document.js';
import { makeTestDocument } from '../store/test-documents.js';
import { agreeingAnchors, learnAnchors } from './learn-anchors.js';

/** Runs the real pipeline on one sentence of our own, dated by metadata. */
function learn(sentence: string, basis: 'metadata' | 'inferred' = 'metadata'): CorpusAnchor[] {
  const doc = makeTestDocument(`Headline Here\n${sentence}\n`, {
    published: { value: '2025-03-08', precision: 'day', basis },
  });
  return learnAnchors(processDocument(defaultPipeline(), { ...doc, layers: {}, producers: {} }));
}

describe('learnAnchors', () => {
  it('learns "the summit in Tallinn on Friday" and "the Riga talks on 3 March 2025"', () => {
    expect(learn('The ministers left the summit in Tallinn on Friday without a deal.')).toEqual([
      expect.objectContaining({
        label: 'summit Tallinn',
        date: '2025-03-07',
        cues: ['summit Tallinn', 'Tallinn summit'],
      }),
    ]);
    expect(learn('The Riga talks on 3 March 2025 ended early.', 'inferred')).toEqual([
      expect.objectContaining({ label: 'talks Riga', date: '2025-03-03' }),
    ]);
  });

  it('does not learn a relative day from an article whose own date was inferred', () => {
    expect(learn('The ministers left the summit in Tallinn on Friday.', 'inferred')).toEqual([]);
  });

  it('does not take a place the event is only about, or a whole country', () => {
    expect(learn("The envoys held talks on Tallinn's proposal on Friday.")).toEqual([]);
    expect(learn('The envoys held talks in Estonia on Friday.')).toEqual([]);
  });

  it('keeps one anchor per cue when articles agree, and none when they disagree', () => {
    const anchor = (id: string, date: string): CorpusAnchor => ({
      id,
      label: 'summit Tallinn',
      date,
      cues: ['summit Tallinn', 'Tallinn summit'],
      doc: id,
      span: { start: 0, end: 1 },
    });
    expect(agreeingAnchors([anchor('b', '2025-03-07'), anchor('a', '2025-03-07')]).map((a) => a.id)).toEqual([
      'a',
    ]);
    expect(agreeingAnchors([anchor('a', '2025-03-07'), anchor('b', '2025-03-08')])).toEqual([]);
  });
});
