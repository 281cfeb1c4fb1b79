/**
 * A linear model over sparse string features, as the training script writes it: a candidate is kept (or,
 * for the veto, spared) when bias plus the weights of its features reaches `threshold` (the logit of the
 * probability chosen by cross-validation). Unknown features weigh 0.
 */
export interface LinearModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** Bias plus one weight lookup per feature. */
export function linearScore(model: LinearModel, features: readonly string[]): number {
  let score = model.bias;
  for (const feature of features) score += model.weights.get(feature) ?? 0;
  return score;
}
