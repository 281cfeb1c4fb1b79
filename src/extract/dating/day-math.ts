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

/**
 * The days a TIMEX3 value covers, first and last: a day (or a time on it), an ISO week, a month, a
 * quarter, a season, a half or a year. Null for anything not on the calendar (`PRESENT_REF`,
 * `XXXX-02-18`, a duration).
 */
export function daysCovered(value: string): [string, string] | null {
  let m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return [m[1]!, m[1]!];
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = dayNumber(`${m[1]}-01-04`);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
    return [fromDayNumber(monday), fromDayNumber(monday + 6)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthRange(`${m[1]}-${m[2]}-01`);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const first = `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
    return [first, monthRange(first, 2)[1]];
  }
  m = /^(\d{4})(?:-(SP|SU|FA|WI|H1|H2))?$/.exec(value);
  if (m) {
    const parts: Record<string, [string, string]> = {
      SP: ['03-01', '05-31'],
      SU: ['06-01', '08-31'],
      FA: ['09-01', '11-30'],
      WI: ['12-01', '12-31'],
      H1: ['01-01', '06-30'],
      H2: ['07-01', '12-31'],
    };
    const [from, to] = m[2] ? parts[m[2]]! : ['01-01', '12-31'];
    return [`${m[1]}-${from}`, `${m[1]}-${to}`];
  }
  return null;
}
