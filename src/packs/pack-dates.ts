/**
 * Dates in a story pack are calendar strings with a stated precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * They stay strings (no Date objects, no time zone, no clock) so a pack reads the same everywhere.
 */

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What a pack date may look like, for messages. */
export const DATE_FORMATS = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** Whether `value` is a real calendar date in one of the pack formats ("2025-02-30" is not). */
export function isPackDate(value: string): boolean {
  const parts = DATE_PATTERN.exec(value);
  if (!parts) return false;
  const [, , month, day] = parts;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(parts[1]), m);
}

/** Whether `value` is a real date with at least month precision (`YYYY-MM` or `YYYY-MM-DD`). */
export function isMonthOrDayDate(value: string): boolean {
  return isPackDate(value) && value.length >= 7;
}

/** The first day a pack date can mean: "2025" → "2025-01-01", "2025-02" → "2025-02-01". */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a pack date can mean: "2025" → "2025-12-31", "2024-02" → "2024-02-29". */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const last = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/**
 * Whether a period from `from` to `to` is possible: some day `from` can mean is on or before some day `to`
 * can mean. So "2025" to "2025-03" is fine, and so is "2025-05" to "2025-05-01".
 */
export function isOrdered(from: string, to: string): boolean {
  return firstDay(from) <= lastDay(to);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
