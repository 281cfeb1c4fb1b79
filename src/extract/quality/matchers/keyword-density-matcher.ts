import type { QualityMatcher } from '../quality-input.js';
import { percent } from '../quality-input.js';
import { topContentWord } from './word-counts.js';

const BY = 'quality/seo-density';

/**
 * Keyword density far above news: the most frequent content word's share of all word tokens, against
 * `thresholds.keywordShare`. Measured only on articles of at least `thresholds.minimumWords` words, where
 * one word's share is stable. No span: the signal rests on the whole text.
 */
export const keywordDensityMatcher: QualityMatcher = ({ words, thresholds }) => {
  if (words.length < thresholds.minimumWords) return [];
  const top = topContentWord(words);
  if (top === null) return [];
  const share = top.count / words.length;
  if (share <= thresholds.keywordShare) return [];
  return [
    {
      code: 'seo-spin',
      severity: 'warning',
      detail: `Keyword density: "${top.word}" is ${top.count} of ${words.length} words (${percent(share)}), above the ${percent(thresholds.keywordShare)} news rarely exceeds`,
      by: BY,
    },
  ];
};
