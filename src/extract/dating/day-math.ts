/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC. Pure: `Date` is only used for its calendar. */

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Adds calendar months (and years as 12 months), clamping the day to the month's length. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = (y ?? 1970) * 12 + (m ?? 1) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Math.floor(Date.UTC(year, month, Math.min(d ?? 1, last)) / DAY_MS));
}

/** The first and last day of the month `months` away from `day`'s month. */
export function monthRange(day: string, months = 0): [string, string] {
  const first = addMonths(`${day.slice(0, 7)}-01`, months);
  return [first, addDays(addMonths(first, 1), -1)];
}

/** The first and last day of the year `years` away from `day`'s year. */
export function yearRange(day: string, years = 0): [string, string] {
  const year = Number(day.slice(0, 4)) + years;
  return [`${String(year).padStart(4, '0')}-01-01`, `${String(year).padStart(4, '0')}-12-31`];
}

/** Expands `YYYY`, `YYYY-MM` or `YYYY-MM-DD…` to the range of days it covers; null for anything else. */
export function daysCovered(value: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return [value.slice(0, 10), value.slice(0, 10)];
  if (/^\d{4}-\d{2}$/.test(value)) return monthRange(`${value}-01`);
  if (/^\d{4}$/.test(value)) return yearRange(`${value}-01-01`);
  return null;
}
