import { describe, expect, it } from 'vitest';
import { sentenceInputOf } from '../times-of.js';
import { relativeMatcher } from './relative-matcher.js';

const run = (text: string, reference?: string | null) =>
  relativeMatcher(sentenceInputOf(text, reference)).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.span.start,
    c.type,
    c.value,
  ]);

describe('relativeMatcher (reference Thursday 2025-02-27)', () => {
  it.each([
    ['Envoys arrive today.', 'today', 14, 'DATE', '2025-02-27'],
    ['He will speak tonight.', 'tonight', 14, 'TIME', '2025-02-27TNI'],
    ['Ministers met yesterday.', 'yesterday', 14, 'DATE', '2025-02-26'],
    ['Talks resume tomorrow.', 'tomorrow', 13, 'DATE', '2025-02-28'],
    ['Talks resume tomorrow morning.', 'tomorrow morning', 13, 'TIME', '2025-02-28TMO'],
    ['Officials met this week.', 'this week', 14, 'DATE', '2025-W09'],
    ['Officials met last week.', 'last week', 14, 'DATE', '2025-W08'],
    ['Officials meet next week.', 'next week', 15, 'DATE', '2025-W10'],
    ['Exports fell last month.', 'last month', 13, 'DATE', '2025-01'],
    ['Exports rose this month.', 'this month', 13, 'DATE', '2025-02'],
    ['A deal is possible this year.', 'this year', 19, 'DATE', '2025'],
    ['A deal failed last year.', 'last year', 14, 'DATE', '2024'],
    ['An offensive is expected this spring.', 'this spring', 25, 'DATE', '2025-SP'],
    ['Growth slowed in the first quarter.', 'the first quarter', 17, 'DATE', '2025-Q1'],
    ['Fighting is now intense.', 'now', 12, 'DATE', 'PRESENT_REF'],
    ['He recently visited Kyiv.', 'recently', 3, 'DATE', 'PAST_REF'],
    ['A decision is due in the coming days.', 'in the coming days', 18, 'DATE', 'FUTURE_REF'],
    ['They will meet soon.', 'soon', 15, 'DATE', 'FUTURE_REF'],
    ['Prices jumped in recent weeks.', 'recent weeks', 17, 'DATE', 'PAST_REF'],
    ['The ceasefire collapsed last June.', 'last June', 24, 'DATE', '2024-06'],
    ['Aid arrives next January.', 'next January', 12, 'DATE', '2026-01'],
    ['The pact was signed in June last year.', 'June last year', 23, 'DATE', '2024-06'],
    ['Sales for the full year rose.', 'the full year', 10, 'DATE', '2025'],
    ['Revenue for the year was flat.', 'the year', 12, 'DATE', '2025'],
    ['The family met on Thanksgiving.', 'Thanksgiving', 18, 'DATE', '2024-11-28'],
    ['Shops close on Christmas Day.', 'Christmas Day', 15, 'DATE', '2024-12-25'],
    ['Polls open next Election Day.', 'next Election Day', 11, 'DATE', '2025-11-04'],
  ])('%s → %s', (text, found, start, type, value) => {
    expect(run(text)).toEqual([[found, start, type, value]]);
  });

  it.each([
    ['Ministers met yesterday.', 'yesterday', null],
    ['Officials met last week.', 'last week', null],
    ['Fighting is now intense.', 'now', 'PRESENT_REF'],
    ['He recently visited Kyiv.', 'recently', 'PAST_REF'],
  ])('without a reference date: %s → %s = %s', (text, found, value) => {
    expect(run(text, null).map(([t, , , v]) => [t, v])).toEqual([[found, value]]);
  });

  it('leaves a weekday for the tense refiner, with its part of day', () => {
    const [candidate] = relativeMatcher(sentenceInputOf('They met Tuesday morning.'));
    expect(candidate?.value).toBeNull();
    expect(candidate?.weekday).toEqual({ day: 2, suffix: 'TMO', direction: 'tense' });
  });

  it.each([
    ['Leave as soon as possible.'],
    ['He was killed soon after his capture.'],
    ['Output fell over the past two quarters.'],
    ['Trade grew in the past three summers.'],
    ['The year ago figure was revised.'],
  ])('proposes no fuzzy reference in: %s', (text) => {
    expect(run(text).filter(([, , , value]) => String(value).endsWith('_REF'))).toEqual([]);
  });
});
