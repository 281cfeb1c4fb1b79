import { LAYER_NAMES, TRANSIENT_LAYERS } from '../../model/index.js';
import { layerJson } from '../layer-json.js';
import type { DateValue, Document, InputFormat, LayerName, Layers, Location } from '../../model/index.js';
import type { DocumentSummary } from '../store.js';
import type { DocumentRow, LayerRow, LocationRow, NewDocumentRow } from './schema.js';

/** The documents row for a document: plain columns for what is listed or indexed, JSON for the rest. */
export function toDocumentRow(doc: Document): NewDocumentRow {
  return {
    id: doc.id,
    content_hash: doc.contentHash,
    format: doc.format,
    title_text: doc.title?.text ?? null,
    title: JSON.stringify(doc.title),
    text: doc.text,
    text_length: doc.text.length,
    raw: doc.raw,
    offset_map: JSON.stringify(doc.offsetMap),
    meta: JSON.stringify(doc.meta),
    source: JSON.stringify(doc.source),
    published_value: doc.published.value,
    published_precision: doc.published.precision,
    published_basis: doc.published.basis,
    published_detail: publishedDetail(doc.published),
    signals: JSON.stringify(doc.signals),
    signal_count: doc.signals.length,
  };
}

/**
 * Identifies a location: two locations with the same kind, ref, line and item are the same place. A JSON
 * array, so no separator inside a ref can make two different locations collide.
 */
export function locationKey(location: Location): string {
  return JSON.stringify([location.kind, location.ref, location.line ?? null, location.item ?? null]);
}

/** Location rows for the locations not in `known` (keys), numbered on from `nextPosition`, first seen first. */
export function newLocationRows(
  docId: string,
  locations: readonly Location[],
  known: ReadonlySet<string>,
  nextPosition: number,
): LocationRow[] {
  const seen = new Set(known);
  const rows: LocationRow[] = [];
  for (const location of locations) {
    const key = locationKey(location);
    if (seen.has(key)) continue;
    seen.add(key);
    const { kind, ref, line, item } = location;
    rows.push({
      doc_id: docId,
      position: nextPosition + rows.length,
      location_key: key,
      kind,
      ref,
      line: line ?? null,
      item: item ?? null,
    });
  }
  return rows;
}

/**
 * The layer rows to persist, serialised one at a time as the caller asks for them, so a layer that cannot
 * be serialised fails inside the write transaction (the writer calls it after the document row). Transient
 * layers are skipped. A layer that came from a worker as JSON is written as that text (`layerJson`).
 */
export function* layerRows(doc: Document): Generator<LayerRow> {
  for (const [layer, value] of Object.entries(doc.layers)) {
    if (value === undefined || TRANSIENT_LAYERS.has(layer as LayerName)) continue;
    const producer = doc.producers[layer as LayerName] ?? null;
    yield { doc_id: doc.id, layer, producer, data: layerJson(value) };
  }
}

/** A stored location back in model form, with absent line and item left out rather than null. */
export function toLocation(row: Pick<LocationRow, 'kind' | 'ref' | 'line' | 'item'>): Location {
  const location: Location = { kind: row.kind as Location['kind'], ref: row.ref };
  if (row.line !== null) location.line = row.line;
  if (row.item !== null) location.item = row.item;
  return location;
}

function toPublished(
  row: Pick<DocumentRow, 'published_value' | 'published_precision' | 'published_basis' | 'published_detail'>,
): DateValue {
  return {
    value: row.published_value,
    precision: row.published_precision as DateValue['precision'],
    basis: row.published_basis as DateValue['basis'],
    ...(row.published_detail ? (JSON.parse(row.published_detail) as Partial<DateValue>) : {}),
  };
}

export function publishedDetail(published: DateValue): string | null {
  const { range, evidence, reason } = published;
  if (!range && !evidence && reason === undefined) return null;
  return JSON.stringify({
    ...(range ? { range } : {}),
    ...(evidence ? { evidence } : {}),
    ...(reason !== undefined ? { reason } : {}),
  });
}

const LAYER_ORDER = new Map<string, number>(LAYER_NAMES.map((name, index) => [name, index]));

function byLayerOrder(a: LayerRow, b: LayerRow): number {
  const rank = (row: LayerRow) => LAYER_ORDER.get(row.layer) ?? LAYER_NAMES.length;
  return rank(a) - rank(b) || (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0);
}

/** Rebuilds a document from its rows; layers come back in pipeline order, locations in stored order. */
export function fromRows(
  row: DocumentRow,
  locations: readonly LocationRow[],
  layers: readonly LayerRow[],
): Document {
  const docLayers: Record<string, unknown> = {};
  const producers: Record<string, string> = {};
  for (const layer of [...layers].sort(byLayerOrder)) {
    docLayers[layer.layer] = JSON.parse(layer.data);
    if (layer.producer !== null) producers[layer.layer] = layer.producer;
  }
  return {
    id: row.id,
    contentHash: row.content_hash,
    format: row.format as InputFormat,
    text: row.text,
    raw: row.raw,
    offsetMap: JSON.parse(row.offset_map),
    title: JSON.parse(row.title),
    meta: JSON.parse(row.meta),
    source: JSON.parse(row.source),
    published: toPublished(row),
    locations: [...locations].sort((a, b) => a.position - b.position).map(toLocation),
    signals: JSON.parse(row.signals),
    layers: docLayers as Layers,
    producers: producers as Document['producers'],
  };
}

/** The columns a summary needs: everything but the large text, raw text and JSON payloads. */
export type SummaryRow = Pick<
  DocumentRow,
  'id' | 'title_text' | 'source' | 'format' | 'signal_count' | 'text_length'
> &
  Pick<DocumentRow, 'published_value' | 'published_precision' | 'published_basis' | 'published_detail'> & {
    kind: string | null;
    ref: string | null;
    line: number | null;
    item: number | null;
  };

/** A listing row in model form; the first location comes from a left join, so its columns may be null. */
export function toSummary(row: SummaryRow): DocumentSummary {
  const source = JSON.parse(row.source) as Document['source'];
  return {
    id: row.id,
    title: row.title_text,
    sourceName: source.name ?? null,
    published: toPublished(row),
    format: row.format as InputFormat,
    firstLocation:
      row.kind === null || row.ref === null ? null : toLocation({ ...row, kind: row.kind, ref: row.ref }),
    signalCount: row.signal_count,
    textLength: row.text_length,
  };
}
