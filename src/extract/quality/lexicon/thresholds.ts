/**
 * The numbers the quality matchers compare against. Each can be overridden per call through
 * `ctx.options.quality`; the README gives the reason for each default.
 */
export interface QualityThresholds {
  /** Share of checked words not in the dictionary above which `typos` fires (0.004 = 0.4%). */
  typoRate: number;
  /** At least this many misspelt words, so one odd word in a short text is not a pattern. */
  typoMinimum: number;
  /** Share of word tokens taken by the most frequent content word above which `seo-spin` fires. */
  keywordShare: number;
  /** Share of sentences that mostly repeat earlier ones above which `seo-spin` (repetition) fires. */
  repetitionShare: number;
  /** A sentence repeats earlier ones when at least this share of its content-word 2-shingles appeared before. */
  repeatedSentence: number;
  /** Density and repetition are measured only on articles with at least this many words. */
  minimumWords: number;
  /** A FAQ heading needs at least this many question lines after it. */
  faqQuestions: number;
  /** A key-point table or list needs at least this many rows. */
  keyPointRows: number;
  /** Share of a table's content words found in the body above which it "repeats the body". */
  keyPointOverlap: number;
}

/** The defaults; see README.md, "Thresholds". */
export const DEFAULT_THRESHOLDS: QualityThresholds = {
  typoRate: 0.002,
  typoMinimum: 2,
  keywordShare: 0.04,
  repetitionShare: 0.12,
  repeatedSentence: 0.3,
  minimumWords: 150,
  faqQuestions: 2,
  keyPointRows: 3,
  keyPointOverlap: 0.6,
};

/** The defaults with whatever numeric fields `options` overrides; anything else is ignored. */
export function thresholdsFrom(options: unknown): QualityThresholds {
  if (typeof options !== 'object' || options === null) return DEFAULT_THRESHOLDS;
  const merged: QualityThresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as Array<keyof QualityThresholds>) {
    const value = (options as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value)) merged[key] = value;
  }
  return merged;
}
