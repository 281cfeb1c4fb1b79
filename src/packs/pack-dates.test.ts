import { describe, expect, it } from 'vitest';
import { isMonthOrDayDate, isOrdered, isPackDate, lastDay } from './pack-dates.js';

describe('pack dates', () => {
  it.each(['2025', '2025-02', '2025-02-28', '2024-02-29', '2000-02-29'])('%s is a date', (value) => {
    expect(isPackDate(value)).toBe(true);
  });

  it.each([
    '2025-13',
    '2025-00',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '25-01',
    '2025-1-5',
    '2025/01/05',
    '',
  ])('%j is not a date', (value) => {
    expect(isPackDate(value)).toBe(false);
  });

  it('needs a month for anchors', () => {
    expect(isMonthOrDayDate('2014-03')).toBe(true);
    expect(isMonthOrDayDate('2014')).toBe(false);
  });

  it('orders periods by the widest reading of each end', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(isOrdered('2025', '2025-03')).toBe(true);
    expect(isOrdered('2025-05', '2025-05-01')).toBe(true);
    expect(isOrdered('2025-05-02', '2025-05-01')).toBe(false);
    expect(isOrdered('2026', '2025-12-31')).toBe(false);
  });
});
