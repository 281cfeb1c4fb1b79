import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { getJson } from '../api';
import type { Page, Quote } from '../api-types';
import { CiteChip, Loading, Pager } from '../components/common';
import { QuoteList, speakerOf } from '../components/quote-list';
import { href, navigate } from '../router';
import { useApi } from '../use-api';

const LIMIT = 20;
const MAX = 500;

/**
 * Every quote matching the server-side filters, in pages of the API's maximum. Only used when a date
 * filter is set: the API filters quotes by speaker and issue but not by date, so dates filter here.
 */
async function allQuotes(query: Record<string, string>): Promise<Quote[]> {
  const quotes: Quote[] = [];
  for (let offset = 0; ; offset += MAX) {
    const page = await getJson<Page<Quote>>('quotes', { ...query, limit: MAX, offset });
    quotes.push(...page.items);
    if (offset + MAX >= page.total) return quotes;
  }
}

/** The quote filters, as the address holds them; `several` keeps statements several articles report. */
interface QuoteFilters {
  speaker: string;
  issue: string;
  from: string;
  to: string;
  several: string;
}

/**
 * One page of quotes. Speaker and issue filter on the server; dates and "reported by several articles"
 * filter here over every matching quote, because the API has no such filters yet.
 */
async function loadQuotes(filters: QuoteFilters, offset: number): Promise<Page<Quote>> {
  const { speaker, issue, from, to, several } = filters;
  if (from === '' && to === '' && several === '')
    return getJson<Page<Quote>>('quotes', { speaker, issue, limit: LIMIT, offset });
  const kept = (await allQuotes({ speaker, issue })).filter(
    (q) =>
      (from === '' || (q.date !== null && q.date >= from)) &&
      (to === '' || (q.date !== null && q.date <= to)) &&
      (several === '' || Boolean(q.statement)),
  );
  return { items: kept.slice(offset, offset + LIMIT), total: kept.length, limit: LIMIT, offset };
}

/** One statement's reports across articles, side by side, each with its own wording and citation. */
function Reports({ quote, onClose }: { quote: Quote; onClose: () => void }) {
  const loaded = useApi(
    async () =>
      (await allQuotes(quote.speakerName ? { speaker: quote.speakerName } : {})).filter(
        (q) => q.statement === quote.statement,
      ),
    `${quote.statement}`,
  );
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'start' });
    panel.current?.focus({ preventScroll: true });
  }, [quote.id]);
  return (
    <section className="detail" aria-labelledby="reports-title" ref={panel} tabIndex={-1}>
      <h2 id="reports-title">
        One statement, reported by several articles{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </h2>
      <Loading loaded={loaded}>
        {(reports) => (
          <div className="side-by-side">
            {reports.map((report) => (
              <article key={report.id} className="report">
                <h3>{report.doc}</h3>
                <p className="muted">
                  {speakerOf(report)} · {report.date ?? 'undated'} · {report.kind}
                  {report.copyOf ? ` · copy of ${report.copyOf}` : ''}
                </p>
                <blockquote>{report.text}</blockquote>
                <CiteChip cite={{ doc: report.doc, span: report.span, text: report.text }} />
              </article>
            ))}
          </div>
        )}
      </Loading>
    </section>
  );
}

/** Quotes filtered by speaker, issue and date; a statement several articles report opens side by side. */
export function QuotesPage({ query }: { query: URLSearchParams }) {
  const filters: QuoteFilters = {
    speaker: query.get('speaker') ?? '',
    issue: query.get('issue') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    several: query.get('several') ?? '',
  };
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(filters);
  const [open, setOpen] = useState<Quote | null>(null);
  const loaded = useApi(() => loadQuotes(filters, offset), JSON.stringify([filters, offset]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(null);
    navigate(href('/quotes', { ...draft }), true);
  };
  return (
    <>
      <form className="filters" onSubmit={submit} aria-label="Filter quotes">
        <label>
          Speaker{' '}
          <input
            type="search"
            value={draft.speaker}
            onChange={(e) => setDraft({ ...draft, speaker: e.target.value })}
            placeholder="e.g. Zelensky"
          />
        </label>
        <label>
          Issue{' '}
          <input
            type="search"
            value={draft.issue}
            onChange={(e) => setDraft({ ...draft, issue: e.target.value })}
            placeholder="e.g. ceasefire"
          />
        </label>
        <label>
          From{' '}
          <input
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.several !== ''}
            onChange={(e) => setDraft({ ...draft, several: e.target.checked ? '1' : '' })}
          />{' '}
          Only statements reported by several articles
        </label>
        <button type="submit">Filter</button>
      </form>
      {open ? <Reports quote={open} onClose={() => setOpen(null)} /> : null}
      <Loading loaded={loaded}>
        {(page) => (
          <>
            <QuoteList quotes={page.items} onReports={setOpen} />
            <Pager
              total={page.total}
              limit={page.limit}
              offset={page.offset}
              onOffset={(o) => navigate(href('/quotes', { ...filters, offset: o || '' }), true)}
            />
          </>
        )}
      </Loading>
    </>
  );
}
