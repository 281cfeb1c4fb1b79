import type { QualitySignal } from '../../model/index.js';

/** At most this many furniture signals per page; the rest are counted in one more. */
const MAX_SIGNALS = 200;
/** Longest text a signal carries. */
const MAX_TEXT = 200;
/** Above this many candidate blocks, the substring check is skipped (it is quadratic). */
const MAX_SUBSTRING_CHECKS = 500;

/**
 * Records what the HTML reader left out of a page: every visible block of the page that is not in the
 * kept text (the title and the article blocks) becomes an info signal `page-furniture` carrying that
 * text. Readability's choice is a removal like any other, and Parley drops nothing silently: a reader of
 * the record can see that "Most read" or a cookie banner was on the page and was not taken as article.
 */
export function furnitureSignals(pageBlocks: readonly string[], kept: readonly string[]): QualitySignal[] {
  const keptSet = new Set(kept);
  let candidates = pageBlocks.filter((block) => !keptSet.has(block));
  if (candidates.length <= MAX_SUBSTRING_CHECKS) {
    const keptText = kept.join('\n');
    candidates = candidates.filter((block) => !keptText.includes(block));
  }
  const unique = [...new Set(candidates)];
  const signals = unique
    .slice(0, MAX_SIGNALS)
    .map((block) => signal(shorten(block), 'left out of the article text'));
  if (unique.length > MAX_SIGNALS) {
    signals.push(
      signal(undefined, `${unique.length - MAX_SIGNALS} more page blocks left out, not listed one by one`),
    );
  }
  return signals;
}

function signal(text: string | undefined, detail: string): QualitySignal {
  return {
    code: 'page-furniture',
    severity: 'info',
    detail: `${detail}: page furniture such as navigation, sidebars, footers and banners`,
    ...(text === undefined ? {} : { text }),
    by: 'read/html',
  };
}

function shorten(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}
