import { getJson } from '../api';
import type { Page, Quote, StanceCell } from '../api-types';
import { Loading, PositionBadge } from '../components/common';
import { DecisionMarks, FactButtons } from '../components/decision-controls';
import { EvidenceText } from '../components/evidence-text';
import { QuoteList } from '../components/quote-list';
import { href, navigate } from '../router';
import { useApi } from '../use-api';

/** The matrix is small (actors × issues of one story pack), so one page of the API's maximum holds it. */
const MAX_CELLS = 500;

function Evidence({ cell }: { cell: StanceCell }) {
  const quotes = useApi(
    () => getJson<Page<Quote>>('quotes', { speaker: cell.actorName, issue: cell.issue, limit: 20 }),
    `${cell.actorName}:${cell.issue}`,
  );
  return (
    <section className="detail evidence-panel" aria-labelledby="evidence-title" tabIndex={-1}>
      <h2 id="evidence-title">
        {cell.actorName} on {cell.issue}: <PositionBadge position={cell.latest.position} />
      </h2>
      <p>{cell.shifted ? 'The position shifted over time:' : 'No shift reported; the history:'}</p>
      <ol className="history">
        {cell.history.map((stance) => (
          <li key={stance.id}>
            <PositionBadge position={stance.position} /> from{' '}
            {stance.from ?? stance.date ?? 'an unknown date'}{' '}
            <span className="muted">(confidence {stance.confidence.toFixed(2)})</span>{' '}
            <DecisionMarks confirmed={stance.confirmed} decisions={stance.decisions} />
            <ul>
              {stance.evidence.map((evidence, i) => (
                <li key={i} data-stance={`stance:${evidence.doc}:${evidence.span.start}`}>
                  <span className="muted">{evidence.date ?? ''}</span>{' '}
                  <EvidenceText doc={evidence.doc} span={evidence.span} />{' '}
                  <FactButtons
                    target={`stance:${evidence.doc}:${evidence.span.start}`}
                    what={`${cell.actorName}'s ${stance.position} on ${cell.issue} (${evidence.date ?? 'undated'})`}
                    confirmed={stance.evidence.length === 1 && stance.confirmed}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>Quotes by {cell.actorName} on this issue</h3>
      <Loading loaded={quotes}>{(page) => <QuoteList quotes={page.items} />}</Loading>
    </section>
  );
}

function Matrix({
  cells,
  actor,
  issue,
}: {
  cells: StanceCell[];
  actor: string | null;
  issue: string | null;
}) {
  const issues = [...new Set(cells.map((c) => c.issue))].sort();
  const actors = [...new Map(cells.map((c) => [c.actor, c.actorName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const at = new Map(cells.map((c) => [`${c.actor}|${c.issue}`, c]));
  return (
    <table className="matrix">
      <caption>Latest position of each actor on each issue; choose a cell for its evidence</caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          {issues.map((i) => (
            <th key={i} scope="col">
              {i}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {actors.map(([id, name]) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            {issues.map((i) => {
              const cell = at.get(`${id}|${i}`);
              if (!cell) return <td key={i} className="empty" aria-label="no position" />;
              const selected = actor === id && issue === i;
              return (
                <td key={i} className={`cell pos-${cell.latest.position}`}>
                  <button
                    type="button"
                    aria-pressed={selected}
                    onClick={() => navigate(href('/positions', { actor: id, issue: i }), true)}
                    title={`${name} on ${i}: ${cell.latest.position}`}
                  >
                    {cell.latest.position}
                    <span className="cell-date">{cell.latest.date ?? ''}</span>
                    {cell.shifted ? <span className="tag tag-shift">shifted</span> : null}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The positions matrix, actor × issue, coloured and labelled by position; a cell opens its evidence. */
export function PositionsPage({ query }: { query: URLSearchParams }) {
  const loaded = useApi(() => getJson<Page<StanceCell>>('stances', { limit: MAX_CELLS }), 'stances');
  const actor = query.get('actor');
  const issue = query.get('issue');
  return (
    <Loading loaded={loaded}>
      {(page) => {
        const cell = page.items.find((c) => c.actor === actor && c.issue === issue);
        return (
          <>
            {page.total > page.items.length ? (
              <p className="error">
                Showing the first {page.items.length} of {page.total} cells.
              </p>
            ) : null}
            <Matrix cells={page.items} actor={actor} issue={issue} />
            <p className="legend">
              Key: <PositionBadge position="support" /> <PositionBadge position="oppose" />{' '}
              <PositionBadge position="conditional" /> <PositionBadge position="neutral" />
            </p>
            {cell ? <Evidence cell={cell} /> : <p className="muted">Choose a cell to see its evidence.</p>}
          </>
        );
      }}
    </Loading>
  );
}
