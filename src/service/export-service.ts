import type {
  AnchoredTime,
  DateValue,
  DuplicateLink,
  Document,
  QualitySignal,
  Span,
  StoryPack,
  TimeExpression,
} from '../model/index.js';
import type { Decision, Store } from '../store/store.js';
import type { DecisionMarks } from '../decisions/fact-decisions.js';
import type { ActorReport, Contradiction } from './corpus-service.js';
import { buildQuoteReport } from './quote-service.js';
import { scoreQuality } from '../extract/quality/score.js';
import type { ExportedQuote } from './quote-service.js';
import type { Statement } from '../corpus/quote-lineage.js';
import type { CorpusEvent } from '../corpus/corpus-events.js';
import type { CorpusStance } from '../corpus/stance-history.js';
import { buildCorpusFindings } from './corpus-findings.js';
import { buildStanceOverview } from './stance-service.js';
import { buildEventReport } from './event-service.js';
import { anyRetired, auditDuplicates, loadVersionMarks, retiredView } from './version-service.js';
import type { VersionMarks } from './version-service.js';

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
  /**
   * `score` from 0 to 1 (src/extract/quality/README.md gives the formula) with `costs`, what each signal
   * code took off; `signals` are cleaning's removals, the quality layer's findings and the corpus's.
   */
  quality: {
    score: number | null;
    costs: Array<{ code: string; cost: number; detail: string }>;
    signals: ExportedSignal[];
  };
  /** Every time expression with its TIMEX3 value and its span in `text`. */
  times: ExportedTime[];
  /** Dates counted from an event ("two days before the summit"), with the event named and, when known, dated. */
  anchoredTimes: Array<AnchoredTime & { text: string }>;
  duplicateOf?: string;
  /** Versions (issue #10): `version` of its URL, what it `supersedes` or is `supersededBy`; `retired`, `retracted`. */
  version?: number;
  supersedes?: string;
  supersededBy?: string;
  retired?: true;
  retracted?: true;
  retractedBy?: string;
}

/**
 * A fact of a retired document (superseded or retracted, issue #10): out of every report, kept in the
 * export for the audit trail, marked `retired` (and `retracted` when its article was).
 */
export interface RetiredMarks {
  retired?: true;
  retracted?: true;
}

/** A time expression in the export. */
export interface ExportedTime {
  span: Span;
  text: string;
  type: TimeExpression['type'];
  value: string | null;
  stated: string[];
  matcher: string;
}

/** An actor in the export: the contract's entity, with aliases counted and roles with their evidence. */
export interface ExportedEntity {
  id: string;
  kind: string;
  name: string;
  /** `text` when the name was read in the articles, `pack` when the story pack supplied it. */
  basis: 'text' | 'pack';
  aliases: Array<{ text: string; count: number }>;
  roles: Array<{
    title: string;
    of: string | null;
    qualifier: string | null;
    from?: string;
    to?: string;
    firstSeen: string | null;
    lastSeen: string | null;
    basis: 'text' | 'pack';
    evidence: Array<{ doc: string; span: Span }>;
  }>;
  mentions: Array<{ doc: string; span: Span }>;
  /** Ids of the analyst decisions (merges, splits) that shaped this actor; absent when none did. */
  decisions?: string[];
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
  entities: ExportedEntity[];
  events: ExportedEvent[];
  /**
   * Quotes, then the quotes an analyst rejected (marked `rejected`), then those of retired documents
   * (marked `retired`); likewise events and stances.
   */
  quotes: Array<ExportedQuote & DecisionMarks & RetiredMarks>;
  /** Statements several articles report, each report verbatim, trimmed or paraphrased (issue #5). */
  statements: Statement[];
  stances: Array<CorpusStance & DecisionMarks & RetiredMarks>;
  contradictions: Contradiction[];
  /** Every analyst decision, revoked ones included (with `revokedAt`), in the order made (issue #10). */
  decisions: Decision[];
}

/**
 * An event in the export: the contract's fields (participants are actor ids), plus the lifecycle, the
 * participants' names and the reasons its reports were merged.
 */
