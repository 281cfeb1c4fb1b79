/**
 * Punctuation classes shared by the matchers and refiners, kept as data so that a new quote style is one
 * edit. Each pattern is anchored at one end and repeats a single character class, so none of them
 * backtracks more than linearly on long input.
 */

/** Characters that close a quotation or a bracket, straight and curly, single and double. */
export const CLOSERS = `"'”’»›)\\]}`;

/** Characters that end a sentence. */
export const TERMINALS = '.!?…';

/** A line or sentence ending in terminal punctuation, possibly followed by closing quotes or brackets. */
export const ENDS_WITH_TERMINAL = new RegExp(`[${TERMINALS}][${CLOSERS}]*$`, 'u');

/** A run of closers at the start of a text, followed by whitespace or the end. */
export const LEADING_CLOSERS = new RegExp(`^[${CLOSERS}]+(?=\\s|$)`, 'u');

/** A text ending in "?" or "!", or in a closing quote after terminal punctuation. */
export const ENDS_QUOTE_OR_QUESTION = new RegExp(`(?:[?!][${CLOSERS}]*|[${TERMINALS}][${CLOSERS}]+)$`, 'u');
