import type { DateValue } from '../model/index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/;
const RFC822 = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/;
const LONG = /^\s*([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/;

/** The value metadata gives when it gives none. */
export const UNKNOWN_DATE: DateValue = { value: null, precision: 'unknown', basis: 'unknown' };

/**
 * Normalises a publication date as metadata states it (ISO 8601, RFC 822 from RSS, "March 4, 2025") to
 * `YYYY-MM-DD` with basis `metadata`. The calendar day is the one written, not converted to UTC, because
 * readers date an article by the day its outlet printed. Anything else is unknown: issue #4 dates those.
 */
export function normalisePublished(input: string | undefined): DateValue {
  if (!input) return UNKNOWN_DATE;
  const iso = ISO.exec(input);
  if (iso) {
    const [, year, month, day] = iso;
    if (!day) return checked(`${year}-${month}`, 'month');
    return checked(`${year}-${month}-${day}`, 'day');
  }
  const rfc = RFC822.exec(input);
  if (rfc) return fromParts(rfc[3], rfc[2], rfc[1]);
  const long = LONG.exec(input);
  if (long) return fromParts(long[3], long[1], long[2]);
  return UNKNOWN_DATE;
}

function fromParts(year = '', monthName = '', day = ''): DateValue {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return UNKNOWN_DATE;
  return checked(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, 'day');
}

function checked(value: string, precision: 'day' | 'month'): DateValue {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number?];
  if (month < 1 || month > 12) return UNKNOWN_DATE;
  if (precision === 'day') {
    const probe = new Date(Date.UTC(year, month - 1, day ?? 1));
    if (probe.getUTCDate() !== day) return UNKNOWN_DATE;
  }
  return { value, precision, basis: 'metadata' };
}
