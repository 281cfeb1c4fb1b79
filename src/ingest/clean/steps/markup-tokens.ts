import { BLOCK_TAG_NAMES, MARKUP_TAG_NAMES } from '../lexicon/markup-tags.js';

/** A tag-like string on one line: bracketed (`< p >`, `</div>`) or missing its `<` (`p>`, `h 3 >`). */
export interface MarkupToken {
  start: number;
  end: number;
  bracketed: boolean;
  block: boolean;
}

const NAMES = [...MARKUP_TAG_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((name) => (/^h[1-6]$/.test(name) ? `h[ \\t]?${name[1]}` : name))
  .join('|');
const ATTRIBUTE = `[ \\t]+[a-zA-Z-]+[ \\t]*=[ \\t]*(?:"[^"<>\\n]*"|'[^'<>\\n]*'|[^\\s"'<>]+)`;
const BRACKETED = new RegExp(`<[ \\t]*\\/?[ \\t]*(${NAMES})(?:${ATTRIBUTE})*[ \\t]*\\/?[ \\t]*>`, 'gi');
// Lowercase only: "Plan B >" is prose, scraper debris keeps the lowercase tag name.
const BROKEN = new RegExp(`(?:\\/[ \\t]?|(?<![\\p{L}\\p{N}]))(${NAMES})[ \\t]?>`, 'gu');

/**
 * Finds every tag-like token on one line, in order: bracketed tags of the known names anywhere, and broken
 * ones that do not overlap a bracketed tag. Whether a broken token is debris depends on where it sits on
 * the line, which the caller decides; this only tokenises.
 */
export function markupTokens(line: string): MarkupToken[] {
  if (line.indexOf('>') < 0) return [];
  const bracketed = collect(BRACKETED, line, true);
  const broken = collect(BROKEN, line, false);
  const tokens: MarkupToken[] = [];
  let k = 0;
  for (const token of broken) {
    while (k < bracketed.length && (bracketed[k] as MarkupToken).end <= token.start) {
      tokens.push(bracketed[k] as MarkupToken);
      k++;
    }
    const next = bracketed[k];
    if (next && next.start < token.end) continue;
    tokens.push(token);
  }
  for (; k < bracketed.length; k++) tokens.push(bracketed[k] as MarkupToken);
  return tokens;
}

function collect(pattern: RegExp, line: string, bracketed: boolean): MarkupToken[] {
  const found: MarkupToken[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const name = (match[1] ?? '').replace(/[ \t]/g, '').toLowerCase();
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      bracketed,
      block: BLOCK_TAG_NAMES.has(name),
    });
  }
  return found;
}
