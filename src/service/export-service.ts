import type { DateValue, Document, QualitySignal, Span } from '../model/index.js';
import type { Store } from '../store/store.js';

/** The export format version. Bump it on any change that breaks a reader of docs/export-schema.md. */
export const EXPORT_SCHEMA = 'parley.export/1';

/** One document as the export contract shows it. */
export interface ExportedDocument {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  titleSpan: Span | null;
  published: DateValue;
  text: string;
  locations: Array<{ kind: string; ref: string; line?: number; item?: number }>;
  quality: { score: number | null; signals: ExportedSignal[] };
  duplicateOf?: string;
}

/** A quality signal in the export: the contract's `code`, `span?`, `detail`, plus where it was raw. */
export interface ExportedSignal {
  code: string;
  severity: QualitySignal['severity'];
  span?: Span;
  rawSpan?: Span;
  detail: string;
  text?: string;
}

/** The `parley.export/1` object. Layers later issues fill are present and empty until then. */
export interface ExportRecord {
  schema: typeof EXPORT_SCHEMA;
  generatedAt: string;
  documents: ExportedDocument[];
  entities: unknown[];
  events: unknown[];
  quotes: unknown[];
  stances: unknown[];
  contradictions: unknown[];
}

/** Shapes one stored document for export. Pure, so the golden tests and the CLI agree byte for byte. */
export function exportDocument(doc: Document): ExportedDocument {
  const first = doc.locations[0];
  return {
    id: doc.id,
    source: doc.source.name ?? null,
    url: doc.meta.canonicalUrl ?? doc.meta.url ?? (first?.kind === 'url' ? first.ref : null),
    title: doc.title?.text ?? null,
    titleSpan: doc.title?.span ?? null,
    published: doc.published,
    text: doc.text,
    locations: doc.locations.map((l) => ({ ...l })),
    quality: { score: null, signals: doc.signals.map(exportSignal) },
  };
}

function exportSignal(signal: QualitySignal): ExportedSignal {
  return {
    code: signal.code,
    severity: signal.severity,
    ...(signal.span ? { span: signal.span } : {}),
    ...(signal.rawSpan ? { rawSpan: signal.rawSpan } : {}),
    detail: signal.detail,
    ...(signal.text !== undefined ? { text: signal.text } : {}),
  };
}

/**
 * Builds the whole export. `generatedAt` is passed in (the CLI reads the clock, the service does not), so
 * two exports of the same store differ only where the caller wants them to.
 */
export async function buildExport(store: Store, generatedAt: string): Promise<ExportRecord> {
  const documents: ExportedDocument[] = [];
  for await (const doc of store.exportAll()) documents.push(exportDocument(doc));
  return {
    schema: EXPORT_SCHEMA,
    generatedAt,
    documents,
    entities: [],
    events: [],
    quotes: [],
    stances: [],
    contradictions: [],
  };
}

/**
 * Streams the export as JSON Lines: a header line, then one line per record with its `type`. Memory stays
 * flat however large the store is.
 */
export async function* exportLines(store: Store, generatedAt: string): AsyncGenerator<string> {
  yield JSON.stringify({ type: 'header', schema: EXPORT_SCHEMA, generatedAt });
  for await (const doc of store.exportAll())
    yield JSON.stringify({ type: 'document', ...exportDocument(doc) });
}
