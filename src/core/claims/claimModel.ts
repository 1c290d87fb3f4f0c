// The learned back-up of claim alignment (ALIGNMENT_RULES.learnedPairs): a logistic model over the features the rules
// compute for each candidate pair (alignClaims' pairFeatures), trained offline on the invented development pairs by
// tools/train-claim-model.mjs, which writes claimModel.json (weights, threshold, assignment) and reports its
// leave-one-set-out figures. It adds pairs the rules leave, one claim to one claim: a claim usually matches at most one
// claim of the other report, so the most probable pairs go first and a claim taken is not offered again.
import MODEL from './claimModel.json';

/** The features the model weighs, in the order pairFeatures gives them (claimModel.json must name the same). */
export const PAIR_FEATURES = [
  'similarity', 'shareOfBestA', 'shareOfBestB', 'mutualBest', 'eventShare', 'eventWords', 'nameWords', 'entities',
  'figures', 'rarestWord', 'containment', 'eventContainment', 'lengthRatio', 'shorterLength', 'positionGap',
  'position', 'quotation', 'familyWords', 'neighbourSupport', 'pairedA', 'pairedB', 'ownWords',
] as const;

/**
 * How a learned pair may take a claim: 'both' when neither claim has a pair yet, 'either' when one of them has none,
 * 'mutual' when it is the most probable candidate of both its claims, 'best' of one of them, 'any' always (no
 * assignment). tools/train-claim-model.mjs measures them all.
 */
export type Assignment = 'both' | 'either' | 'mutual' | 'best' | 'any';

interface ClaimModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly threshold: number;
  readonly assignment: Assignment;
}

const model: ClaimModel = (() => {
  const loaded = MODEL as unknown as ClaimModel;
  if (loaded.features.join() !== PAIR_FEATURES.join() || loaded.weights.length !== PAIR_FEATURES.length) {
    throw new Error('claimModel.json does not weigh the features pairFeatures gives: run tools/train-claim-model.mjs --write');
  }
  return loaded;
})();

/** A candidate pair the rules did not align, with the model's probability that it reports the same fact. */
export interface LearnedCandidate {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
  readonly probability: number;
}

/** The model's probability that a candidate pair reports one fact (logistic over standardised features). */
export function pairProbability(features: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) {
    z += model.weights[k] * (features[k] - model.mean[k]) / model.scale[k];
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * The highest probability the model gives a candidate whose features lie between `low` and `high`, feature by
 * feature: the logistic grows with its sum, and each feature adds its weight times its standardised value, so the
 * highest sum takes each feature's high end when its weight is positive and its low end otherwise. alignClaims uses it
 * to leave out, before computing their costly features, candidates that cannot reach the threshold.
 */
export function probabilityBound(low: readonly number[], high: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < low.length; k++) {
    z += model.weights[k] * ((model.weights[k] > 0 ? high[k] : low[k]) - model.mean[k]) / model.scale[k];
  }
  return 1 / (1 + Math.exp(-z));
}

/** The probability from which the model adds a pair (claimModel.json's threshold, chosen by tools/train-claim-model.mjs). */
export function modelThreshold(): number {
  return model.threshold;
}

/**
 * The candidates to add beside the rules' pairs: those at the model's threshold or above, most probable first (ties
 * by A's then B's order), each taken only while its claims are free as the model's assignment says, so a weaker pair
 * gets through when its rivals are taken and not beside them.
 */
export function learnedPairs(ruled: readonly { readonly a: number; readonly b: number }[], candidates: readonly LearnedCandidate[], threshold = model.threshold, assignment: Assignment = model.assignment): LearnedCandidate[] {
  const takenA = new Set(ruled.map(pair => pair.a));
  const takenB = new Set(ruled.map(pair => pair.b));
  const out: LearnedCandidate[] = [];
  const [topA, topB] = [new Map<number, number>(), new Map<number, number>()];
  for (const candidate of candidates) {
    topA.set(candidate.a, Math.max(topA.get(candidate.a) ?? 0, candidate.probability));
    topB.set(candidate.b, Math.max(topB.get(candidate.b) ?? 0, candidate.probability));
  }
  const ranked = candidates.filter(candidate => candidate.probability >= threshold)
    .sort((one, other) => other.probability - one.probability || one.a - other.a || one.b - other.b);
  for (const candidate of ranked) {
    const [freeA, freeB] = [!takenA.has(candidate.a), !takenB.has(candidate.b)];
    const [bestA, bestB] = [topA.get(candidate.a) === candidate.probability, topB.get(candidate.b) === candidate.probability];
    const takes: Record<Assignment, boolean> = { both: freeA && freeB, either: freeA || freeB, mutual: bestA && bestB, best: bestA || bestB, any: true };
    if (takes[assignment]) {
      out.push(candidate);
      takenA.add(candidate.a);
      takenB.add(candidate.b);
    }
  }
  return out;
}
