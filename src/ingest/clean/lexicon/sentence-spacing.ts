/**
 * A sentence end glued to the next sentence: at least two lowercase letters, a full stop (or ! or ?), then
 * a capital followed by a lowercase letter (`fighting.Russian`). Requiring two lowercase letters before
 * leaves initials and abbreviations (`U.S.is`, `e.g.`, `a.m.`, `J.D.Vance`) alone; requiring a lowercase
 * letter after the capital leaves acronyms (`U.S.-supplied`, `end.NATO`) alone; digits never match
 * (`3.5`), and domains are lowercase after the dot (`example.com`, `Node.js`).
 */
// The mark comes first and the lookbehind after it, so the engine scans for [.!?] quickly (20× faster).
export const GLUED_SENTENCE_END = /[.!?](?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu;

/**
 * A whitespace-delimited token that is a url, a path or an address, where a dot before a capital is not a
 * sentence end (`https://example.org/News.Today`).
 */
export const URL_LIKE_TOKEN = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[/@\\]/i;

/** Tokens longer than this are not prose (a run of text with no space): their dots are left alone. */
export const MAX_TOKEN_SCAN = 256;
