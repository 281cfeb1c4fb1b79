import { describe, expect, it } from 'vitest';
import { annotate } from './event-test-kit.js';

/** Each mention's trigger words, and the trigger of the earlier report it is linked to (or null). */
function links(text: string): Array<[string, string | null]> {
  const doc = annotate(text);
  const mentions = doc.layers.eventMentions ?? [];
  const words = (i: number): string => {
    const t = mentions[i]!.trigger;
    return doc.text.slice(t.start, t.end);
  };
  return mentions.map((m, i) => [words(i), m.sameAs ? words(m.sameAs.index) : null]);
}

describe('same event in one article (sameAs)', () => {
  it('links a later report with the same place and stage', () => {
    const text =
      'The foreign minister will meet the envoy in Tallinn next week, officials said.\n\n' +
      'The upcoming talks in Tallinn are expected to cover grain exports.';
    expect(links(text)).toEqual([
      ['meet', null],
      ['talks', 'meet'],
    ]);
  });

  it('links a back-reference to the one earlier event of its stage', () => {
    const text =
      'Negotiators from Armenia and Azerbaijan will hold a second round of talks in Geneva.\n\n' +
      'Both delegations said such a meeting will take place on Friday.';
    const found = links(text);
    expect(found.at(-1)).toEqual(['meeting', 'round of talks']);
  });

  it('links an upcoming event to the section a later heading names and reports held', () => {
    const text =
      'The premier met cabinet colleagues, which set the stage for an upcoming OSCE summit.\n\n' +
      'OSCE Summit in Vienna\n\n' +
      'Days later OSCE Secretary General Helga Lind convened meetings in Vienna with ministers from twelve countries.';
    const found = links(text);
    expect(found.find(([w]) => w === 'meetings')).toEqual(['meetings', 'summit']);
  });
});

describe('same event in one article: negative cases', () => {
  it('keeps apart two reports with different places', () => {
    const text =
      'The envoy will meet the minister in Tallinn next week.\n\nThe upcoming talks in Riga will cover grain.';
    const found = links(text);
    expect(found.length).toBe(2);
    expect(found.every(([, to]) => to === null)).toBe(true);
  });

  it('keeps apart a held report and a planned one at the same place', () => {
    const text =
      'Envoys held talks in Geneva on Monday.\n\nThey will meet again in Geneva next month, officials said.';
    const found = links(text);
    expect(found.length).toBe(2);
    expect(found.every(([, to]) => to === null)).toBe(true);
  });

  it('keeps apart two reports whose stated dates differ', () => {
    const text =
      'Envoys will meet in Geneva on June 3, the ministry said.\n\nEnvoys will meet in Geneva on July 9, a diplomat added.';
    const found = links(text);
    expect(found.length).toBe(2);
    expect(found.every(([, to]) => to === null)).toBe(true);
  });

  it('keeps apart distinct rounds at the same place', () => {
    const text =
      'A first round of talks in Doha is planned for next week.\n\nA second round of talks in Doha is planned for the autumn.';
    const found = links(text);
    expect(found.length).toBe(2);
    expect(found.every(([, to]) => to === null)).toBe(true);
  });

  it('does not link through a heading that names no participant of the earlier report', () => {
    const text =
      'The premier met cabinet colleagues, which set the stage for an upcoming OSCE summit.\n\n' +
      'Summit in Vienna\n\n' +
      'Days later EU Commissioner Helga Lind convened meetings in Vienna with ministers.';
    const found = links(text);
    expect(found.map(([w]) => w)).toEqual(expect.arrayContaining(['summit', 'meetings']));
    expect(found.find(([w]) => w === 'meetings')?.[1]).toBeNull();
  });
});
