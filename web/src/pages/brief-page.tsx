import { getJson } from '../api';
import type { Brief, BriefCell } from '../api-types';
import { citationHref, CiteChips, Loading, PositionBadge, Score } from '../components/common';
import { Link } from '../router';
import { useApi } from '../use-api';

function Cell({ cell }: { cell: BriefCell }) {
  return (
    <>
      <span className="cell-text">{cell.text}</span> <CiteChips cites={cell.cites} />
    </>
  );
}

function KeyPoints({ brief }: { brief: Brief }) {
  return (
    <table className="key-points">
      <caption>Key points, each with the sentences it rests on</caption>
      <thead>
        <tr>
          <th scope="col">Point</th>
          <th scope="col">What the sources say</th>
        </tr>
      </thead>
      <tbody>
        {brief.keyPoints.map((point, i) => (
          <tr key={i} className={point.disputed ? 'disputed' : undefined}>
            <th scope="row">
              {point.point}
              {point.disputed ? <span className="tag tag-disputed">disputed</span> : null}
            </th>
            <td>
              {point.disputed ? <strong className="side">One side: </strong> : null}
              <Cell cell={point.says} />
              {point.otherSide.map((side, j) => (
                <div key={j} className="other-side">
                  <strong className="side">Other side: </strong>
                  <Cell cell={side} />
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BriefTimeline({ brief }: { brief: Brief }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Lifecycle</th>
        </tr>
      </thead>
      <tbody>
        {brief.timeline.map((event, i) => (
          <tr key={i}>
            <td className="nowrap">{event.date ?? 'undated'}</td>
            <td>
              <span className="tag">{event.kind}</span> {event.label}
            </td>
            <td>
              <span className={`status status-${event.status}`}>{event.status}</span>
            </td>
            <td>
              <Cell cell={event.lifecycle} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BriefPositions({ brief }: { brief: Brief }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Issue</th>
          <th scope="col">Latest position</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {brief.positions.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row.actor}</th>
            <td>{row.issue}</td>
            <td>
              <PositionBadge position={row.position} /> {row.date ?? ''}
              {row.moved ? <span className="tag tag-shift">shifted</span> : null}
            </td>
            <td>
              <CiteChips cites={row.evidence.cites} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BriefSources({ brief }: { brief: Brief }) {
  const rows = [
    ...brief.sources.used.map((s) => ({ ...s, used: true, reason: '' })),
    ...brief.sources.leftOut.map((s) => ({ ...s, used: false, reason: s.reason ?? '' })),
  ];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">Source</th>
          <th scope="col">Quality</th>
          <th scope="col">Used</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.doc}>
            <td>
              <Link to={citationHref(row.doc)}>{row.title ?? row.doc}</Link>
            </td>
            <td>{row.source}</td>
            <td>
              <Score score={row.score} />
            </td>
            <td>{row.used ? 'used' : `left out ${row.reason}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The brief: key points with citation chips, then its timeline, positions, who's who, questions, sources. */
export function BriefPage() {
  const loaded = useApi(() => getJson<Brief>('brief'), 'brief');
  return (
    <Loading loaded={loaded}>
      {(brief) => (
        <>
          <section aria-labelledby="key-points">
            <h2 id="key-points">Key points</h2>
            <KeyPoints brief={brief} />
          </section>
          <section aria-labelledby="brief-timeline">
            <h2 id="brief-timeline">Timeline</h2>
            <BriefTimeline brief={brief} />
          </section>
          <section aria-labelledby="brief-positions">
            <h2 id="brief-positions">Positions</h2>
            <BriefPositions brief={brief} />
          </section>
          <section aria-labelledby="brief-questions">
            <h2 id="brief-questions">Open questions</h2>
            <ul className="cells">
              {brief.openQuestions.map((question, i) => (
                <li key={i}>
                  <Cell cell={question} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="brief-who">
            <h2 id="brief-who">Who&rsquo;s who</h2>
            <ul className="cells">
              {brief.who.slice(0, 15).map((who, i) => (
                <li key={i}>
                  <strong>{who.name.text}</strong>
                  {who.role ? ` — ${who.role.text}` : ''}{' '}
                  <span className="muted">({who.articles} articles)</span>{' '}
                  <CiteChips cites={who.role?.cites ?? who.name.cites} max={3} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/actors">Everyone, with aliases and quotes →</Link>
            </p>
          </section>
          <section aria-labelledby="brief-sources">
            <h2 id="brief-sources">Sources</h2>
            <BriefSources brief={brief} />
          </section>
        </>
      )}
    </Loading>
  );
}
