import { describe, expect, it } from 'vitest';
import { timesOf } from '../times-of.js';
import { dayOffset } from './tense-refiner.js';

describe('tenseRefiner (reference Thursday 2025-02-27)', () => {
  it.each([
    ['The envoys met on Friday.', 'Friday', 18, '2025-02-21'],
    ['The envoys will meet on Friday.', 'Friday', 24, '2025-02-28'],
    ['The envoys are due to meet on Monday.', 'Monday', 30, '2025-03-03'],
    ['Kyiv plans to send a delegation on Tuesday.', 'Tuesday', 35, '2025-03-04'],
    ['Delegations arrived on Tuesday.', 'Tuesday', 23, '2025-02-25'],
    ['He said on Monday that they will meet on Friday.', 'Monday', 11, '2025-02-24'],
    ['He said on Monday that they will meet on Friday.', 'Friday', 41, '2025-02-28'],
    ['Ministers met Tuesday morning.', 'Tuesday morning', 14, '2025-02-25TMO'],
    ['The summit is on Saturday.', 'Saturday', 17, '2025-03-01'],
    ['A meeting on Monday.', 'Monday', 13, '2025-02-24'],
    ['They spoke on Thursday.', 'Thursday', 14, '2025-02-27'],
    ['They meet next Thursday.', 'next Thursday', 10, '2025-03-06'],
    ['They met last Friday.', 'last Friday', 9, '2025-02-21'],
    ['Protests continued over the weekend.', 'the weekend', 24, '2025-W08-WE'],
    ['Talks resume this weekend.', 'this weekend', 13, '2025-W09-WE'],
    ['They will meet at the weekend.', 'the weekend', 18, '2025-W09-WE'],
    ['The envoys met in October.', 'October', 18, '2024-10'],
    ['The envoys will meet in January.', 'January', 24, '2026-01'],
    ['A summit in March.', 'March', 12, '2025-03'],
    ['They met the previous Friday.', 'the previous Friday', 9, '2025-02-21'],
    ['A bomb exploded next to the embassy on Friday.', 'Friday', 39, '2025-02-21'],
    ['The judge set Friday as the deadline, an aide said.', 'Friday', 14, '2025-02-21'],
    ['The envoys are set to meet on Monday.', 'Monday', 30, '2025-03-03'],
  ])('%s → %s', (text, found, start, value) => {
    const time = timesOf(text).find((t) => t.text === found);
    expect(time).toMatchObject({ text: found, span: { start, end: start + found.length }, value });
  });

  it('leaves a weekday unresolved without a reference date', () => {
    expect(timesOf('The envoys met on Friday.', null).map((t) => [t.text, t.value])).toEqual([
      ['Friday', null],
    ]);
  });

  it.each([
    ['past', false, -6],
    ['future', false, 1],
    ['nearest', false, 1],
  ] as const)('dayOffset from Thursday to Friday, %s → %i', (tense, stated, offset) => {
    expect(dayOffset({ year: 2025, month: 2, day: 27 }, 5, tense, stated)).toBe(offset);
  });
});
