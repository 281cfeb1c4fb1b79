import type { DateValue, Document, DocumentMeta, QualitySignal, Source } from '../../model/index.js';
import { entityExtractor } from '../entities/index.js';
import { segmentExtractor } from '../segment/index.js';
import { qualityExtractor } from './quality-extractor.js';

/** What a test may set around the text: cleaning's signals, the date, metadata, outlet, offset map. */
export interface QualityFixture {
  signals?: QualitySignal[];
  published?: DateValue;
  meta?: DocumentMeta;
  source?: Source;
  offsetMap?: Document['offsetMap'];
  options?: Record<string, unknown>;
}

/** A signal with the text its span covers, so tests assert both at once. */
export type SignalWithText = QualitySignal & { spanText: string | null };

const DATED: DateValue = { value: '2025-03-01', precision: 'day', basis: 'metadata' };

/**
 * Runs the real segment and entity extractors, then the quality extractor, on `text`: for tests and
 * scripts. By default the document is dated and has a byline, so only what the text holds can fire.
 */
export function qualityOf(text: string, fixture: QualityFixture = {}): SignalWithText[] {
  const doc = {
    text,
    raw: text,
    layers: {},
    producers: {},
    signals: fixture.signals ?? [],
    published: fixture.published ?? DATED,
    meta: fixture.meta ?? { byline: 'A. Writer' },
    source: fixture.source ?? { name: 'The Test Gazette' },
    offsetMap: fixture.offsetMap ?? [[0, 0, text.length]],
  } as unknown as Document;
  const ctx = { referenceDate: '2025-03-01', options: { quality: fixture.options ?? {} } };
  const segments = segmentExtractor.extract(doc, ctx);
  const entities = entityExtractor.extract({ ...doc, layers: segments }, ctx);
  const layers = { ...segments, ...entities };
  const quality = qualityExtractor.extract({ ...doc, layers }, ctx).quality ?? [];
  return quality.map((s) => ({ ...s, spanText: s.span ? text.slice(s.span.start, s.span.end) : null }));
}

/** A clean article written for these tests: edited news prose, dated, with a byline. */
export const CLEAN_ARTICLE = [
  'Coastal Nations Resume Fishing Talks in Lisbon',
  'Negotiators from Portugal, Morocco and Norway met in Lisbon on Tuesday to restart talks on shared fishing quotas, officials said, after a pause of almost a year.',
  'The delegations spent six hours discussing how to divide catches of sardine and mackerel along the Atlantic coast, where stocks have fallen sharply since 2019.',
  'Portuguese Foreign Minister Ana Ribeiro told reporters the first session had been "frank but useful" and that both sides wanted a deal before the summer season opens.',
  'Moroccan officials were more cautious. One diplomat, who asked not to be named, said Rabat would not accept limits that hurt small harbour communities in the south.',
  'Norway, which buys much of the frozen catch, has offered to fund a joint scientific survey. Its envoy, Lars Haugen, said reliable data would make any agreement easier to defend at home.',
  'Environmental groups welcomed the meeting but warned that quotas set too high could empty the grounds within a decade. They urged negotiators to publish the survey results in full.',
  'A second round is planned for April in Rabat. Both governments said they expected technical teams to keep working by video link in the meantime.',
  'Analysts noted that the last agreement collapsed over enforcement rather than numbers, and said patrol arrangements would again decide whether the talks succeed.',
].join('\n');
