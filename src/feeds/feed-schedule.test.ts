import { describe, expect, it } from 'vitest';
import { addSeconds, nextPollDelaySeconds } from './feed-schedule.js';

describe('nextPollDelaySeconds', () => {
  const cases: Array<[interval: number, errors: number, cap: number, expected: number]> = [
    [300, 0, 21_600, 300],
    [300, 1, 21_600, 600],
    [300, 2, 21_600, 1200],
    [300, 6, 21_600, 19_200],
    [300, 7, 21_600, 21_600],
    [300, 1000, 21_600, 21_600],
    // A cap below the interval never makes a failing feed polled more often than a healthy one.
    [3600, 1, 600, 3600],
    [300, -1, 21_600, 300],
  ];
  it.each(cases)('interval %d s after %d errors (cap %d s) waits %d s', (interval, errors, cap, expected) => {
    expect(nextPollDelaySeconds(interval, errors, { maxBackoffSeconds: cap })).toBe(expected);
  });

  it('adds seconds to a time as an ISO string', () => {
    expect(addSeconds(new Date('2026-03-01T23:59:00.000Z'), 120)).toBe('2026-03-02T00:01:00.000Z');
  });
});
