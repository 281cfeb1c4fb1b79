/**
 * HTML tag names whose debris scrapers leave in article text (`< p >`, `p>`, `h 3 >`, `</div>`). Only these
 * are removed: an unknown tag-like string may be prose ("Step 3 >"), so the list is closed on purpose.
 * Headings h1–h6 are written `h1`…`h6`; the matcher also accepts a space before the digit (`h 3`).
 */
export const MARKUP_TAG_NAMES: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'span',
  'br',
  'li',
  'ul',
  'ol',
  'strong',
  'em',
  'b',
  'i',
  'a',
  'blockquote',
  'section',
  'article',
];

/** Tags inside a line of text: removing one leaves no space (`<em>`). */
const INLINE_TAG_NAMES: ReadonlySet<string> = new Set(['span', 'strong', 'em', 'b', 'i', 'a']);

/**
 * Tags that separate blocks of text: every debris tag that is not inline. Removing one glued between two
 * words (`end.</p><p>Next`) leaves a space so the words stay apart.
 */
export const BLOCK_TAG_NAMES: ReadonlySet<string> = new Set(
  MARKUP_TAG_NAMES.filter((name) => !INLINE_TAG_NAMES.has(name)),
);