export type ExportedEvent = Omit<CorpusEvent, 'outcome' | 'place'> & {
  place?: string;
  outcome?: string;
} & DecisionMarks &
  RetiredMarks;

/** Shapes a merged event for export: absent place and outcome are left out, as the contract says. */
export function exportEvent(event: CorpusEvent & DecisionMarks & RetiredMarks): ExportedEvent {
  const { outcome, place, ...rest } = event;
  return { ...rest, ...(place ? { place } : {}), ...(outcome ? { outcome: outcome.text } : {}) };
}

/** Shapes one stored document for export. Pure, so the golden tests and the CLI agree byte for byte. */
export function exportDocument(
  doc: Document,
  corpusSignals: readonly QualitySignal[] = [],
  duplicate?: DuplicateLink,
  versions: VersionMarks = {},
): ExportedDocument {
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
    quality: qualityOf(doc, [...corpusSignals, ...(duplicate ? [duplicateSignal(duplicate)] : [])]),
    times: (doc.layers.times ?? []).map((time) => ({
      span: time.span,
      text: doc.text.slice(time.span.start, time.span.end),
      type: time.type,
      value: time.value,
      stated: time.stated,
      matcher: time.matcher,
    })),
    anchoredTimes: (doc.layers.anchoredTimes ?? []).map((anchored) => ({
      ...anchored,
      text: doc.text.slice(anchored.span.start, anchored.span.end),
    })),
    ...(duplicate ? { duplicateOf: duplicate.of } : {}),
    ...versions,
  };
}

/**
 * The article's quality: the score rests on the quality layer (which already sums up cleaning's removals)
 * and the corpus's signals; the list shows cleaning's removals one by one as well.
 */
export function qualityOf(
  doc: Document,
  corpusSignals: readonly QualitySignal[],
): ExportedDocument['quality'] {
  const scored = [...(doc.layers.quality ?? []), ...corpusSignals];
  const { score, costs } = scoreQuality(scored);
  return {
    score: doc.layers.quality ? score : null,
    costs: costs.map(({ code, cost, detail }) => ({ code, cost, detail })),
    signals: [...doc.signals, ...scored].map(exportSignal),
  };
}

/** The quality signal of an article that copies an earlier one. */
export function duplicateSignal(link: DuplicateLink): QualitySignal {
  const share = `${Math.round(link.similarity * 100)}% of its word sequences`;
  return {
    code: link.kind,
    severity: link.kind === 'syndicated' ? 'info' : 'warning',
    detail:
      link.kind === 'syndicated'
        ? `the same story as ${link.of} from another outlet (${share} shared)`
        : `a copy or light rewrite of the earlier ${link.of} (${share} shared)`,
    by: 'corpus/near-duplicates',
  };
}

