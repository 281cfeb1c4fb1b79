import type { DocEntity, Mention, Paragraph, Sentence, StoryPack, Token } from '../../model/index.js';
import type { EntityCandidate, SentenceInput } from './entity-candidate.js';
import { isCapitalised } from './entity-candidate.js';
import { tokenWords } from '../segment/token-words.js';
import { foldWord } from './fold-name.js';
import { lexicons } from './lexicon/gazetteer.js';
import { entityMatchers } from './matchers/entity-matchers.js';
import type { DocInput } from './refiners/entity-refiner.js';
import { entityRefiners } from './refiners/entity-refiners.js';
import { buildEntities } from './resolve/build-entities.js';
import { packIndex } from './resolve/pack-index.js';

/** What `findEntities` needs besides the text and layers. */
export interface FindEntitiesOptions {
  referenceDate: string | null;
  pack?: StoryPack | null;
  /** The segment layer's paragraphs: a heading's title-case words must be known names (see README). */
  paragraphs?: readonly Paragraph[];
}

/**
 * Finds the mentions of people, organisations, places and nationalities in a text and groups them into
 * document entities: every matcher proposes per sentence, the refiners run in order over the whole
 * document, then mentions are resolved into entities. Exported apart from the extractor for scripts.
 */
export function findEntities(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  options: FindEntitiesOptions,
): { mentions: Mention[]; entities: DocEntity[] } {
  const lex = lexicons();
  const pack = options.pack ? packIndex(options.pack) : null;
  const { words, lower } = tokenWords(text, tokens);
  const bounds = sentenceBounds(sentences, tokens);
  const titleCase = bounds.map(([from, to], index) => {
    const paragraph = options.paragraphs?.[sentences[index]?.paragraph ?? -1];
    return isTitleCase(words, lower, from, to, paragraph?.heading === true);
  });
  const doc: DocInput = {
    text,
    tokens,
    words,
    lower,
    lexicons: lex,
    ...capitalisation(tokens, words, lower, bounds, titleCase),
  };
  let candidates: EntityCandidate[] = [];
  bounds.forEach(([from, to], index) => {
    const input: SentenceInput = {
      text,
      tokens: tokens.slice(from, to),
      words: words.slice(from, to),
      lower: lower.slice(from, to),
      lexicons: lex,
      pack: pack?.trie ?? null,
      titleCase: titleCase[index] === true,
      bodyCapitalised: doc.capitalisedInside,
    };
    for (const matcher of entityMatchers) for (const found of matcher(input)) candidates.push(found);
  });
  for (const refiner of entityRefiners) candidates = refiner(candidates, doc);
  return buildEntities(candidates, { text, referenceDate: options.referenceDate, pack });
}

/** Each sentence's tokens as a [from, to) index range. */
function sentenceBounds(sentences: readonly Sentence[], tokens: readonly Token[]): [number, number][] {
  const bounds: [number, number][] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    while (cursor < tokens.length && (tokens[cursor]?.span.start ?? 0) < sentence.span.start) cursor += 1;
    const first = cursor;
    while (cursor < tokens.length && (tokens[cursor]?.span.start ?? 0) < sentence.span.end) cursor += 1;
    bounds.push([first, cursor]);
  }
  return bounds;
}

/** Short words title case leaves in lower case: "Round of Talks", "Return to Kyiv". */
const MINOR_WORDS = new Set(
  'a an the of in on at to for and or but nor with by from as vs via into onto over per up off out'.split(
    ' ',
  ),
);

/**
 * True for a line in title case: every word but the minor ones capitalised, with at least four such
 * words ("Lavrov Says Next Round of Talks Could Open"), or two in a heading ("What Comes Next").
 */
export function isTitleCase(
  words: readonly string[],
  lower: readonly string[],
  from: number,
  to: number,
  heading: boolean,
): boolean {
  let capitalised = 0;
  for (let index = from; index < to; index += 1) {
    const word = words[index] ?? '';
    const code = word.charCodeAt(0);
    if (!(code > 64 && (code < 91 || (code > 96 && code < 123) || code > 191))) continue;
    if (MINOR_WORDS.has(lower[index] ?? '')) continue;
    if (!isCapitalised(word)) return false;
    capitalised += 1;
  }
  return capitalised >= (heading ? 2 : 4);
}

const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–']);

/**
 * Which words the body capitalises away from a sentence start (title-case lines left out: there every
 * word is capitalised), folded too ("Zelenskyy" → "zelensky"), where each sentence's first word is, and
 * how often each word is written in lower case.
 */
function capitalisation(
  tokens: readonly Token[],
  words: readonly string[],
  lower: readonly string[],
  bounds: readonly [number, number][],
  titleCase: readonly boolean[],
) {
  const sentenceStarts = new Set<number>();
  const lowerCaseCounts = new Map<string, number>();
  words.forEach((word, index) => {
    if (word === lower[index]) lowerCaseCounts.set(word, (lowerCaseCounts.get(word) ?? 0) + 1);
  });
  const capitalisedInside = new Set<string>();
  const capitalisedFolded = new Set<string>();
  bounds.forEach(([from, to], sentence) => {
    let atStart = true;
    for (let index = from; index < to; index += 1) {
      const word = words[index] ?? '';
      if (atStart) {
        sentenceStarts.add(tokens[index]?.span.start ?? 0);
        atStart = OPENERS.has(word);
      } else if (titleCase[sentence] !== true && isCapitalised(word)) {
        const low = lower[index] ?? '';
        if (!capitalisedInside.has(low)) {
          capitalisedInside.add(low);
          capitalisedFolded.add(foldWord(low));
        }
      }
    }
  });
  return { sentenceStarts, capitalisedInside, capitalisedFolded, lowerCaseCounts };
}
