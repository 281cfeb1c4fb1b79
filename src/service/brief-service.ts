import { appendTo } from '../model/index.js';
import type { CorpusEvent } from '../corpus/corpus-events.js';
import type { Span, StoryPack } from '../model/index.js';
import type { DecisionMarks } from '../decisions/fact-decisions.js';
import type { Store } from '../store/store.js';
import { buildCorpusFindings } from './corpus-findings.js';
import { buildSourcesReport } from './sources-service.js';
import { buildStanceOverview } from './stance-service.js';

/** A citation: the document, the characters, and the words they cover. */
export interface Citation {
  doc: string;
  span: Span;
  text: string;
}

/**
 * One cell of the brief: its words, and the citations they rest on. Never without a citation. A cell shows
 * at most `MAX_CITES` citations (the first reports); `more` counts the ones left out.
 */
export interface BriefCell {
  text: string;
  cites: Citation[];
  more?: number;
}

/** The most citations one cell shows: enough to check it, few enough for a brief over 10,000 articles. */
export const MAX_CITES = 5;

/** One key point: a label, what the record says, and the other side when sources disagree. */
export interface KeyPoint {
  point: string;
  says: BriefCell;
  disputed: boolean;
  otherSide: BriefCell[];
}

/** The brief (issue #8): everything in it is taken from the record and cited. */
export interface Brief {
  keyPoints: KeyPoint[];
  /** `decisions` and `confirmed` mark a row an analyst corrected or confirmed (src/decisions). */
  timeline: Array<
    { date: string | null; kind: string; label: string; status: string; lifecycle: BriefCell } & DecisionMarks
  >;
  who: Array<{ name: BriefCell; role: BriefCell | null; articles: number }>;
  positions: Array<
    {
      actor: string;
      issue: string;
      position: string;
      date: string | null;
      moved: boolean;
      evidence: BriefCell;
    } & DecisionMarks
  >;
  openQuestions: BriefCell[];
  sources: {
    /** How many articles were used and left out in all; the lists below show at most `limit × 5` each. */
    usedCount: number;
    leftOutCount: number;
    used: Array<{ doc: string; title: string | null; source: string; score: number | null }>;
    leftOut: Array<{ doc: string; title: string | null; source: string; score: number | null; why: string }>;
  };
}

export interface BriefOptions {
  pack?: StoryPack | null;
  /** Leave out articles whose quality score is below this (0–1); their facts go unless another article gives them. */
  minQuality?: number;
  /** How many rows of the timeline and the who's who to keep. */
  limit?: number;
}

/**
 * Builds the brief from the stored record: key points (the latest held event, the next planned ones, each
 * issue's positions, every point sources dispute), the timeline, who's who, the positions matrix, open
 * questions and the sources used or left out. A fact whose every citation is in a left-out article is
 * dropped; one that keeps a citation stays with only the kept ones. Read-only.
 */
export async function buildBrief(store: Store, options: BriefOptions = {}): Promise<Brief> {
  const findings = await buildCorpusFindings(store, options.pack ?? null);
  const sources = await buildSourcesReport(store, options.pack ?? null, findings);
  const articles = sources.flatMap((s) => s.articles.map((a) => ({ ...a, source: s.name })));
  const threshold = options.minQuality ?? 0;
  // Retired articles (superseded by a new version, or retracted) are left out whatever their score.
  const leftOut = articles.filter((a) => a.retired || (a.score !== null && a.score < threshold));
  const keep = new Set(articles.filter((a) => !leftOut.includes(a)).map((a) => a.id));
  // Citations get their words once the brief is built, from the articles they cite only.
  const cited: Citation[] = [];
  const cell = (text: string, evidence: ReadonlyArray<{ doc: string; span: Span }>): BriefCell | null => {
    const kept = evidence.filter((e) => keep.has(e.doc));
    if (kept.length === 0) return null;
    const cites = kept.slice(0, MAX_CITES).map((e) => ({ doc: e.doc, span: e.span, text: '' }));
    cited.push(...cites);
    return kept.length > MAX_CITES ? { text, cites, more: kept.length - MAX_CITES } : { text, cites };
  };
  const limit = options.limit ?? 20;
  const events = findings.events.events;
  const stances = await buildStanceOverview(store);
  const { contradictions } = findings;
  const who = findings.actors.actors;
  const timeline = events.flatMap((event) => {
    const lifecycle = cell(
      lifecycleText(event),
      event.mentions.filter((m) => !m.copyOf),
    );
    const { decisions, confirmed } = event;
    const marks = { ...(decisions ? { decisions } : {}), ...(confirmed ? { confirmed } : {}) };
    return lifecycle
      ? [
          {
            date: event.date.value,
            kind: event.kind,
            label: event.label,
            status: event.status,
            lifecycle,
            ...marks,
          },
        ]
      : [];
  });
  const positions = stances.cells.flatMap((c) => {
    const { decisions, confirmed } = c.latest;
    const evidence = cell(`${c.actorName}: ${c.latest.position} (${c.issue})`, c.latest.evidence);
    return evidence
      ? [
          {
            actor: c.actorName,
            issue: c.issue,
            position: c.latest.position,
            date: c.latest.date,
            moved: c.shifted,
            evidence,
            ...(decisions ? { decisions } : {}),
            ...(confirmed ? { confirmed } : {}),
          },
        ]
      : [];
  });
  const disputed = contradictions.flatMap((c) => {
    const sides = c.claims.flatMap((claim) => cell(claim.value, claim.evidence) ?? []);
    return sides.length >= 2
      ? [{ point: `Disputed: ${c.about}`, says: sides[0]!, disputed: true, otherSide: sides.slice(1) }]
      : [];
  });
  const brief: Brief = {
    keyPoints: [...stateOfTalks(events, cell), ...issuePoints(positions), ...disputed],
    timeline: timeline.slice(0, limit * 3),
    who: who.slice(0, limit).flatMap((actor) => {
      const role = actor.roles.find((r) => r.basis === 'text' && !r.relation);
      const roleCell = role
        ? cell(
            `${role.qualifier ? `${role.qualifier} ` : ''}${role.title}${role.of ? ` of ${role.of}` : ''}`,
            role.sources,
          )
        : null;
      const name = cell(actor.name, actor.mentions);
      return name ? [{ name, role: roleCell, articles: actor.articles }] : [];
    }),
    positions,
    openQuestions: openQuestions(events, positions, cell).slice(0, limit * 2),
    sources: {
      usedCount: keep.size,
      leftOutCount: leftOut.length,
      used: articles
        .filter((a) => keep.has(a.id))
        .slice(0, limit * 5)
        .map((a) => ({ doc: a.id, title: a.title, source: a.source, score: a.score })),
      leftOut: leftOut.slice(0, limit * 5).map((a) => ({
        doc: a.id,
        title: a.title,
        source: a.source,
        score: a.score,
        why: whyLeftOut(a, threshold),
      })),
    },
  };
  await fillCitedWords(store, cited);
  return brief;
}

