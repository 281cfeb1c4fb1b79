import { describe, expect, it } from 'vitest';
import { normalisePublished } from './published-date.js';

describe('normalisePublished', () => {
  it.each([
    ['2025-03-04', '2025-03-04', 'day'],
    ['2025-03-04T23:30:00-05:00', '2025-03-04', 'day'],
    ['2025-03-04 08:00', '2025-03-04', 'day'],
    ['2025-11', '2025-11', 'month'],
    ['Tue, 04 Mar 2025 23:30:00 -0500', '2025-03-04', 'day'],
    ['4 Mar 2025 10:00 GMT', '2025-03-04', 'day'],
    ['March 4, 2025', '2025-03-04', 'day'],
    ['Sept. 12 2025', '2025-09-12', 'day'],
  ])('reads %s as %s', (input, value, precision) => {
    expect(normalisePublished(input)).toEqual({ value, precision, basis: 'metadata' });
  });

  it.each([undefined, '', 'yesterday', '2025-13-01', '2025-02-30', 'Foo, 04 Xyz 2025', '04/03/2025'])(
    'leaves %s unknown rather than guessing',
    (input) => {
      expect(normalisePublished(input)).toEqual({ value: null, precision: 'unknown', basis: 'unknown' });
    },
  );
});
