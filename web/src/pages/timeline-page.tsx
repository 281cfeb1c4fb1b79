import { useState } from 'react';
import type { FormEvent } from 'react';
import { getJson } from '../api';
import type { EventItem, Page } from '../api-types';
import { CiteChip, Loading, Pager } from '../components/common';
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
        </tr>
      </thead>
      <tbody>
        {page.items.map((event) => (
          <tr key={event.id} data-event={event.id}>
            <td className="nowrap">{event.date?.value ?? 'undated'}</td>
            <td>
              <span className="tag">{event.kind}</span> {event.label}
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
          </tr>
        ))}
      </tbody>
    </table>
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
    </>
  );
}
