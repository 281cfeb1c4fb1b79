import { describe, expect, it } from 'vitest';
import {
  formatIsoWeek,
  formatMonth,
  formatQuarter,
  lastQuarterBefore,
  parseCalendarDate,
} from './calendar.js';

describe('calendar', () => {
  it.each([
    ['2025-02-27', 0, '2025-W09'],
    ['2024-12-30', 0, '2025-W01'],
    ['2021-01-03', 0, '2020-W53'],
    ['2025-01-02', -1, '2024-W52'],
  ])('ISO week of %s shifted %i is %s', (day, weeks, week) => {
    const date = parseCalendarDate(day);
    expect(date === null ? null : formatIsoWeek(date, weeks)).toBe(week);
  });

  it('counts months across a year', () => {
    expect(formatMonth({ year: 2025, month: 1, day: 5 }, -1)).toBe('2024-12');
  });

  it.each([[null], ['yesterday'], ['2025-02-30']])('refuses %s as a reference date', (value) => {
    expect(parseCalendarDate(value)).toBeNull();
  });

  it.each([
    ['2025-02-27', '2024-Q4', '2023-Q4'],
    ['1989-10-26', '1989-Q3', '1988-Q3'],
  ])('a report of %s covers %s; a year earlier is %s', (day, reported, before) => {
    const quarter = lastQuarterBefore(parseCalendarDate(day) ?? { year: 0, month: 1, day: 1 });
    expect([formatQuarter(quarter), formatQuarter(quarter, -4)]).toEqual([reported, before]);
  });
});
