import type { Span } from '../../../model/index.js';
import { CONSONANT_SOUND_VOWELS, SILENT_H } from '../lexicon/british-spellings.js';
import type { QualityMatcher, Word } from '../quality-input.js';
import { percent } from '../quality-input.js';
import { contentWordsOf, spellingOf } from './word-counts.js';
import { isKnownName, isKnownWord, isPrefix } from '../spell-checker.js';

const BY = 'quality/typos';

/** How many distinct misspelt words the detail lists. */
const LISTED = 6;

/**
 * The rate of words not in the dictionary (nspell + dictionary-en; plurals, prefixes, run-together words
 * and British spellings accepted), plus "a"/"an" before the wrong sound ("a important"). Only lower-case
 * words outside entity mentions are checked: capitalised words are names the dictionary does not know,
 * and a lower-case word whose capitalised form is a name ("sweden") is a case error, not a typo. Hyphened
 * words are checked part by part, "'s" is dropped, words inside urls or addresses are skipped. One signal
 * with the first typo's span, listing a few.
 */
export const typoMatcher: QualityMatcher = ({ doc, words, thresholds }) => {
  const { idOf } = contentWordsOf(words);
  const spelt = spellingOf(words, isSpeltRight);
  let checked = 0;
  const typos: Array<{ span: Span; text: string }> = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as Word;
    const slip = articleSlip(word, words[index + 1], doc.text);
    if (slip !== null) typos.push(slip);
    if (!checkable(word, doc.text)) continue;
    checked += 1;
    const id = idOf[index] ?? -1;
    if (id === -1 || spelt(id)) continue;
    typos.push({ span: word.span, text: doc.text.slice(word.span.start, word.span.end) });
  }
  typos.sort((a, b) => a.span.start - b.span.start);
  const first = typos[0];
  if (first === undefined || checked === 0) return [];
  const rate = typos.length / checked;
  if (typos.length < thresholds.typoMinimum || rate <= thresholds.typoRate) return [];
  const distinct = [...new Set(typos.map((t) => t.text))];
  const listed = distinct
    .slice(0, LISTED)
    .map((t) => `"${t}"`)
    .join(', ');
  const more = distinct.length > LISTED ? ` and ${distinct.length - LISTED} more` : '';
  return [
    {
      code: 'typos',
      severity: 'warning',
      span: first.span,
      detail: `${typos.length} of ${checked} words (${percent(rate)}) misspelt or not in the dictionary, above ${percent(thresholds.typoRate)}: ${listed}${more}`,
      by: BY,
    },
  ];
};

/** Whether a word token is checked at all: lower case, outside mentions, urls and addresses, two letters or more. */
function checkable(word: Word, text: string): boolean {
  return (
    word.mention === undefined &&
    !word.cased &&
    word.lower.length > 1 &&
    !inAddress(text, word.span.start, word.span.end)
  );
}

/**
 * A content word ("'s" already dropped) is spelt right when each hyphened part that is more than a
 * prefix is in the dictionary; a lone word whose capitalised form is a name ("sweden") is left to the
 * name-case rule.
 */
function isSpeltRight(name: string): boolean {
  const lower = name.replace(/'$/u, '');
  if (!lower.includes('-')) return isKnownWord(lower) || isKnownName(lower);
  const parts = lower.split('-').filter((part) => part.length > 1 && !isPrefix(part));
  return parts.every((part) => isKnownWord(part));
}

/** Whether the word sits in a url, a path or an address: a "." "/" "@" glued before it, or before a letter after it. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (before === '.' || before === '/' || before === '@') return true;
  const after = text.charAt(end);
  return (after === '.' || after === '/' || after === '@') && /\p{L}/u.test(text.charAt(end + 1));
}

/** "a important", "an policy": the article before a lower-case word that starts with the other sound. */
function articleSlip(word: Word, next: Word | undefined, text: string): { span: Span; text: string } | null {
  if (next === undefined || (word.lower !== 'a' && word.lower !== 'an') || next.cased) return null;
  if (next.span.start !== word.span.end + 1 || next.lower.length < 2) return null;
  const vowel = /^[aeiou]/u.test(next.lower);
  const wrong =
    word.lower === 'a'
      ? vowel && !CONSONANT_SOUND_VOWELS.test(next.lower)
      : !vowel && /^\p{L}/u.test(next.lower) && !SILENT_H.test(next.lower);
  if (!wrong || text.charAt(word.span.end) !== ' ') return null;
  const span = { start: word.span.start, end: next.span.end };
  return { span, text: text.slice(span.start, span.end) };
}
