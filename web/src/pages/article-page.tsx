import { useEffect, useState } from 'react';
import { getDocument } from '../api';
import type { Span, StoredDocument } from '../api-types';
import { annotationsOf, citedSpan, LAYERS, runsOf } from '../annotate';
import type { Annotation, Layer } from '../annotate';
import { Loading } from '../components/common';
import { useApi } from '../use-api';

function Runs({
  text,
  annotations,
  from,
  to,
}: {
  text: string;
  annotations: Annotation[];
  from: number;
  to: number;
}) {
  return (
    <>
      {runsOf(annotations, from, to).map((run) => {
        const words = text.slice(run.start, run.end);
        if (run.notes.length === 0) return words;
        const classes = [...new Set(run.notes.map((n) => `ann-${n.layer}`))].join(' ');
        return (
          <span key={run.start} className={classes} title={run.notes.map((n) => n.note).join('\n')}>
            {words}
          </span>
        );
      })}
    </>
  );
}

/** The clean text with its annotations in place and the cited span inside `<mark id="cited">`. */
function ArticleText({ doc, cited, shown }: { doc: StoredDocument; cited: Span | null; shown: Set<Layer> }) {
  const annotations = annotationsOf(doc);
  const text = doc.text;
  const classes = ['article-text', ...[...shown].map((layer) => `show-${layer}`)].join(' ');
  if (!cited) {
    return (
      <div className={classes}>
        <Runs text={text} annotations={annotations} from={0} to={text.length} />
      </div>
    );
  }
  return (
    <div className={classes}>
      <Runs text={text} annotations={annotations} from={0} to={cited.start} />
      <mark id="cited" tabIndex={-1} data-start={cited.start} data-end={cited.end}>
        <Runs text={text} annotations={annotations} from={cited.start} to={cited.end} />
      </mark>
      <Runs text={text} annotations={annotations} from={cited.end} to={text.length} />
    </div>
  );
}

/** The raw input with the parts cleaning removed struck through, each labelled with its signal. */
function RawWithRemovals({ doc }: { doc: StoredDocument }) {
  const removed = doc.signals
    .filter((s) => s.rawSpan)
    .sort((a, b) => (a.rawSpan?.start ?? 0) - (b.rawSpan?.start ?? 0));
  const parts: Array<string | { text: string; code: string }> = [];
  let at = 0;
  for (const signal of removed) {
    const span = signal.rawSpan as Span;
    if (span.start < at) continue;
    parts.push(doc.raw.slice(at, span.start), {
      text: doc.raw.slice(span.start, span.end),
      code: signal.code,
    });
    at = span.end;
  }
  parts.push(doc.raw.slice(at));
  return (
    <pre className="raw">
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <del key={i} title={`removed: ${part.code}`} data-code={part.code}>
            {part.text}
          </del>
        ),
      )}
    </pre>
  );
}

function Boilerplate({ doc }: { doc: StoredDocument }) {
  const [open, setOpen] = useState(false);
  const [raw, setRaw] = useState(false);
  const removed = doc.signals.filter((s) => s.text);
  return (
    <section aria-labelledby="boilerplate-title">
      <h2 id="boilerplate-title">Removed while cleaning</h2>
      <button type="button" aria-expanded={open} aria-controls="boilerplate" onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} removed boilerplate ({removed.length})
      </button>{' '}
      <button type="button" aria-expanded={raw} aria-controls="raw-input" onClick={() => setRaw(!raw)}>
        {raw ? 'Hide' : 'Show'} the raw input
      </button>
      {open ? (
        <ul id="boilerplate" className="boilerplate">
          {removed.length === 0 ? <li className="muted">Nothing was removed.</li> : null}
          {removed.map((signal, i) => (
            <li key={i}>
              <span className="tag">{signal.code}</span> <del>{signal.text}</del>
            </li>
          ))}
        </ul>
      ) : null}
      {raw ? (
        <div id="raw-input">
          <RawWithRemovals doc={doc} />
        </div>
      ) : null}
    </section>
  );
}

function Quality({ doc }: { doc: StoredDocument }) {
  const signals = doc.layers.quality ?? [];
  return (
    <section aria-labelledby="quality-title">
      <h2 id="quality-title">Quality signals</h2>
      {signals.length === 0 ? (
        <p className="muted">No quality signals: nothing counted against this article.</p>
      ) : null}
      <ul className="signals">
        {signals.map((signal, i) => (
          <li key={i} className={`severity-${signal.severity}`}>
            <span className="tag">{signal.severity}</span> <strong>{signal.code}</strong>: {signal.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Article({ doc, cited }: { doc: StoredDocument; cited: Span | null }) {
  const [shown, setShown] = useState<Set<Layer>>(new Set(['mention', 'time', 'quote', 'event']));
  useEffect(() => {
    const mark = document.getElementById('cited');
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [doc.id, cited?.start, cited?.end]);
  const toggle = (layer: Layer) => {
    const next = new Set(shown);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setShown(next);
  };
  const meta = doc.meta as { byline?: string; canonicalUrl?: string };
  return (
    <div className="article-layout">
      <article aria-labelledby="article-title">
        <h2 id="article-title">{doc.title?.text ?? doc.id}</h2>
        <p className="muted">
          {doc.source?.name ?? 'no source'} · {doc.published?.value ?? 'undated'} · {doc.format}
          {meta.byline ? ` · ${meta.byline}` : ''} · <code>{doc.id}</code>
          {cited ? ` · cited characters ${cited.start}–${cited.end}` : ''}
        </p>
        <fieldset className="layers">
          <legend>Highlight</legend>
          {LAYERS.map(({ layer, label }) => (
            <label key={layer} className={`key-${layer}`}>
              <input type="checkbox" checked={shown.has(layer)} onChange={() => toggle(layer)} /> {label}
            </label>
          ))}
        </fieldset>
        <ArticleText doc={doc} cited={cited} shown={shown} />
      </article>
      <aside tabIndex={0} aria-label="Quality and cleaning">
        <Quality doc={doc} />
        <Boilerplate doc={doc} />
      </aside>
    </div>
  );
}

/** One article: the clean text with its annotations, the cited span marked and scrolled to, its quality. */
export function ArticlePage({ id, query }: { id: string; query: URLSearchParams }) {
  const loaded = useApi(() => getDocument(id), id);
  return (
    <Loading loaded={loaded}>
      {(doc) => <Article doc={doc} cited={citedSpan(query, doc.text.length)} />}
    </Loading>
  );
}
