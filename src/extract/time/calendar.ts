/** A calendar day with no time zone: what a reference date means to the time extractor. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a `YYYY-MM-DD` reference date (a longer ISO timestamp is cut to its day); returns null for null
 * or anything unparsable, so a bad date yields unresolved values rather than invented ones.
 */
export function parseCalendarDate(value: string | null): CalendarDate | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = toUtc(date);
  return check.getUTCMonth() + 1 === date.month && check.getUTCDate() === date.day ? date : null;
}

function toUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `days` after `date` (negative for before). Works in UTC so no time zone can shift it. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Day of the week, 0 = Sunday … 6 = Saturday, as chrono and `Date` number them. */
export function weekdayOf(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

/** `YYYY-MM-DD`, the TIMEX3 value of a day. */
export function formatDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `YYYY-MM`, the TIMEX3 value of a month, `months` after the date's month. */
export function formatMonth(date: CalendarDate, months = 0): string {
  const index = date.year * 12 + date.month - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/**
 * `YYYY-Www`, the ISO 8601 week holding the day, `weeks` later. The ISO year can differ from the
 * calendar year at the turn of a year (2024-12-30 is in 2025-W01), which is why this is not `year-week`.
 */
export function formatIsoWeek(date: CalendarDate, weeks = 0): string {
  const shifted = addDays(date, weeks * 7);
  const thursday = addDays(shifted, 3 - ((weekdayOf(shifted) + 6) % 7));
  const januaryFirst = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((toUtc(thursday).getTime() - januaryFirst) / 86_400_000 / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
}

/** Zero-pads a number to `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The quarter completed last before the one holding `date`: 2025-02-27 → 2024 Q4. */
export function lastQuarterBefore(date: CalendarDate): { year: number; quarter: number } {
  const index = date.year * 4 + Math.floor((date.month - 1) / 3) - 1;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** `YYYY-Qn`, the TIMEX3 value of a quarter, `quarters` later (negative for earlier). */
export function formatQuarter(value: { year: number; quarter: number }, quarters = 0): string {
  const index = value.year * 4 + value.quarter - 1 + quarters;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}
