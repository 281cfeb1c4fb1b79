/** A headline has at most this many words. */
export const TITLE_MAX_WORDS = 20;
/** A headline has at most this many characters. */
export const TITLE_MAX_CHARS = 160;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = /["'”’»)\]]+$/u;
const FINAL_PUNCTUATION = /[.!?:…]$/u;

/**
 * Whether one trimmed line reads as a headline: two to {@link TITLE_MAX_WORDS} words, at most
 * {@link TITLE_MAX_CHARS} characters, containing a letter, and not ending like a sentence (`.`, `!`, `?`,
 * `:` or `…`, also behind closing quotes). Headlines in scraped news rarely end in punctuation while
 * opening paragraphs always do, which is what makes this cheap test reliable.
 */
export function isTitleLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > TITLE_MAX_WORDS || line.length > TITLE_MAX_CHARS) return false;
  if (!/\p{L}/u.test(line)) return false;
  return !FINAL_PUNCTUATION.test(line.replace(CLOSERS, ''));
}

/**
 * Whether a first line is a section label such as "World" or "US News": one or two words, each starting
 * with a capital, at most 30 characters, no final punctuation. Scrapers keep these from the page header.
 */
export function isSectionLabel(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w !== '');
  if (words.length < 1 || words.length > 2 || line.length > 30) return false;
  return words.every((w) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(w)) && !/[!?:]$/.test(line);
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length;
}
