import { describe, expect, it } from 'vitest';
import type { Mention } from '../../model/index.js';
import { mentionOfTokens } from './token-cover.js';
import { segmentText } from './segment-text.js';
import { tokenWords } from './token-words.js';

describe('tokenWords', () => {
  it.each([
    { text: 'Envoys met in Geneva.', words: ['Envoys', 'met', 'in', 'Geneva', '.'] },
    { text: 'ÉLYSÉE talks', words: ['ÉLYSÉE', 'talks'] },
    { text: '', words: [] },
  ])('gives the words of "$text" as written and in lower case', ({ text, words }) => {
    const found = tokenWords(text, segmentText(text).tokens);
    expect(found.words).toEqual(words);
    expect(found.lower).toEqual(words.map((word) => word.toLowerCase()));
  });

  it('computes a layer once, and again for another text over the same tokens', () => {
    const text = 'Talks resume in Geneva.';
    const { tokens } = segmentText(text);
    const first = tokenWords(text, tokens);
    expect(tokenWords(text, tokens)).toBe(first);
    const other = tokenWords('TALKS RESUME IN GENEVA.', tokens);
    expect(other).not.toBe(first);
    expect(other.words[0]).toBe('TALKS');
  });
});

describe('mentionOfTokens', () => {
  const text = 'Envoys met in Geneva on Monday.';
  const { tokens } = segmentText(text);
  const geneva: Mention = { span: { start: 14, end: 20 }, kind: 'place', matcher: 'm', entity: 'e1' };

  it('gives the covering mention of each token, and the same answer for the same layers', () => {
    const cover = mentionOfTokens(tokens, [geneva]);
    expect(cover.map((m) => m?.entity ?? null)).toEqual([null, null, null, 'e1', null, null, null]);
    expect(mentionOfTokens(tokens, [geneva])).not.toBe(cover);
    const mentions = [geneva];
    expect(mentionOfTokens(tokens, mentions)).toBe(mentionOfTokens(tokens, mentions));
  });

  it('answers anew when the mention layer changes', () => {
    expect(mentionOfTokens(tokens, []).every((m) => m === undefined)).toBe(true);
  });
});
