import { useState } from 'react';
import type { FormEvent } from 'react';
import { getJson } from '../api';
import type { Decision } from '../api';
import type { EventItem, Page } from '../api-types';
import { CiteChip, Loading, Pager } from '../components/common';
import { DecisionMarks, FactButtons, FixDate } from '../components/decision-controls';
import { RevokeButton } from './decisions-page';
import { useApi } from '../use-api';
import { go, rangeOf, readFilters, ZoomControls } from './timeline-zoom';

const KINDS = [
  'talks',
  'summit',
  'conference',
  'meeting',
  'call',
  'visit',
  'agreement',
  'ceasefire',
  'prisoner-exchange',
  'announcement',
];
const STATUSES = ['announced', 'planned', 'held', 'postponed', 'cancelled', 'unknown'];
const LIMIT = 25;

function Lifecycle({ event }: { event: EventItem }) {
  return (
    <ol className="lifecycle">
      {event.lifecycle.map((step, i) => (
        <li key={i}>
          <span className={`status status-${step.status}`}>{step.status}</span>{' '}
          <span className="muted">{step.published ?? 'undated report'}</span>{' '}
          <CiteChip cite={{ doc: step.doc, span: step.span }} />
        </li>
      ))}
    </ol>
  );
}

function EventTable({ page }: { page: Page<EventItem> }) {
  return (
    <table className="events">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Participants</th>
          <th scope="col">Status</th>
          <th scope="col">Lifecycle (status history, each report cited)</th>
          <th scope="col">Analyst</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((event) => (
          <tr key={event.id} data-event={event.id}>
            <td className="nowrap event-date">{event.date?.value ?? 'undated'}</td>
            <td>
              <span className="tag">{event.kind}</span> {event.label}{' '}
              <DecisionMarks confirmed={event.confirmed} decisions={event.decisions} />
              {event.outcome ? <div className="muted">Outcome: {event.outcome.text}</div> : null}
            </td>
            <td className="participants">{event.participantNames.join(', ')}</td>
            <td>
              <span className={`status status-${event.status}`}>{event.status}</span>
              <div className="muted">{event.reports} report(s)</div>
            </td>
            <td>
              <Lifecycle event={event} />
            </td>
            <td className="actions">
              <FactButtons
                target={`event:${event.id}`}
                what={`event ${event.label}`}
                confirmed={event.confirmed}
              />
              <FixDate eventId={event.id} current={event.date?.value ?? null} what={`event ${event.label}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The events an analyst rejected. The events route leaves them out (only the export lists them), so they
 * are read from the active `reject` decisions on events, each with Revoke to bring the event back.
 */
function RejectedEvents() {
  const loaded = useApi(() => getJson<{ decisions: Decision[] }>('decisions'), 'decisions');
  if (loaded.state !== 'ok') return null;
  const rejected = loaded.data.decisions.filter((d) => d.kind === 'reject' && d.target.startsWith('event:'));
  if (rejected.length === 0) return null;
  return (
    <section className="rejected" aria-labelledby="rejected-events">
      <h2 id="rejected-events">Rejected events</h2>
      <ul>
        {rejected.map((decision) => (
          <li key={decision.id} data-target={decision.target}>
            <code>{decision.target.slice('event:'.length)}</code>{' '}
            <span className="muted">
              rejected {decision.createdAt.slice(0, 10)} by {decision.author}
              {decision.reason ? `: ${decision.reason}` : ''}
            </span>{' '}
            <RevokeButton decision={decision} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TimelinePage({ query }: { query: URLSearchParams }) {
  const filters = readFilters(query);
  const range = rangeOf(filters);
  const [draft, setDraft] = useState(filters);
  const key = JSON.stringify({ ...filters, ...range });
  const loaded = useApi(
    () =>
      getJson<Page<EventItem>>('events', {
        actor: filters.actor,
        kind: filters.kind,
        status: filters.status,
        from: range.from,
        to: range.to,
        limit: LIMIT,
        offset: filters.offset,
      }),
    key,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const custom = draft.from !== '' || draft.to !== '';
    go({
      ...draft,
      zoom: custom ? 'custom' : filters.zoom === 'custom' ? 'all' : filters.zoom,
      at: filters.at,
      offset: 0,
    });
  };
  const firstDate =
    loaded.state === 'ok' ? (loaded.data.items.find((e) => e.date)?.date?.value ?? null) : null;
  return (
    <>
      <form className="filters" onSubmit={submit} aria-label="Filter events">
        <label>
          Actor{' '}
          <input
            type="search"
            name="actor"
            value={draft.actor}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
            placeholder="e.g. Lavrov"
          />
        </label>
        <label>
          Kind{' '}
          <select
            name="kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
          >
            <option value="">any</option>
            {KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select
            name="status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          >
            <option value="">any</option>
            {STATUSES.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </select>
        </label>
        <label>
          From{' '}
          <input
            type="date"
            name="from"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            name="to"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </label>
        <button type="submit">Filter</button>
      </form>
      <ZoomControls filters={filters} firstDate={firstDate} />
      <Loading loaded={loaded}>
        {(page) => (
          <>
            <EventTable page={page} />
            <Pager
              total={page.total}
              limit={page.limit}
              offset={page.offset}
              onOffset={(offset) => go({ ...filters, offset })}
            />
          </>
        )}
      </Loading>
      <RejectedEvents />
    </>
  );
}
