/**
 * A way an outlet says that the article in front of the reader is retracted or withdrawn. `pattern` is
 * tested against one sentence (or line) of the article's opening; `id` names the match.
 */
export interface RetractionPattern {
  id: string;
  pattern: RegExp;
}

const ITEM = String.raw`(?:article|story|report|piece|post|item|page|content)`;
const GONE = String.raw`(?:retracted|withdrawn|removed|taken down|pulled|unpublished)`;

/**
 * Retraction notices. Each speaks of *this* article, or in the first person of the outlet ("we have
 * removed"), because an article that reports another outlet's retraction ("The Herald retracted its
 * story") is news, not a notice. The first match names it, so the editor's note comes first.
 */
export const RETRACTION_PATTERNS: readonly RetractionPattern[] = [
  // "Editor's note: this story was withdrawn" (the note is the notice even when worded loosely)
  {
    id: 'editors-note',
    pattern: new RegExp(
      String.raw`\beditor[’']?s[’']? note\b[^.]*\b(?:retract(?:ed|ion)|withdr[ae]wn?|removed|taken down)\b`,
      'i',
    ),
  },
  // "This article has been retracted." / "This story was withdrawn at the request of…"
  {
    id: 'this-item-retracted',
    pattern: new RegExp(String.raw`\bthis ${ITEM} (?:has been|was|is being|is) ${GONE}\b`, 'i'),
  },
  // "We have retracted this article" / "we have removed this story" / "We are withdrawing this report"
  {
    id: 'we-retracted',
    pattern: new RegExp(
      String.raw`\bwe(?: have| ['’]ve|['’]ve| are| have now| decided to)? (?:retract(?:ed|ing)?|withdr(?:awn|awing|ew|aw)|remov(?:ed|ing|e)|pull(?:ed|ing)?|unpublish(?:ed|ing)?|taken down|tak(?:e|ing) down) (?:this|the) ${ITEM}\b`,
      'i',
    ),
  },
  // A notice headline: "Retraction" / "Retracted" / "Article withdrawn" alone on its line
  {
    id: 'notice-heading',
    pattern:
      /^\s*(?:notice of )?(?:retraction|retracted|article withdrawn|story withdrawn|withdrawn)\s*[.:!]?\s*$/i,
  },
  // "Retraction: …" opening a line
  { id: 'notice-heading', pattern: /^\s*(?:retraction|retraction notice)\s*:/i },
];

/**
 * A sentence that matches a pattern but reports someone's words ("…, the outlet said", "according to")
 * is the article quoting a notice, not the notice. Tested on the same sentence.
 */
export const REPORTED_SPEECH =
  /\b(?:said|says|wrote|writes|according to|reported|reports|announced|told|stated|claimed)\b/i;

/** How far into the clean text a notice may start: a notice opens the page; a mention deep in it is news. */
export const NOTICE_WITHIN = 600;
