/**
 * Notes a spinning tool or an SEO writer leaves in the text: "(SEO keywords preserved throughout)",
 * "(keywords preserved)", "focus keyword:". Cleaning removes a whole line that is only such a note as
 * boilerplate; this pattern also finds the note inside a line, and in cleaning's removed text.
 */
export const SEO_MARKER =
  /\(\s*(?:seo )?keywords? (?:preserved|included|retained|optimi[sz]ed)[^)\n]{0,40}\)|\bseo[- ](?:keywords?|optimi[sz]ed|friendly|title|rewrite)\b|\b(?:focus|target|primary) keywords?\s*:|\bkeyword[- ](?:rich|stuffed|optimi[sz]ed)\b/gi;

/** Words (lower case) one of which every `SEO_MARKER` match holds. */
export const SEO_CUES: readonly string[] = ['seo', 'keyword', 'keywords'];

/** A heading that opens a generated FAQ block: "Frequently Asked Questions", "FAQ", "FAQs about …". */
export const FAQ_HEADING =
  /^(?:frequently asked questions|faqs?|common questions|people also ask)\b[^.?!\n]{0,60}[:.]?$/i;

/** A line that is a question: ends with "?" (a closing quote or bracket may follow). */
export const QUESTION_LINE = /\?["”’)]?\s*$/u;

/** A table header or list heading that labels a key-point summary: "Key Point | Details", "Key Takeaways". */
export const KEY_POINT_LABEL =
  /\b(?:key (?:points?|takeaways?|facts?|highlights?|details)|at a glance|quick facts|highlights|summary table)\b/i;

/** A bullet line: "- ", "• ", "* " or "1. " at the start. */
export const BULLET_LINE = /^(?:[-•*–]\s+|\d{1,2}[.)]\s+)/u;

/** A pipe-table row: starts and ends with "|" or holds at least two cell separators. */
export const TABLE_ROW = /^\s*\|.*\|\s*$|^[^|\n]+\|[^|\n]+\|[^|\n]*$/u;

/** The separator row under a table header: `|---|:---:|`. */
export const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
