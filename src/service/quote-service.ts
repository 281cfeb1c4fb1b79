import { groupStatements } from '../corpus/quote-lineage.js';
import type { Statement } from '../corpus/quote-lineage.js';
import type { QuoteMention, Span, StoryPack } from '../model/index.js';
import { findCueMatches } from '../packs/cue-matcher.js';
import type { Store } from '../store/store.js';
import { applyQuoteDecisions } from '../decisions/apply-quotes.js';
import { loadDecisions } from '../decisions/decision-set.js';
import type { DecisionMarks } from '../decisions/fact-decisions.js';

/** One quote as the export and `parley quotes` show it: citations, the speaker's actor, and its issues. */
export interface ExportedQuote {
  /** `<doc id>:<start>`: unique, and stable for the same article. */
  id: string;
  doc: string;
  span: Span;
  text: string;
  kind: QuoteMention['kind'];
  /** The speaker's actor id; `{description}` for an unnamed speaker; null when none was found. */
  speaker: string | { description: string } | null;
  /** The speaker's name (the actor's), for reading. */
  speakerName: string | null;
  speakerSpan: Span | null;
  cue?: { span: Span; text: string };
  addressee?: string | { description: string };
  date: string | null;
  dateBasis: QuoteMention['dateBasis'];
  /** Story-pack issues whose cue phrases the quote's words match; empty without a pack. */
  issues: string[];
  /** The statement this quote reports, when other articles report it too. */
  statement?: string;
  /** The earlier article this quote's article copies (syndicated or rewritten): the quote counts once, there. */
  copyOf?: string;
  unclosed?: boolean;
}

export interface QuoteReport {
  quotes: Array<ExportedQuote & DecisionMarks>;
  /** Quotes an analyst rejected: out of every report, listed for the export (marked `rejected`). */
  rejected: Array<ExportedQuote & DecisionMarks>;
  statements: Statement[];
}

export interface QuoteFilter {
  /** Keep quotes whose speaker's name or description contains this, case-insensitively. */
  speaker?: string;
  /** Keep quotes on this story-pack issue. */
  issue?: string;
  /** Keep quotes stated on or after / on or before this day (`YYYY-MM-DD`); undated quotes drop out. */
  from?: string;
  to?: string;
}

/**
 * Every quote of the stored articles with its speaker resolved to an actor across articles, the story
 * pack's issues it touches, and the statements several articles report (with each report verbatim,
 * trimmed or paraphrased). Read-only; in ingest order, then by position.
 */
export async function buildQuoteReport(
  store: Store,
  pack: StoryPack | null = null,
  filter: QuoteFilter = {},
): Promise<QuoteReport> {
  const decided = await loadDecisions(store);
  const actors = decided.actors.records;
  const actorOf = new Map((await store.listActorLinks()).map((l) => [`${l.docId}|${l.entityId}`, l.actorId]));
  const quotes: ExportedQuote[] = [];
  const copies = new Map((await store.listDuplicates()).map((link) => [link.doc, link.of]));
  for await (const doc of store.exportAll({ layers: ['entities', 'quotes'] })) {
    const copyOf = copies.get(doc.id);
    const entities = new Map((doc.layers.entities ?? []).map((entity) => [entity.id, entity]));
    const names = new Map([...entities.values()].map((entity) => [entity.id, entity.name]));
    const linked = (id: string): string | undefined =>
      decided.actors.actorOf(doc.id, entities.get(id) ?? { name: '' }, actorOf.get(`${doc.id}|${id}`));
    for (const quote of doc.layers.quotes ?? []) {
      const text = doc.text.slice(quote.span.start, quote.span.end);
      const actorId = quote.speaker?.entity ? (linked(quote.speaker.entity) ?? null) : null;
      const speaker = actorId
        ? actorId
        : quote.speaker?.description
          ? { description: quote.speaker.description }
          : null;
      const addresseeActor = quote.addressee?.entity ? (linked(quote.addressee.entity) ?? null) : null;
      quotes.push({
        id: `${doc.id}:${quote.span.start}`,
        doc: doc.id,
        span: quote.span,
        text,
        kind: quote.kind,
        speaker,
        speakerName:
          (actorId ? actors.get(actorId)?.name : undefined) ??
          (quote.speaker?.entity ? (names.get(quote.speaker.entity) ?? null) : null),
        speakerSpan: quote.speaker?.span ?? null,
        ...(quote.cue
          ? { cue: { span: quote.cue, text: doc.text.slice(quote.cue.start, quote.cue.end) } }
          : {}),
        ...(quote.addressee
          ? {
              addressee: addresseeActor ?? {
                description: doc.text.slice(quote.addressee.span.start, quote.addressee.span.end),
              },
            }
          : {}),
        date: quote.date,
        dateBasis: quote.dateBasis,
        issues: issuesOf(text, pack),
        ...(quote.unclosed ? { unclosed: true } : {}),
        ...(copyOf ? { copyOf } : {}),
      });
    }
  }
  const { kept: decidedQuotes, rejected } = applyQuoteDecisions(quotes, decided);
  const statements = groupStatements(
    decidedQuotes.map((q) => ({
      id: q.id,
      doc: q.doc,
      speaker: typeof q.speaker === 'string' ? q.speaker : null,
      text: q.text,
    })),
  );
  const statementOf = new Map(statements.flatMap((s) => s.reports.map((r) => [r.quote, s.id] as const)));
  for (const quote of decidedQuotes) {
    const statement = statementOf.get(quote.id);
    if (statement) quote.statement = statement;
  }
  return { quotes: decidedQuotes.filter((quote) => quoteMatches(quote, filter)), statements, rejected };
}

function issuesOf(text: string, pack: StoryPack | null): string[] {
  if (!pack) return [];
  const whole = [{ start: 0, end: text.length }];
  return pack.issues
    .filter((issue) => findCueMatches(text, whole, issue.cues).length > 0)
    .map((issue) => issue.id);
}

/** True when `quote` passes every filter given. */
export function quoteMatches(quote: ExportedQuote, filter: QuoteFilter): boolean {
  if (filter.issue && !quote.issues.includes(filter.issue)) return false;
  if (filter.from && (quote.date === null || quote.date.slice(0, 10) < filter.from)) return false;
  if (filter.to && (quote.date === null || quote.date.slice(0, 10) > filter.to)) return false;
  if (filter.speaker) {
    const wanted = filter.speaker.toLowerCase();
    const said =
      quote.speakerName ??
      (quote.speaker && typeof quote.speaker === 'object' ? quote.speaker.description : '');
    if (!said.toLowerCase().includes(wanted)) return false;
  }
  return true;
}
