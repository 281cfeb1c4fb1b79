import { useState } from 'react';
import type { FormEvent } from 'react';
import { search } from '../api';
import { citationHref, Loading, Pager } from '../components/common';
import { href, Link, navigate } from '../router';
import { useApi } from '../use-api';

const LIMIT = 20;

/** Search over the full text and the facts; every hit links to its span in the article. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  const loaded = useApi(
    () => (q.trim() === '' ? Promise.resolve(null) : search(q, LIMIT, offset)),
    `${q}:${offset}`,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('/search', { q: draft }));
  };
  return (
    <>
      <form className="filters" role="search" onSubmit={submit}>
        <label>
          Search{' '}
          <input
            type="search"
            name="q"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="words, names, issues"
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <Loading loaded={loaded}>
        {(page) =>
          page === null ? (
            <p className="muted">Type some words and press Search.</p>
          ) : (
            <>
              <ol className="hits" start={page.offset + 1}>
                {page.items.map((hit) => (
                  <li key={`${hit.kind}:${hit.id}`}>
                    <span className="tag">{hit.kind}</span>{' '}
                    {hit.docId ? (
                      <Link to={citationHref(hit.docId, hit.start, hit.end)}>{hit.label}</Link>
                    ) : (
                      <strong>{hit.label}</strong>
                    )}
                    <div className="snippet">{hit.snippet}</div>
                  </li>
                ))}
              </ol>
              <Pager
                total={page.total}
                limit={page.limit}
                offset={page.offset}
                onOffset={(o) => navigate(href('/search', { q, offset: o || '' }), true)}
              />
            </>
          )
        }
      </Loading>
    </>
  );
}
