import { describe, expect, it } from 'vitest';
import { addMonths, daysCovered } from './day-math.js';

describe('daysCovered', () => {
  it.each([
    ['2025-02-27', ['2025-02-27', '2025-02-27']],
    ['2025-02-27T15:00', ['2025-02-27', '2025-02-27']],
    ['2025-W09', ['2025-02-24', '2025-03-02']],
    ['2025-02', ['2025-02-01', '2025-02-28']],
    ['2024-Q1', ['2024-01-01', '2024-03-31']],
    ['2025-SU', ['2025-06-01', '2025-08-31']],
    ['2025', ['2025-01-01', '2025-12-31']],
  ])('%s covers %j', (value, days) => {
    expect(daysCovered(value)).toEqual(days);
  });

  it.each([['PRESENT_REF'], ['XXXX-02-18'], ['P3Y'], ['199']])('%s is not on the calendar', (value) => {
    expect(daysCovered(value)).toBeNull();
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-15', -12)).toBe('2024-03-15');
  });
});
