import type { CorpusStance, StanceCell, StanceReport } from '../corpus/stance-history.js';
import type { DecisionSet } from './decision-set.js';
import { marksOf } from './fact-decisions.js';
import type { DecisionMarks } from './fact-decisions.js';

/** A run of positions with the analyst's decisions on its reports marked. */
export type DecidedStance = CorpusStance & DecisionMarks;

/**
 * Applies set-stance and reject to stance reports (keyed `<doc>:<span start>`), before they are folded into
 * runs: a corrected position moves the report into the right run; rejected reports come back apart. Pure.
 */
export function applyStanceDecisions(
  reports: readonly StanceReport[],
  decided: DecisionSet,
): { kept: StanceReport[]; rejected: StanceReport[] } {
  const kept: StanceReport[] = [];
  const rejected: StanceReport[] = [];
  for (const report of reports) {
    const fact = decided.stances.get(`${report.doc}:${report.span.start}`);
    const corrected = fact?.position ? { ...report, position: fact.position } : report;
    (fact?.rejected ? rejected : kept).push(corrected);
  }
  return { kept, rejected };
}

/** Marks each run with the decisions on its reports (confirmed when any report is). Pure. */
export function markStances(stances: readonly CorpusStance[], decided: DecisionSet): DecidedStance[] {
  return stances.map((stance) => {
    const marks = marksOf(stance.evidence.map((e) => decided.stances.get(`${e.doc}:${e.span.start}`)));
    return marks.decisions ? { ...stance, ...marks } : stance;
  });
}

/** A matrix cell with its runs (and its latest run) marked. Pure. */
export function markCell<C extends StanceCell>(
  cell: C,
  decided: DecisionSet,
): C & { latest: DecidedStance; history: DecidedStance[] } {
  const history = markStances(cell.history, decided);
  return { ...cell, history, latest: history.at(-1) ?? cell.latest };
}
