import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { TokenForm } from './components/decision-controls';
import { ActorsPage } from './pages/actors-page';
import { ArticlePage } from './pages/article-page';
import { BriefPage } from './pages/brief-page';
import { DecisionsPage } from './pages/decisions-page';
import { PositionsPage } from './pages/positions-page';
import { ProposalsPage } from './pages/proposals-page';
import { QuotesPage } from './pages/quotes-page';
import { SearchPage } from './pages/search-page';
import { SourcesPage } from './pages/sources-page';
import { TimelinePage } from './pages/timeline-page';
import { Link, useLocation } from './router';
import type { Location } from './router';

const PAGES: Array<{ path: string; title: string }> = [
  { path: '/', title: 'Brief' },
  { path: '/timeline', title: 'Timeline' },
  { path: '/actors', title: "Who's who" },
  { path: '/positions', title: 'Positions' },
  { path: '/quotes', title: 'Quotes' },
  { path: '/sources', title: 'Sources' },
  { path: '/search', title: 'Search' },
  { path: '/proposals', title: 'Proposals' },
  { path: '/decisions', title: 'Decisions' },
];

function pageFor(location: Location): { title: string; body: ReactNode } {
  const { path, query } = location;
  const article = /^\/article\/(.+)$/.exec(path);
  if (article?.[1]) {
    const id = decodeURIComponent(article[1]);
    return { title: 'Article', body: <ArticlePage id={id} query={query} /> };
  }
  switch (path) {
    case '/':
      return { title: 'Brief', body: <BriefPage /> };
    case '/timeline':
      return { title: 'Timeline', body: <TimelinePage query={query} /> };
    case '/actors':
      return { title: "Who's who", body: <ActorsPage query={query} /> };
    case '/positions':
      return { title: 'Positions', body: <PositionsPage query={query} /> };
    case '/quotes':
      return { title: 'Quotes', body: <QuotesPage query={query} /> };
    case '/sources':
      return { title: 'Sources', body: <SourcesPage query={query} /> };
    case '/search':
      return { title: 'Search', body: <SearchPage query={query} /> };
    case '/proposals':
      return { title: 'Proposals', body: <ProposalsPage /> };
    case '/decisions':
      return { title: 'Decisions', body: <DecisionsPage /> };
    default:
      return { title: 'Not found', body: <p>There is no page at {path}.</p> };
  }
}

/** The workbench: a skip link, the nav on every page, and the page the address names. */
export function App() {
  const location = useLocation();
  const { title, body } = pageFor(location);
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Parley</span>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((page) => (
              <li key={page.path}>
                <Link to={page.path} aria-current={location.path === page.path ? 'page' : undefined}>
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {body}
      </main>
      <TokenForm />
    </>
  );
}
