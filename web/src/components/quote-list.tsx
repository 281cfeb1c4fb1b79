import type { Quote } from '../api-types';
import { CiteChip, citationHref } from './common';
import { DecisionMarks, FactButtons } from './decision-controls';
import { Link } from '../router';

/** Who said a quote: the speaker's name, else the words that describe them ("Zelensky's office"). */
export function speakerOf(quote: Quote): string {
  if (quote.speakerName) return quote.speakerName;
  if (quote.speaker && typeof quote.speaker === 'object') return quote.speaker.description;
  return 'unnamed speaker';
}

/** Quotes as a list: the words, who said them and when, the issues they touch, and the cited span. */
export function QuoteList({ quotes, onReports }: { quotes: Quote[]; onReports?: (quote: Quote) => void }) {
  if (quotes.length === 0) return <p className="muted">No quotes.</p>;
  return (
    <ul className="quotes">
      {quotes.map((quote) => (
        <li key={quote.id} data-quote={quote.id}>
          <blockquote>{quote.text}</blockquote>
          <div className="quote-meta">
            <strong>{speakerOf(quote)}</strong> <span className="muted">{quote.date ?? 'undated'}</span>{' '}
            <DecisionMarks confirmed={quote.confirmed} decisions={quote.decisions} />{' '}
            {quote.issues.map((issue) => (
              <span key={issue} className="tag">
                {issue}
              </span>
            ))}{' '}
            <CiteChip cite={{ doc: quote.doc, span: quote.span, text: quote.text }} />
            {quote.copyOf ? (
              <span className="muted">
                {' '}
                (copy of <Link to={citationHref(quote.copyOf)}>{quote.copyOf}</Link>)
              </span>
            ) : null}
            {quote.statement && onReports ? (
              <button type="button" className="link-button" onClick={() => onReports(quote)}>
                Compare reports
              </button>
            ) : null}{' '}
            <FactButtons
              target={`quote:${quote.id}`}
              what={`quote by ${speakerOf(quote)}: ${quote.text.slice(0, 40)}`}
              confirmed={quote.confirmed}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
