import { describe, expect, it } from 'vitest';
import { detectRetraction } from './detect-retraction.js';

describe('detectRetraction', () => {
  it.each([
    ['This article has been retracted.', 'this-item-retracted'],
    ['Talks in Geneva\nThis story was withdrawn at the request of the author.', 'this-item-retracted'],
    ['Editor’s note: this story was withdrawn because it relied on a fabricated source.', 'editors-note'],
    ["Editor's Note: The article that appeared here has been removed.", 'editors-note'],
    ['We have removed this article after finding serious errors in it.', 'we-retracted'],
    ['We’ve retracted the story pending a review.', 'we-retracted'],
    ['Retraction\nThe report on the Istanbul talks did not meet our standards.', 'notice-heading'],
    ['RETRACTION: An earlier version of this page misquoted the envoy.', 'notice-heading'],
  ])('finds the notice in %j', (text, pattern) => {
    expect(detectRetraction(text)?.pattern).toBe(pattern);
  });

  it('gives the span of the sentence that holds the notice', () => {
    const text = 'Peace talks\nThis article has been retracted. We regret the error.';
    const notice = detectRetraction(text)!;
    expect(text.slice(notice.span.start, notice.span.end)).toBe('This article has been retracted.');
  });

  it.each([
    // another outlet's retraction is news, not a notice
    'The Daily Herald has retracted its story about the ceasefire, the paper said on Monday.',
    'The Herald retracted an article on the prisoner exchange after officials disputed it.',
    // quoted notices and reported speech
    'A banner on the site read: "This article has been retracted."',
    'The outlet said this article had been retracted, according to a spokesman.',
    'Its editors wrote that the story was withdrawn.',
    // retraction of a statement, not of the article
    'The minister retracted his remarks about the summit on Tuesday.',
    'Russia withdrew from the talks, and the delegation was removed from the venue.',
    // an ordinary article
    'Ukrainian and Russian delegations met in Istanbul on Friday for a second round of talks.',
  ])('finds no notice in %j', (text) => {
    expect(detectRetraction(text)).toBeNull();
  });

  it('looks only at the opening of the article', () => {
    const long = `${'The delegations met again. '.repeat(40)}This article has been retracted.`;
    expect(detectRetraction(long)).toBeNull();
  });
});
