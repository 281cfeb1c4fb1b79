import { describe, expect, it } from 'vitest';
import { defaultPipeline, runPipeline } from '../pipeline/index.js';
import { textDocument } from '../pipeline/text-document.js';
import type { Document } from '../model/index.js';
import { numberClaimsOf, numberContradictions } from './number-claims.js';

const pipeline = defaultPipeline();
function doc(text: string, id: string): Document {
  return runPipeline(pipeline, textDocument(text, id), { referenceDate: '2025-03-05' });
}
/** Entities resolve to actors by name here, as actor resolution would merge them across articles. */
const claimsOf = (d: Document) =>
  numberClaimsOf(d, (entity) => `actor:${d.layers.entities!.find((e) => e.id === entity)!.name}`);

describe('numberClaimsOf', () => {
  it.each([
    ['The Nordic Defence Council, which Norway chairs, is made up of 12 countries.', 12, 'countries', false],
    ['The Nordic Defence Council now counts more than 30 members.', 30, 'members', true],
    ['The Nordic Defence Council has nine member states.', 9, 'member states', false],
  ])('%s', (text, value, noun, approximate) => {
    const [claim] = claimsOf(doc(text, 'd1'));
    expect(claim).toMatchObject({ subjectName: 'Nordic Defence Council', value, noun, approximate });
    expect(text.slice(claim!.span.start, claim!.span.end)).toMatch(new RegExp(`${noun}$`));
  });

  it.each([
    ['a count of people', 'The Nordic Defence Council sent 12 observers.'],
    ['no organisation in the sentence', 'Delegates from 12 countries arrived in Oslo.'],
  ])('no claim: %s', (_name, text) => {
    expect(claimsOf(doc(text, 'd1'))).toEqual([]);
  });
});

describe('numberContradictions', () => {
  it('lists two exact counts of one group from two articles, each cited', () => {
    const a = doc('The Nordic Defence Council is made up of 12 countries.', 'd1');
    const b = doc('The Nordic Defence Council is made up of 14 countries.', 'd2');
    const [found] = numberContradictions([...claimsOf(a), ...claimsOf(b)]);
    expect(found!.about).toBe('how many countries Nordic Defence Council has');
    expect(found!.claims.map((c) => `${c.value} ${c.evidence[0]!.doc}`)).toEqual(['12 d1', '14 d2']);
  });

  it('finds none for agreeing, approximate or single-article counts', () => {
    const a = doc('The Nordic Defence Council is made up of 12 countries.', 'd1');
    const same = doc('The Nordic Defence Council has 12 countries.', 'd2');
    const rough = doc('The Nordic Defence Council has about 14 countries.', 'd3');
    const both = doc(
      'The Nordic Defence Council has 12 countries. The Nordic Defence Council has 14 countries.',
      'd4',
    );
    expect(numberContradictions([...claimsOf(a), ...claimsOf(same), ...claimsOf(rough)])).toEqual([]);
    expect(numberContradictions(claimsOf(both))).toEqual([]);
  });
});