/** Shapes the who's who for export. */
export function exportEntities(report: ActorReport): ExportedEntity[] {
  return report.actors.map((actor) => ({
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    basis: actor.packActor ? 'pack' : 'text',
    aliases: actor.aliases,
    roles: actor.roles.map((role) => ({
      title: role.title,
      of: role.of,
      qualifier: role.qualifier,
      ...(role.from ? { from: role.from } : {}),
      ...(role.to ? { to: role.to } : {}),
      firstSeen: role.firstSeen,
      lastSeen: role.lastSeen,
      basis: role.basis,
      evidence: role.sources,
    })),
    mentions: actor.mentions,
    ...(actor.decisions ? { decisions: actor.decisions } : {}),
  }));
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
export async function buildExport(
  store: Store,
  generatedAt: string,
  pack: StoryPack | null = null,
): Promise<ExportRecord> {
  const findings = await buildCorpusFindings(store, pack);
  const quotes = await buildQuoteReport(store, pack);
  const stances = await buildStanceOverview(store);
  const versions = await loadVersionMarks(store);
  const duplicates = await auditDuplicates(store, versions);
  const retired = await buildRetiredFacts(store, pack, versions);
  const documents: ExportedDocument[] = [];
  for await (const doc of store.exportAll({ retired: 'include' })) {
    documents.push(
      exportDocument(doc, findings.signals.get(doc.id), duplicates.get(doc.id), versions.get(doc.id)),
    );
  }
  return {
    schema: EXPORT_SCHEMA,
    generatedAt,
    documents,
    entities: exportEntities(findings.actors),
    events: [...findings.events.events, ...findings.events.rejected, ...retired.events].map(exportEvent),
    quotes: [...quotes.quotes, ...quotes.rejected, ...retired.quotes],
    statements: quotes.statements,
    stances: [...stances.stances, ...stances.rejected, ...retired.stances],
    contradictions: findings.contradictions,
    decisions: await store.listDecisions({ includeRevoked: true }),
  };
}

/**
 * Streams the export as JSON Lines: a header line, then one line per record with its `type`. Memory stays
 * flat however large the store is.
 */
export async function* exportLines(
  store: Store,
  generatedAt: string,
  pack: StoryPack | null = null,
): AsyncGenerator<string> {
  yield JSON.stringify({ type: 'header', schema: EXPORT_SCHEMA, generatedAt });
  const findings = await buildCorpusFindings(store, pack);
  const versions = await loadVersionMarks(store);
  const duplicates = await auditDuplicates(store, versions);
  for await (const doc of store.exportAll({ retired: 'include' })) {
    const exported = exportDocument(
      doc,
      findings.signals.get(doc.id),
      duplicates.get(doc.id),
      versions.get(doc.id),
    );
    yield JSON.stringify({ type: 'document', ...exported });
  }
  for (const entity of exportEntities(findings.actors)) yield JSON.stringify({ type: 'entity', ...entity });
  const quotes = await buildQuoteReport(store, pack);
  const retired = await buildRetiredFacts(store, pack, versions);
  for (const quote of [...quotes.quotes, ...quotes.rejected, ...retired.quotes])
    yield JSON.stringify({ type: 'quote', ...quote });
  for (const statement of quotes.statements) yield JSON.stringify({ type: 'statement', ...statement });
  for (const event of [...findings.events.events, ...findings.events.rejected, ...retired.events])
    yield JSON.stringify({ type: 'event', ...exportEvent(event) });
  const stances = await buildStanceOverview(store);
  for (const stance of [...stances.stances, ...stances.rejected, ...retired.stances])
    yield JSON.stringify({ type: 'stance', ...stance });
  for (const contradiction of findings.contradictions) {
    yield JSON.stringify({ type: 'contradiction', ...contradiction });
  }
  for (const decision of await store.listDecisions({ includeRevoked: true })) {
    yield JSON.stringify({ type: 'decision', ...decision });
  }
}

/** The facts of retired documents, marked, for the audit trail of the export. */
interface RetiredFacts {
  quotes: Array<ExportedQuote & DecisionMarks & RetiredMarks>;
  events: Array<CorpusEvent & DecisionMarks & RetiredMarks>;
  stances: Array<CorpusStance & DecisionMarks & RetiredMarks>;
}

/**
 * The same report builders run on the store's retired documents only (`retiredView`), their facts marked
 * `retired`, and `retracted` when every article they cite was retracted. Nothing is built when no document
 * is retired.
 */
async function buildRetiredFacts(
  store: Store,
  pack: StoryPack | null,
  versions: ReadonlyMap<string, VersionMarks>,
): Promise<RetiredFacts> {
  if (!anyRetired(versions)) return { quotes: [], events: [], stances: [] };
  const view = retiredView(store);
  const mark = <T>(fact: T, docs: readonly string[]): T & RetiredMarks => ({
    ...fact,
    retired: true,
    ...(docs.length > 0 && docs.every((doc) => versions.get(doc)?.retracted) ? { retracted: true } : {}),
  });
  const quotes = await buildQuoteReport(view, pack);
  const events = await buildEventReport(view);
  const stances = await buildStanceOverview(view);
  return {
    quotes: [...quotes.quotes, ...quotes.rejected].map((q) => mark(q, [q.doc])),
    events: [...events.events, ...events.rejected].map((e) =>
      mark(
        e,
        e.mentions.map((m) => m.doc),
      ),
    ),
    stances: [...stances.stances, ...stances.rejected].map((s) =>
      mark(
        s,
        s.evidence.map((e) => e.doc),
      ),
    ),
  };
}