/** Why the brief leaves an article out: retracted, superseded, or below the quality bar. */
function whyLeftOut(
  article: { score: number | null; retracted?: true; supersededBy?: string },
  threshold: number,
): string {
  if (article.retracted) return 'retracted';
  if (article.supersededBy) return `superseded by a later version (${article.supersededBy})`;
  return `quality ${article.score?.toFixed(2)} is below ${threshold}`;
}

/** Sets each citation's words from its article, reading each cited article once. */
async function fillCitedWords(store: Store, cites: readonly Citation[]): Promise<void> {
  const byDoc = new Map<string, Citation[]>();
  for (const cite of cites) appendTo(byDoc, cite.doc, cite);
  for (const [id, here] of byDoc) {
    const text = (await store.getDocument(id))?.text ?? '';
    for (const cite of here) cite.text = text.slice(cite.span.start, cite.span.end);
  }
}

type CellOf = (text: string, evidence: ReadonlyArray<{ doc: string; span: Span }>) => BriefCell | null;

function lifecycleText(event: CorpusEvent): string {
  return (
    event.lifecycle
      .map((step) => `${step.status}${step.published ? ` (${step.published})` : ''}`)
      .join(' → ') || event.status
  );
}

/** The latest held event and the planned ones, each citing its reports. */
function stateOfTalks(events: CorpusEvent[], cell: CellOf): KeyPoint[] {
  const held = events.filter((e) => e.status === 'held' && e.date.value).at(-1);
  const planned = events.filter((e) => e.status === 'planned' || e.status === 'announced').slice(-3);
  const points: KeyPoint[] = [];
  const latest = held ? cell(`${held.label} (${held.date.value})`, held.mentions) : null;
  if (latest) points.push({ point: 'Latest talks held', says: latest, disputed: false, otherSide: [] });
  for (const event of planned) {
    const next = cell(`${event.label}${event.date.value ? ` (${event.date.value})` : ''}`, event.mentions);
    if (next) points.push({ point: 'Next scheduled', says: next, disputed: false, otherSide: [] });
  }
  return points;
}

/** One point per issue: who supports it and who opposes it, each position cited. */
function issuePoints(positions: Brief['positions']): KeyPoint[] {
  const issues = [...new Set(positions.map((p) => p.issue))];
  return issues.map((issue) => {
    const here = positions.filter((p) => p.issue === issue);
    const text = here.map((p) => `${p.actor} ${p.position}`).join('; ');
    return {
      point: `Issue: ${issue}`,
      says: { text, cites: here.flatMap((p) => p.evidence.cites) },
      disputed: false,
      otherSide: [],
    };
  });
}

/** Planned events no report calls held, and issues on which actors take opposite positions. */
function openQuestions(events: CorpusEvent[], positions: Brief['positions'], cell: CellOf): BriefCell[] {
  const pending = events
    .filter((e) => e.status === 'planned' || e.status === 'announced')
    .flatMap(
      (e) => cell(`Will ${e.label} take place? Reported ${e.status}, not yet held.`, e.mentions) ?? [],
    );
  const split = [...new Set(positions.map((p) => p.issue))].flatMap((issue) => {
    const here = positions.filter((p) => p.issue === issue);
    const sides = new Set(here.map((p) => p.position));
    if (!(sides.has('support') && sides.has('oppose'))) return [];
    return [
      {
        text: `${issue}: ${here.map((p) => `${p.actor} ${p.position}`).join(', ')}`,
        cites: here.flatMap((p) => p.evidence.cites),
      },
    ];
  });
  return [...pending, ...split];
}
