/** Words that, before a date in its sentence, say the date is still to come. */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(
  'will shall scheduled set due expected plans plan planned upcoming forthcoming next until'.split(' '),
);

/** A paragraph that labels a date as the article's own. */
export const DATELINE_LABEL = /^\s*(published|updated|posted|first published|last updated|date)\b/i;

/**
 * Where the article stands relative to an anchor event, given the relative expression used of it. For
 * `day`, offsets in days: a negative offset counts from the event's first day, a positive one from its last; for `month` and `year`, the
 * period that many months or years from the event's.
 */
export interface RelativeWindow {
  unit: 'day' | 'month' | 'year';
  from: number;
  to: number;
}

const WINDOWS: ReadonlyArray<[RegExp, RelativeWindow]> = [
  [/^later this week$/, { unit: 'day', from: -6, to: -1 }],
  [/^earlier this week$/, { unit: 'day', from: 1, to: 6 }],
  [/^this week$/, { unit: 'day', from: -6, to: 6 }],
  [/^last week$/, { unit: 'day', from: 1, to: 13 }],
  [/^next week$/, { unit: 'day', from: -13, to: -1 }],
  [/^yesterday$/, { unit: 'day', from: 1, to: 1 }],
  [/^(today|tonight|this (morning|afternoon|evening))$/, { unit: 'day', from: 0, to: 0 }],
  [/^tomorrow$/, { unit: 'day', from: -1, to: -1 }],
  [/^this month$/, { unit: 'month', from: 0, to: 0 }],
  [/^last month$/, { unit: 'month', from: 1, to: 1 }],
  [/^next month$/, { unit: 'month', from: -1, to: -1 }],
  [/^this year$/, { unit: 'year', from: 0, to: 0 }],
  [/^last year$/, { unit: 'year', from: 1, to: 1 }],
  [/^next year$/, { unit: 'year', from: -1, to: -1 }],
];

/** The window a relative expression ("last week") puts the article in around an anchor, or null. */
export function relativeWindow(phrase: string): RelativeWindow | null {
  for (const [pattern, window] of WINDOWS) if (pattern.test(phrase)) return window;
  return null;
}
