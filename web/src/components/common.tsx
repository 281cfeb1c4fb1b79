import type { ReactNode } from 'react';
import type { Citation } from '../api-types';
import { href, Link } from '../router';
import type { Loaded } from '../use-api';

/** The Article page's address for a cited span: `/article/ID?start=S&end=E`. */
export function citationHref(doc: string, start?: number | null, end?: number | null): string {
  return href(`/article/${encodeURIComponent(doc)}`, { start, end });
}

/** A citation chip: a link `doc:start-end` to the cited span, with the cited words as its tooltip. */
export function CiteChip({ cite }: { cite: Citation }) {
  const label = `${cite.doc.replace(/^doc_/, '')}:${cite.span.start}-${cite.span.end}`;
  return (
    <Link
      className="chip"
      to={citationHref(cite.doc, cite.span.start, cite.span.end)}
      title={cite.text ?? `characters ${cite.span.start}–${cite.span.end} of ${cite.doc}`}
      data-doc={cite.doc}
      data-start={cite.span.start}
      data-end={cite.span.end}
    >
      {label}
    </Link>
  );
}

/** The chips of several citations; long lists show the first `max` and say how many more there are. */
export function CiteChips({ cites, max = 6 }: { cites: Citation[]; max?: number }) {
  if (cites.length === 0) return <span className="muted">no citation</span>;
  return (
    <span className="chips">
      {cites.slice(0, max).map((cite, i) => (
        <CiteChip key={`${cite.doc}:${cite.span.start}:${i}`} cite={cite} />
      ))}
      {cites.length > max ? <span className="muted">+{cites.length - max} more</span> : null}
    </span>
  );
}

/** Renders the children once loaded, else a loading line or the error, announced to screen readers. */
export function Loading<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading')
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p className="error" role="alert">
        Could not load: {loaded.message}
      </p>
    );
  return <>{children(loaded.data)}</>;
}

/** Previous/next buttons and "items A–B of N" for a paged listing. */
export function Pager(props: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { total, limit, offset, onOffset } = props;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset <= 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span aria-live="polite">{total === 0 ? 'nothing found' : `${offset + 1}–${last} of ${total}`}</span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}

/** A position (support, oppose, conditional, …) as a coloured badge that also says it in words. */
export function PositionBadge({ position }: { position: string }) {
  return <span className={`position pos-${position.replace(/[^a-z-]/g, '')}`}>{position}</span>;
}

/** A quality score 0–1 as a percentage with a bar, coloured by band, with the number in words too. */
export function Score({ score }: { score: number }) {
  const band = score >= 0.9 ? 'good' : score >= 0.7 ? 'fair' : 'poor';
  return (
    <span className={`score score-${band}`}>
      <span className="score-bar" style={{ width: `${Math.round(score * 100)}%` }} aria-hidden="true" />
      <span className="score-text">{score.toFixed(2)}</span>
    </span>
  );
}
