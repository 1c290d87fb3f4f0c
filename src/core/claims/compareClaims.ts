// What two reports of one event say differently: their claims aligned, the claims only one reports, and the
// numbers of aligned claims that disagree. The one entry the CLI, the export and the editor call.
import { alignClaims, type ClaimContext } from './alignClaims';
import { compareNumbers, type NumberPair } from './compareNumbers';
import { readNumbers } from './readNumbers';
import { splitClaims, type Claim } from './splitClaims';

export type { Claim } from './splitClaims';
export type { ClaimContext } from './alignClaims';
export type { NumberPair } from './compareNumbers';
export type { NumberReading } from './readNumbers';

export interface AlignedClaims {
  readonly a: Claim;
  readonly b: Claim;
  /** 0..1: cosine of the two claims' rarity-weighted words, entities and numbers. */
  readonly similarity: number;
  /** Numbers of the two claims paired: agreements and conflicts. */
  readonly numbers: readonly NumberPair[];
}

export interface ClaimComparison {
  readonly claimsA: readonly Claim[];
  readonly claimsB: readonly Claim[];
  /** In A's order. */
  readonly aligned: readonly AlignedClaims[];
  readonly onlyA: readonly Claim[];
  readonly onlyB: readonly Claim[];
}

/**
 * A figure that agrees with the other article in one counterpart is not in conflict in another: a claim aligned
 * with two claims shares part of its fact with each, and the figure belongs to the part that agrees.
 */
function withoutConfirmedConflicts(pairs: readonly NumberPair[], all: readonly NumberPair[]): NumberPair[] {
  const confirmed = new Set(all.filter(pair => pair.agree).flatMap(pair => [pair.a, pair.b]));
  return pairs.filter(pair => pair.agree || !(confirmed.has(pair.a) || confirmed.has(pair.b)));
}

/** Compares the claims of two article texts; `context` adds linked entities and matched quotations when known. */
export function compareClaims(textA: string, textB: string, context: ClaimContext = {}): ClaimComparison {
  const claimsA = splitClaims(textA);
  const claimsB = splitClaims(textB);
  const numbersA = claimsA.map(claim => readNumbers(textA, claim));
  const numbersB = claimsB.map(claim => readNumbers(textB, claim));
  const pairs = alignClaims(claimsA, claimsB, numbersA, numbersB, context);
  const numberPairs = pairs.map(pair => compareNumbers(numbersA[pair.a], numbersB[pair.b]));
  const aligned = pairs.map((pair, k) => ({
    a: claimsA[pair.a],
    b: claimsB[pair.b],
    similarity: Math.round(pair.similarity * 1000) / 1000,
    numbers: withoutConfirmedConflicts(numberPairs[k], numberPairs.flat()),
  }));
  const pairedA = new Set(pairs.map(pair => pair.a));
  const pairedB = new Set(pairs.map(pair => pair.b));
  return {
    claimsA,
    claimsB,
    aligned,
    onlyA: claimsA.filter((_, i) => !pairedA.has(i)),
    onlyB: claimsB.filter((_, j) => !pairedB.has(j)),
  };
}

/** The number conflicts of a comparison, in A's order. */
export function numberConflicts(comparison: ClaimComparison): { readonly pair: AlignedClaims; readonly numbers: NumberPair }[] {
  return comparison.aligned.flatMap(pair => pair.numbers.filter(number => !number.agree).map(numbers => ({ pair, numbers })));
}
