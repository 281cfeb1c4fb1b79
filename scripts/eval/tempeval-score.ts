// TempEval-3 time-expression scoring: pure functions, no I/O. Offsets are half-open [start, end).

/** A time expression to score: a span into one document's text, its TIMEX3 type and value. */
export interface Timex {
  start: number;
  end: number;
  type: string;
  /** TIMEX3 value such as `1998-01-08` or `P3Y`; null when none was given. */
  value: string | null;
  /** The covered text, when known; used only to print errors. */
  text?: string;
}

/** Match tallies for one or more documents; add them up to micro-average. */
export interface Counts {
  gold: number;
  predicted: number;
  /** Gold timexes with a prediction of exactly the same span (one to one). */
  strict: number;
  /** Gold timexes matched one to one with an overlapping prediction. */
  relaxed: number;
  /** Relaxed matches whose predicted value equals the gold value exactly. */
  value: number;
  /** Relaxed matches whose predicted type equals the gold type. */
  type: number;
}

/** The TempEval-3 figures, each a fraction in [0, 1] (0 when undefined, e.g. no predictions). */
export interface Summary {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  /** Share of relaxed matches whose value equals the gold value. */
  valueAccuracy: number;
  /** Relaxed F1 × value accuracy. */
  valueF1: number;
  /** Share of relaxed matches whose type equals the gold type. */
  typeAccuracy: number;
}

/** One relaxed match: indexes into the gold and predicted lists. */
export interface TimexPair {
  gold: number;
  predicted: number;
}

/** Counts with every tally zero: the start of a sum. */
export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/** Adds two tallies field by field (micro-averaging over documents). */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

function overlap(a: Timex, b: Timex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Matches gold and predicted timexes one to one. With `exact`, only identical spans match; otherwise any
 * overlap of at least one character does. Greedy: the pair with the largest overlap first, ties broken by
 * gold order, then prediction order, so the result is stable. Pairs come back in gold order.
 */
export function matchTimexes(
  gold: readonly Timex[],
  predicted: readonly Timex[],
  exact = false,
): TimexPair[] {
  const candidates: { gold: number; predicted: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const same = g.start === p.start && g.end === p.end;
      const size = overlap(g, p);
      if (exact ? same : size > 0) candidates.push({ gold: gi, predicted: pi, size });
    }),
  );
  candidates.sort((a, b) => b.size - a.size || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: TimexPair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Scores one document's predictions against its gold timexes (TempEval-3: strict, relaxed, attributes). */
export function scoreTimexes(gold: readonly Timex[], predicted: readonly Timex[]): Counts {
  const relaxed = matchTimexes(gold, predicted);
  const agree = (key: 'value' | 'type'): number =>
    relaxed.filter((m) => gold[m.gold]?.[key] === predicted[m.predicted]?.[key]).length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    strict: matchTimexes(gold, predicted, true).length,
    relaxed: relaxed.length,
    value: agree('value'),
    type: agree('type'),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Turns (summed) counts into the TempEval-3 figures. */
export function summarise(counts: Counts): Summary {
  const strictP = ratio(counts.strict, counts.predicted);
  const strictR = ratio(counts.strict, counts.gold);
  const relaxedP = ratio(counts.relaxed, counts.predicted);
  const relaxedR = ratio(counts.relaxed, counts.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(counts.value, counts.relaxed);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    typeAccuracy: ratio(counts.type, counts.relaxed),
  };
}
