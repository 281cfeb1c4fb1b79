import { appendTo } from '../model/index.js';
import type { Span, StancePosition } from '../model/index.js';

/** One stance as an article states it, with its actor resolved across articles. */
export interface StanceReport {
  actor: string;
  actorName: string;
  /** The country an official speaks for, resolved across articles, when known. */
  country: string | null;
  issue: string;
  position: StancePosition;
  /** Date of the statement (`YYYY-MM-DD`), else null. */
  date: string | null;
  doc: string;
  span: Span;
  confidence: number;
  basis: 'text' | 'pack' | 'clustered';
}

/** A run of the same position by the same actor on the same issue, as the export contract shows it. */
export interface CorpusStance {
  id: string;
  actor: string;
  actorName: string;
  country: string | null;
  issue: string;
  position: StancePosition;
  /** First and last dated report of the run. */
  from: string | null;
  date: string | null;
  confidence: number;
  evidence: Array<{ doc: string; span: Span; date: string | null }>;
}

/** One cell of the actor × issue matrix: the latest position, and the runs before it. */
export interface StanceCell {
  actor: string;
  actorName: string;
  issue: string;
  latest: CorpusStance;
  /** Every run, oldest first; more than one run means the position moved. */
  history: CorpusStance[];
  shifted: boolean;
}

/**
 * Groups stance reports into the matrix: per actor and issue, reports in date order (undated last, then as
 * given), consecutive reports of the same position folded into one run. Pure and deterministic.
 */
export function stanceMatrix(reports: readonly StanceReport[]): StanceCell[] {
  const cells = new Map<string, StanceReport[]>();
  for (const report of reports) {
    const key = `${report.actor}\u0000${report.issue}`;
    appendTo(cells, key, report);
  }
  const out: StanceCell[] = [];
  for (const group of cells.values()) {
    const ordered = group
      .map((report, order) => ({ report, order }))
      .sort((a, b) => compareDates(a.report.date, b.report.date) || a.order - b.order)
      .map((item) => item.report);
    const history = runsOf(ordered);
    const latest = history.at(-1)!;
    out.push({
      actor: latest.actor,
      actorName: latest.actorName,
      issue: latest.issue,
      latest,
      history,
      shifted: history.length > 1,
    });
  }
  return out.sort((a, b) =>
    a.actorName < b.actorName ? -1 : a.actorName > b.actorName ? 1 : a.issue < b.issue ? -1 : 1,
  );
}

function runsOf(ordered: StanceReport[]): CorpusStance[] {
  const runs: CorpusStance[] = [];
  for (const report of ordered) {
    const last = runs.at(-1);
    const evidence = { doc: report.doc, span: report.span, date: report.date };
    if (last && last.position === report.position) {
      last.evidence.push(evidence);
      last.date = report.date ?? last.date;
      last.confidence = Math.max(last.confidence, report.confidence);
      last.country = last.country ?? report.country;
      continue;
    }
    runs.push({
      id: `st-${report.actor}-${report.issue}-${runs.length + 1}`,
      actor: report.actor,
      actorName: report.actorName,
      country: report.country,
      issue: report.issue,
      position: report.position,
      from: report.date,
      date: report.date,
      confidence: report.confidence,
      evidence: [evidence],
    });
  }
  return runs;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
