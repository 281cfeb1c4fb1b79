import { describe, expect, it } from 'vitest';
import { timesOf } from '../times-of.js';

/** Reference: Friday 2025-03-07. Sentences of our own. */
const REFERENCE = '2025-03-07';

function valueOf(text: string, words: string): string | null | undefined {
  return timesOf(text, REFERENCE).find((t) => text.slice(t.span.start, t.span.end) === words)?.value;
}

describe('quoteDateRefiner', () => {
  it('counts "tomorrow" in a quote from the day the words were said, in the same sentence', () => {
    const text = '"The delegations meet tomorrow," the minister said on Wednesday.';
    expect(valueOf(text, 'Wednesday')).toBe('2025-03-05');
    expect(valueOf(text, 'tomorrow')).toBe('2025-03-06');
  });

  it('takes the statement day from the sentence before, in the same paragraph', () => {
    const text = 'The minister spoke to reporters on Tuesday. "We will know more tomorrow," she added.';
    expect(valueOf(text, 'tomorrow')).toBe('2025-03-05');
  });

  it('keeps the article date when no day dates the statement', () => {
    const text = '"The delegations meet tomorrow," the minister said.';
    expect(valueOf(text, 'tomorrow')).toBe('2025-03-08');
  });

  it('does not move "tomorrow" outside quotes', () => {
    const text = 'The minister said on Wednesday that the delegations meet tomorrow.';
    expect(valueOf(text, 'tomorrow')).toBe('2025-03-08');
  });

  it('does not take a day inside the quote, or one not tied to a verb of saying', () => {
    const inside = '"We met on Monday and meet again tomorrow," the minister said.';
    expect(valueOf(inside, 'tomorrow')).toBe('2025-03-08');
    const unrelated = 'The ceasefire began on Monday. "Talks resume tomorrow," an aide said.';
    expect(valueOf(unrelated, 'tomorrow')).toBe('2025-03-08');
  });
});
