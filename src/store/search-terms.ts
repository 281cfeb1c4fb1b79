import type { Span } from '../model/index.js';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Splits a user's query into the plain terms every backend must match, all of them. A term is a
 * whitespace-separated chunk holding at least one letter or digit; chunks of only punctuation, operators or
 * symbols (`*`, `-`, `"`, emoji) are dropped, because a full-text engine indexes no word in them and an
 * empty term would match nothing. Control characters (NUL ends a string in C parsers) separate terms like
 * spaces. Operator words (`AND`, `NOT`) stay as ordinary words. Repeats are dropped
 * case-insensitively, so a pasted 10k-character query costs one term per distinct word.
 */
export function toSearchTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const chunk of query.replace(/\p{Cc}/gu, ' ').split(/\s+/u)) {
    if (!WORD_CHARACTER.test(chunk)) continue;
    const key = chunk.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(chunk);
  }
  return terms;
}

/**
 * Marks a backend asks its snippet function to put around each match: Unicode noncharacters, which never
 * occur in interchanged text, so they cannot collide with an article's own characters.
 */
export const MATCH_OPEN = '\uFDD0';
/** See MATCH_OPEN. */
export const MATCH_CLOSE = '\uFDD1';

/**
 * Turns a snippet marked with MATCH_OPEN/MATCH_CLOSE into plain text plus the spans of the matches in it,
 * so no caller ever has to parse or escape markup.
 */
export function parseMarkedSnippet(marked: string): { snippet: string; highlights: Span[] } {
  let snippet = '';
  let start: number | null = null;
  const highlights: Span[] = [];
  for (const character of marked) {
    if (character === MATCH_OPEN) {
      start = snippet.length;
    } else if (character === MATCH_CLOSE) {
      if (start !== null && snippet.length > start) highlights.push({ start, end: snippet.length });
      start = null;
    } else {
      snippet += character;
    }
  }
  return { snippet, highlights };
}
