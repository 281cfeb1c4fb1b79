/** Calendar helpers for the timeline's zoom, on plain `YYYY-MM-DD` days in UTC. */

/** How far the timeline is zoomed: every date, one month, one week, or the from/to the reader typed. */
export type Zoom = 'all' | 'month' | 'week' | 'custom';

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and last day of the month or week (Monday to Sunday) holding `day`. */
export function periodOf(zoom: 'month' | 'week', day: string): { from: string; to: string } {
  const date = parse(day);
  if (zoom === 'month') {
    const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
    return { from: format(first), to: format(last) };
  }
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return { from: format(monday), to: format(sunday) };
}

/** The day one month or one week before (`step` -1) or after (+1) `day`. */
export function shift(zoom: 'month' | 'week', day: string, step: number): string {
  const date = parse(day);
  if (zoom === 'month')
    return format(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1)));
  date.setUTCDate(date.getUTCDate() + 7 * step);
  return format(date);
}

/** True for a well-formed `YYYY-MM-DD`. */
export function isDay(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
