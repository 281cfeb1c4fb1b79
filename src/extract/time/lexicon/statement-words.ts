/**
 * Verbs that report a statement. A day next to one of them, outside the quotation marks, dates the
 * statement ("Lavrov said on Wednesday"), and relative days inside the quote count from it.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells stated states stating saying announced announces added adds wrote writes
   declared declares insisted insists warned warns noted notes explained explains argued argues
   confirmed confirms claimed claims replied replies remarked tweeted posted spoke speaking briefed`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** Relative days a quote may hold, and how many days each is from the day of the statement. */
export const QUOTED_RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['tomorrow', 1],
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
]);

/** Quotation marks that open or close a quote. */
export const QUOTE_MARKS = /["“”«»]/g;
