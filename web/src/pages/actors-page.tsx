import { useState } from 'react';
import { decide, getJson } from '../api';
import type { Actor, Page, Quote } from '../api-types';
import { CiteChips, Loading, Pager } from '../components/common';
import { ReasonInput, useWrite, WriteError } from '../components/decision-controls';
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

/** The actor's aliases, each with "Split off": its mentions leave for an actor of their own. */
function Aliases({ actor }: { actor: Actor }) {
  const { busy, error, run } = useWrite();
  const many = actor.aliases.length > 1;
  return (
    <>
      <ul className="aliases">
        {actor.aliases.map((alias) => (
          <li key={alias.text}>
            {alias.text} <span className="muted">({alias.count})</span>{' '}
            {many ? (
              <button
                type="button"
                className="small"
                disabled={busy}
                aria-label={`Split "${alias.text}" off ${actor.name}`}
                onClick={() =>
                  void run(() =>
                    decide({
                      kind: 'split-actor',
                      target: `actor:${actor.id}`,
                      value: { alias: alias.text },
                    }),
                  )
                }
              >
                Split off
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <WriteError error={error} />
    </>
  );
}

/** The merge bar: the two actors chosen, which name to keep, a reason, and Merge. */
function MergeBar({ chosen, onClear }: { chosen: Array<{ id: string; name: string }>; onClear: () => void }) {
  const [keep, setKeep] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useWrite();
  if (chosen.length === 0) return null;
  const [a, b] = chosen;
  const kept = chosen.some((c) => c.id === keep) ? keep : (a?.id ?? null);
  const merge = async () => {
    if (!a || !b || !kept) return;
    const names = { [a.id]: a.name, [b.id]: b.name };
    const done = await run(() =>
      decide({
        kind: 'merge-actors',
        target: `actors:${a.id}+${b.id}`,
        value: { keep: kept, names },
        reason,
      }),
    );
    if (done) {
      setReason('');
      onClear();
    }
  };
  return (
    <section className="merge-bar" aria-labelledby="merge-title">
      <h2 id="merge-title">Merge actors</h2>
      {chosen.length < 2 ? (
        <p>{a?.name} chosen; choose one more actor to merge it with (the choice stays while you page).</p>
      ) : (
        <fieldset>
          <legend>Keep the name</legend>
          {chosen.map((c) => (
            <label key={c.id} className="check">
              <input type="radio" name="keep" checked={kept === c.id} onChange={() => setKeep(c.id)} />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <ReasonInput value={reason} onChange={setReason} />{' '}
      <button type="button" disabled={busy || chosen.length < 2} onClick={() => void merge()}>
        Merge
      </button>{' '}
      <button type="button" onClick={onClear}>
        Clear choice
      </button>
      <WriteError error={error} />
    </section>
  );
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
      <Aliases actor={actor} />
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
  const [chosen, setChosen] = useState<Array<{ id: string; name: string }>>([]);
  const toggle = (actor: Actor, on: boolean) =>
    setChosen((now) =>
      on
        ? [...now.filter((c) => c.id !== actor.id), { id: actor.id, name: actor.name }].slice(-2)
        : now.filter((c) => c.id !== actor.id),
    );
  return (
    <Loading loaded={loaded}>
      {(page) => {
        const actor = page.items.find((a) => a.id === selected);
        return (
          <div className={actor ? 'split' : undefined}>
            <div>
              <MergeBar chosen={chosen} onClear={() => setChosen([])} />
              <table className="actors">
                <thead>
                  <tr>
                    <th scope="col">Merge</th>
                    <th scope="col">Actor</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Aliases</th>
                    <th scope="col">Articles</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((a) => (
                    <tr key={a.id} aria-selected={a.id === selected} data-actor={a.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Choose ${a.name} to merge`}
                          checked={chosen.some((c) => c.id === a.id)}
                          onChange={(e) => toggle(a, e.target.checked)}
                        />
                      </td>
                      <th scope="row">
                        <Link to={href('/actors', { offset: offset || '', id: a.id })}>{a.name}</Link>
                        {a.decisions?.length ? (
                          <>
                            {' '}
                            <span className="tag tag-decided" title={a.decisions.join(', ')}>
                              corrected
                            </span>
                          </>
                        ) : null}
                      </th>
                      <td>{a.kind}</td>
                      <td>{roleNames(a)}</td>
                      <td className="aliases-cell">{a.aliases.map((alias) => alias.text).join(', ')}</td>
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
