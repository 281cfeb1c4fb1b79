import { getJson } from '../api';
import type { Page, SourceOutlet } from '../api-types';
import { citationHref, Loading, Pager, Score } from '../components/common';
import { href, Link, navigate } from '../router';
import { useApi } from '../use-api';

const LIMIT = 10;

function Outlet({ outlet }: { outlet: SourceOutlet }) {
  return (
    <section className="outlet" aria-label={outlet.name}>
      <h2>
        {outlet.name} <Score score={outlet.score} />
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Published</th>
            <th scope="col">Quality</th>
            <th scope="col">Signals that cost most</th>
            <th scope="col">Duplicate of</th>
          </tr>
        </thead>
        <tbody>
          {outlet.articles.map((article) => (
            <tr key={article.id}>
              <td>
                <Link to={citationHref(article.id)}>{article.title ?? article.id}</Link>
              </td>
              <td className="nowrap">{article.published ?? 'undated'}</td>
              <td>
                <Score score={article.score} />
              </td>
              <td>
                {article.top.map((signal) => (
                  <span key={signal.code} className="tag" title={`costs ${signal.cost}`}>
                    {signal.code} −{signal.cost}
                  </span>
                ))}
              </td>
              <td>
                {article.duplicateOf ? (
                  <Link to={citationHref(article.duplicateOf)}>{article.duplicateOf}</Link>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Outlets with their articles' quality scores and signals, worst first, and which articles copy others. */
export function SourcesPage({ query }: { query: URLSearchParams }) {
  const offset = Number(query.get('offset') ?? 0) || 0;
  const loaded = useApi(
    () => getJson<Page<SourceOutlet>>('sources', { limit: LIMIT, offset }),
    `sources:${offset}`,
  );
  return (
    <Loading loaded={loaded}>
      {(page) => (
        <>
          {page.items.map((outlet) => (
            <Outlet key={outlet.name} outlet={outlet} />
          ))}
          <Pager
            total={page.total}
            limit={page.limit}
            offset={page.offset}
            onOffset={(o) => navigate(href('/sources', { offset: o || '' }), true)}
          />
        </>
      )}
    </Loading>
  );
}
