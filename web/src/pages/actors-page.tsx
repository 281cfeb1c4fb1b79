import { getJson } from '../api';
import type { Actor, Page, Quote } from '../api-types';
import { CiteChips, Loading, Pager } from '../components/common';
import { QuoteList } from '../components/quote-list';
import { href, Link, navigate } from '../router';
import { useApi } from '../use-api';

const LIMIT = 25;
const QUOTE_LIMIT = 10;

function Roles({ actor }: { actor: Actor }) {
  if (actor.roles.length === 0) return <span className="muted">no role stated</span>;
  return (
    <ul className="roles">
      {actor.roles.map((role, i) => (
        <li key={i}>
          {role.qualifier ? `${role.qualifier} ` : ''}
          {role.title}
          {role.of ? ` of ${role.of}` : ''}{' '}
          {role.basis === 'pack' ? (
            <span className="muted">(story pack{role.from ? `, since ${role.from}` : ''})</span>
          ) : (
            <>
              <span className="muted">
                ({role.firstSeen ?? '?'} – {role.lastSeen ?? '?'})
              </span>{' '}
              <CiteChips cites={role.sources} max={2} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The roles column: each distinct role once, as the articles or the pack state it. */
function roleNames(actor: Actor): string {
  return [
    ...new Set(
      actor.roles.map((r) => `${r.qualifier ? `${r.qualifier} ` : ''}${r.title}${r.of ? ` of ${r.of}` : ''}`),
    ),
  ].join('; ');
}

function ActorDetail({
  actor,
  quoteOffset,
  query,
}: {
  actor: Actor;
  quoteOffset: number;
  query: URLSearchParams;
}) {
  const quotes = useApi(
    () => getJson<Page<Quote>>('quotes', { speaker: actor.name, limit: QUOTE_LIMIT, offset: quoteOffset }),
    `${actor.name}:${quoteOffset}`,
  );
  const to = (offset: number) =>
    navigate(href('/actors', { ...Object.fromEntries(query), qoffset: offset || '' }), true);
  return (
    <section className="detail" aria-labelledby="actor-detail">
      <h2 id="actor-detail">{actor.name}</h2>
      <p>
        <span className="tag">{actor.kind}</span> in {actor.articles} article(s), {actor.firstSeen ?? '?'} to{' '}
        {actor.lastSeen ?? '?'}
      </p>
      <h3>Roles over time</h3>
      <Roles actor={actor} />
      <h3>Aliases</h3>
      <p>{actor.aliases.map((alias) => `${alias.text} (${alias.count})`).join(', ')}</p>
      <h3>Mentions</h3>
      <CiteChips cites={actor.mentions} max={8} />
      <h3>Quotes</h3>
      <Loading loaded={quotes}>
        {(page) => (
          <>
            <QuoteList quotes={page.items} />
            <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={to} />
          </>
        )}
      </Loading>
    </section>
  );
}

/** Who's who: actors by number of articles, with roles and aliases; choosing one shows its quotes. */
export function ActorsPage({ query }: { query: URLSearchParams }) {
  const offset = Number(query.get('offset') ?? 0) || 0;
  const selected = query.get('id');
  const loaded = useApi(() => getJson<Page<Actor>>('actors', { limit: LIMIT, offset }), `actors:${offset}`);
  return (
    <Loading loaded={loaded}>
      {(page) => {
        const actor = page.items.find((a) => a.id === selected);
        return (
          <div className={actor ? 'split' : undefined}>
            <div>
              <table className="actors">
                <thead>
                  <tr>
                    <th scope="col">Actor</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Aliases</th>
                    <th scope="col">Articles</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((a) => (
                    <tr key={a.id} aria-selected={a.id === selected}>
                      <th scope="row">
                        <Link to={href('/actors', { offset: offset || '', id: a.id })}>{a.name}</Link>
                      </th>
                      <td>{a.kind}</td>
                      <td>{roleNames(a)}</td>
                      <td>{a.aliases.map((alias) => alias.text).join(', ')}</td>
                      <td className="number">{a.articles}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                total={page.total}
                limit={page.limit}
                offset={page.offset}
                onOffset={(o) => navigate(href('/actors', { offset: o || '' }), true)}
              />
            </div>
            {actor ? (
              <ActorDetail actor={actor} quoteOffset={Number(query.get('qoffset') ?? 0) || 0} query={query} />
            ) : null}
          </div>
        );
      }}
    </Loading>
  );
}
