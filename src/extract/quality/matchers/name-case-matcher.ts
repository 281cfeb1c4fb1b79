import type { QualitySignal } from '../../../model/index.js';
import { NAME_PARTICLES } from '../lexicon/function-words.js';
import type { QualityMatcher } from '../quality-input.js';
import { isKnownName, isKnownWord } from '../spell-checker.js';
import { contentWordsOf, spellingOf } from './word-counts.js';

const BY = 'quality/name-case';

/**
 * Names written in lower case (`case-errors`): a person mention with a word that starts in lower case
 * ("Volodymyr zelenskyy", "Antonio costa"; particles such as "von der" are fine), any other mention
 * written wholly in lower case ("norway"), and a lower-case word outside mentions that the dictionary
 * knows only capitalised ("sweden", "american"). One signal each.
 */
export const nameCaseMatcher: QualityMatcher = ({ doc, words }) => {
  const signals: QualitySignal[] = [];
  for (const mention of doc.layers.mentions ?? []) {
    const name = doc.text.slice(mention.span.start, mention.span.end);
    const lower = lowerCaseWords(name, mention.kind === 'person');
    if (lower.length === 0) continue;
    signals.push({
      code: 'case-errors',
      severity: 'warning',
      span: mention.span,
      detail: `Name written in lower case: "${name}" (${lower.map((w) => `"${w}"`).join(', ')})`,
      by: BY,
    });
  }
  const { idOf } = contentWordsOf(words);
  const known = spellingOf(words, isKnownWord);
  words.forEach((word, index) => {
    const id = idOf[index] ?? -1;
    if (id === -1 || word.mention !== undefined || word.cased || word.lower.length < 4) return;
    if (known(id) || !/^\p{L}+$/u.test(word.lower)) return;
    if (!isKnownName(word.lower)) return;
    signals.push({
      code: 'case-errors',
      severity: 'warning',
      span: word.span,
      detail: `Name written in lower case: "${word.lower}" (the dictionary has it only as a name)`,
      by: BY,
    });
  });
  return signals;
};

/** The lower-case words of a name: any but particles for a person, all of them for a name with no capital. */
function lowerCaseWords(name: string, person: boolean): string[] {
  const words = name.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w));
  if (person) return words.filter((w) => !NAME_PARTICLES.has(w));
  return name === name.toLowerCase() && /^\p{L}/u.test(name) ? words : [];
}
