import { describe, expect, it } from 'vitest';
import { timesOf } from '../times-of.js';

describe('falsePositiveRefiner', () => {
  it.each([
    ['Talks may resume in May.', 'May', 20, '2025-05'],
    ['Protesters march in March.', 'March', 20, '2025-03'],
    ['The Sun reported on Friday that they met.', 'Friday', 20, '2025-02-21'],
  ])('keeps the month or day and drops the word: %s', (text, found, start, value) => {
    expect(timesOf(text).map((t) => [t.text, t.span.start, t.value])).toEqual([[found, start, value]]);
  });
});
