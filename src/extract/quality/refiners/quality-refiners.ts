import type { QualityRefiner } from '../quality-input.js';

/**
 * Drops a signal whose code and span repeat an earlier one (two phrases of one notice, a join both
 * cleaning and the glued-mark pattern saw), keeping the first.
 */
export const duplicateRefiner: QualityRefiner = (signals) => {
  const seen = new Set<string>();
  return signals.filter((signal) => {
    if (signal.span === undefined) return true;
    const key = `${signal.code}:${signal.span.start}:${signal.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Stable order: signals on text by position, then those about the whole article (no span) by code and
 * detail, so the same document always gives the same layer byte for byte.
 */
export const orderRefiner: QualityRefiner = (signals) =>
  [...signals].sort((a, b) => {
    const at = (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity);
    if (at !== 0 && !Number.isNaN(at)) return at;
    return a.code < b.code
      ? -1
      : a.code > b.code
        ? 1
        : a.detail < b.detail
          ? -1
          : a.detail > b.detail
            ? 1
            : 0;
  });

/** The refiners, in order. */
export const qualityRefiners: readonly QualityRefiner[] = [duplicateRefiner, orderRefiner];
