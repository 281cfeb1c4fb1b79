/**
 * Recurring times (TIMEX3 type `SET`): "daily" → `P1D`, "every week" → `P1W`, "each year" → `P1Y`.
 * Adverbs that are far more often a rate than a time ("annually" in "sales of $2 billion annually",
 * "quarterly" in "quarterly dividend") are left out: TimeBank marks a third of them.
 */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  hourly: 'PT1H',
};

/** Units after "every", "each" or "per", to the TIMEX3 value of one recurrence. */
export const SET_UNITS: Readonly<Record<string, string>> = {
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
  hour: 'PT1H',
  minute: 'PT1M',
};

/** The words that make a unit recur. */
export const SET_QUANTIFIERS = ['every', 'each'];
