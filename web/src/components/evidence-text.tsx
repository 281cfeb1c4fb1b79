import { getDocument } from '../api';
import type { Span } from '../api-types';
import { useApi } from '../use-api';
import { CiteChip } from './common';

/** The cited sentence itself, read from its stored document, with its chip to the article. */
export function EvidenceText({ doc, span }: { doc: string; span: Span }) {
  const loaded = useApi(
    async () => (await getDocument(doc)).text.slice(span.start, span.end),
    `${doc}:${span.start}:${span.end}`,
  );
  return (
    <span className="evidence">
      <q>{loaded.state === 'ok' ? loaded.data : loaded.state === 'error' ? `(${loaded.message})` : '…'}</q>{' '}
      <CiteChip cite={{ doc, span }} />
    </span>
  );
}
