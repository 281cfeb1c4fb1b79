/**
 * Character classes for Unicode normalisation, as regular-expression sources. Quotation marks are absent
 * on purpose: curly quotes and apostrophes (‘ ’ “ ” « » „) stay as they are, because quote extraction
 * tells opening from closing marks.
 */

/** Spaces that look like a plain space: no-break, en/em/thin/hair, narrow no-break, ideographic. */
export const UNICODE_SPACES = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';

/** Line and paragraph separators, which readers mean as a line break. */
export const LINE_SEPARATORS = '\\u2028\\u2029';

/**
 * Characters with no visible form in running text: zero-width space, word joiner, byte-order mark, soft
 * hyphen, bidirectional marks, embeddings and isolates, Arabic letter mark.
 */
export const INVISIBLES = '\\u200b\\u2060\\ufeff\\u00ad\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u061c';

/**
 * Zero-width joiner and non-joiner. They shape emoji sequences and some scripts, so they are kept between
 * two non-ASCII characters and removed elsewhere.
 */
export const JOINERS = '\\u200c\\u200d';

/** C0 and C1 control characters except tab, line feed and carriage return (whitespace handles those). */
export const CONTROLS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';
