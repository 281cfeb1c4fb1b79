import { isDay, periodOf, shift } from '../dates';
import type { Zoom } from '../dates';
import { href, navigate } from '../router';

/** The timeline's filters as its address holds them, so a filtered, zoomed view can be shared. */
export interface Filters {
  actor: string;
  kind: string;
  status: string;
  zoom: Zoom;
  at: string;
  from: string;
  to: string;
  offset: number;
}

/** Reads the filters from the address; an unknown zoom means all dates. */
export function readFilters(query: URLSearchParams): Filters {
  const zoom = (query.get('zoom') ?? 'all') as Zoom;
  return {
    actor: query.get('actor') ?? '',
    kind: query.get('kind') ?? '',
    status: query.get('status') ?? '',
    zoom: ['all', 'month', 'week', 'custom'].includes(zoom) ? zoom : 'all',
    at: query.get('at') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    offset: Number(query.get('offset') ?? 0) || 0,
  };
}

/** The date range the zoom shows: a month or week around `at`, the typed from/to, or everything. */
export function rangeOf(filters: Filters): { from: string; to: string } {
  if ((filters.zoom === 'month' || filters.zoom === 'week') && isDay(filters.at))
    return periodOf(filters.zoom, filters.at);
  if (filters.zoom === 'custom') return { from: filters.from, to: filters.to };
  return { from: '', to: '' };
}

/** Shows the timeline with these filters, replacing the history entry so Back leaves the page. */
export function go(filters: Filters): void {
  navigate(
    href('/timeline', {
      ...filters,
      zoom: filters.zoom === 'all' ? '' : filters.zoom,
      offset: filters.offset || '',
    }),
    true,
  );
}

/** All dates, one month or one week, and the buttons that step the month or week earlier or later. */
export function ZoomControls({ filters, firstDate }: { filters: Filters; firstDate: string | null }) {
  const anchor = isDay(filters.at) ? filters.at : (firstDate ?? '');
  const zoomTo = (zoom: Zoom) =>
    go({ ...filters, zoom, at: zoom === 'month' || zoom === 'week' ? anchor : filters.at, offset: 0 });
  const step = (by: number) => {
    if (filters.zoom === 'month' || filters.zoom === 'week')
      go({ ...filters, at: shift(filters.zoom, anchor, by), offset: 0 });
  };
  const range = rangeOf(filters);
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <span>Zoom:</span>
      {(['all', 'month', 'week'] as const).map((zoom) => (
        <button
          key={zoom}
          type="button"
          aria-pressed={filters.zoom === zoom}
          disabled={zoom !== 'all' && !anchor}
          onClick={() => zoomTo(zoom)}
        >
          {zoom === 'all' ? 'All dates' : zoom === 'month' ? 'Month' : 'Week'}
        </button>
      ))}
      {filters.zoom === 'month' || filters.zoom === 'week' ? (
        <>
          <button type="button" onClick={() => step(-1)}>
            ← Earlier {filters.zoom}
          </button>
          <button type="button" onClick={() => step(1)}>
            Later {filters.zoom} →
          </button>
          <span className="muted">
            {range.from} to {range.to}
          </span>
        </>
      ) : null}
    </div>
  );
}

/** Events with their lifecycle, filtered by actor, kind, status and dates, zoomed by month or week. */
