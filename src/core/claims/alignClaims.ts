// Aligns the claims of two articles that report the same fact. Each claim is a set of features: its content
// words, the entities it mentions (by linked id, so "Mr Whitlock" and "Dana Whitlock" count as one) and the values
// of its numbers; each feature weighs by its rarity in the two texts (inverse claim frequency), and two claims
// are as similar as the cosine of their weighted features. Quotations the quote matcher pairs lift the claims
// that hold them. Candidates come from an inverted index, so long articles are not compared claim by claim.
import type { Span } from '../model';
import type { Claim } from './splitClaims';
import { contentWords } from './claimWords';
import type { NumberKind, NumberReading } from './readNumbers';

/** What the caller knows beyond the text: entity mentions by linked id, and quotations matched across the pair. */
export interface ClaimContext {
  readonly mentionsA?: readonly (Span & { readonly entityId: string })[];
  readonly mentionsB?: readonly (Span & { readonly entityId: string })[];
  readonly quotePairs?: readonly { readonly a: Span; readonly b: Span; readonly similarity: number }[];
}

export interface ClaimAlignment {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/** The thresholds of alignment, as data with the reason for each value. */
export const ALIGNMENT_RULES = {
  minSimilarity: { value: 0.15, reason: 'below it, claims share only the event\'s vocabulary, not a fact (measured on the four real pairs): the floor of every candidate' },
  minSharedFeatures: { value: 2, reason: 'one shared word (often a name) is a topic, not a fact' },
  maxPartners: { value: 2, reason: 'a long sentence in one article is often two in the other' },
  otherPairSimilarity: { value: 0.2, reason: 'two claims that are each other\'s best counterpart need only minSimilarity; a pair that is not mutual best (a claim\'s second counterpart, or one a better pair outranks) needs more shared evidence: on the real pairs, 0.2 kept precision up without losing a pair (weighting entities or figures above words was measured too, and lost)' },
  secondPartnerShare: { value: 0.7, reason: 'a second counterpart must come close to the first, or it is a neighbour, not a split' },
  maxPostings: { value: 100, reason: 'a feature in more than 100 claims of B is filler ("said", the event\'s own name): scoring it would make long articles quadratic' },
  quoteFloor: { value: 0.5, reason: 'claims holding the same quotation report the same fact even when little else is shared' },
} as const;

/** What nearly every news claim has a figure for (years, dates, ages, counts of nothing named): sharing one is no evidence. */
// eslint-disable-next-line no-restricted-syntax -- the values of NumberKind, not words
const GENERIC_COUNTS: readonly NumberKind[] = ['count', 'year', 'date', 'age'];

interface Features {
  readonly keys: readonly string[];
}

function featuresOf(claim: Claim, numbers: readonly NumberReading[], mentions: readonly (Span & { readonly entityId: string })[]): Features {
  const keys = new Set(contentWords(claim.text));
  for (const figure of numbers) {
    if (figure.kind !== 'date' || typeof figure.value !== 'string' || !/^[a-z]+$/.test(figure.value)) {
      keys.add(`#${figure.counts}=${figure.value}`);
      if (!(GENERIC_COUNTS as readonly string[]).includes(figure.counts)) {
        // Two claims giving a figure for the same thing about the same subject report the same fact even when
        // the figures differ ("Brightmart up 31 percent" / "Brightmart jumped nearly 26%"): that is where conflicts are.
        keys.add(`#${figure.counts}`);
        if (figure.subject) {
          keys.add(`#${figure.counts}:${figure.subject}`);
        }
      }
    }
  }
  for (const mention of mentions) {
    keys.add(`@${mention.entityId}`);
  }
  return { keys: [...keys] };
}

/** Sorted spans bucketed per claim in one pass (claims and items in document order). */
function bucket<T extends Span>(claims: readonly Claim[], items: readonly T[]): T[][] {
  const sorted = [...items].sort((one, other) => one.start - other.start);
  const out: T[][] = claims.map(() => []);
  let k = 0;
  for (const item of sorted) {
    while (k < claims.length && claims[k].end < item.end) {
      k++;
    }
    if (k < claims.length && item.start >= claims[k].start) {
      out[k].push(item);
    }
  }
  return out;
}

function weights(all: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of all) {
    for (const key of features.keys) {
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  const claimCount = all.length;
  return new Map([...df].map(([key, count]) => [key, Math.log((claimCount + 1) / count)]));
}

function norm(features: Features, weightOf: Map<string, number>): number {
  return Math.sqrt(features.keys.reduce((sum, key) => sum + (weightOf.get(key) ?? 0) ** 2, 0));
}

/** Cosine similarity of every pair of claims that shares a feature, read through an inverted index of B. */
function scorePairs(fa: readonly Features[], fb: readonly Features[], weightOf: Map<string, number>): Map<number, Map<number, { dot: number; shared: number }>> {
  const index = new Map<string, number[]>();
  fb.forEach((features, j) => features.keys.forEach(key => (index.get(key) ?? index.set(key, []).get(key)!).push(j)));
  const out = new Map<number, Map<number, { dot: number; shared: number }>>();
  fa.forEach((features, i) => {
    const row = new Map<number, { dot: number; shared: number }>();
    for (const key of features.keys) {
      const weight = (weightOf.get(key) ?? 0) ** 2;
      const postings = index.get(key) ?? [];
      if (postings.length > ALIGNMENT_RULES.maxPostings.value) {
        continue;
      }
      for (const j of postings) {
        const cell = row.get(j) ?? { dot: 0, shared: 0 };
        row.set(j, { dot: cell.dot + weight, shared: cell.shared + 1 });
      }
    }
    out.set(i, row);
  });
  return out;
}

/**
 * Keeps a candidate when, on both sides, it is among the claim's best two counterparts and close to its best,
 * and, unless the two claims are each other's best, when it clears the higher otherPairSimilarity: each claim's
 * own ranking decides, not the order pairs happen to be found in.
 */
function selectPairs(candidates: readonly ClaimAlignment[]): ClaimAlignment[] {
  const rankings = new Map<string, number[]>();
  const rankingOf = (key: string): number[] => rankings.get(key) ?? rankings.set(key, []).get(key)!;
  for (const candidate of candidates) {
    rankingOf(`a${candidate.a}`).push(candidate.similarity);
    rankingOf(`b${candidate.b}`).push(candidate.similarity);
  }
  for (const scores of rankings.values()) {
    scores.sort((one, other) => other - one);
  }
  const keeps = (key: string, similarity: number): boolean => {
    const scores = rankingOf(key);
    return scores.indexOf(similarity) < ALIGNMENT_RULES.maxPartners.value && similarity >= scores[0] * ALIGNMENT_RULES.secondPartnerShare.value;
  };
  const isBest = (key: string, similarity: number): boolean => rankingOf(key)[0] === similarity;
  const passes = (pair: ClaimAlignment): boolean => isBest(`a${pair.a}`, pair.similarity) && isBest(`b${pair.b}`, pair.similarity)
    ? pair.similarity >= ALIGNMENT_RULES.minSimilarity.value
    : pair.similarity >= ALIGNMENT_RULES.otherPairSimilarity.value;
  return candidates.filter(pair => passes(pair) && keeps(`a${pair.a}`, pair.similarity) && keeps(`b${pair.b}`, pair.similarity))
    .sort((one, other) => one.a - other.a || one.b - other.b);
}

/** The aligned pairs of claims (indices into claimsA and claimsB) with their similarity, in A's order. */
export function alignClaims(
  claimsA: readonly Claim[], claimsB: readonly Claim[],
  numbersA: readonly (readonly NumberReading[])[], numbersB: readonly (readonly NumberReading[])[],
  context: ClaimContext = {},
): ClaimAlignment[] {
  const mentionsA = bucket(claimsA, context.mentionsA ?? []);
  const mentionsB = bucket(claimsB, context.mentionsB ?? []);
  const fa = claimsA.map((claim, i) => featuresOf(claim, numbersA[i], mentionsA[i]));
  const fb = claimsB.map((claim, j) => featuresOf(claim, numbersB[j], mentionsB[j]));
  const weightOf = weights([...fa, ...fb]);
  const normsA = fa.map(features => norm(features, weightOf));
  const normsB = fb.map(features => norm(features, weightOf));
  const candidates: ClaimAlignment[] = [];
  for (const [i, row] of scorePairs(fa, fb, weightOf)) {
    for (const [j, cell] of row) {
      const similarity = Math.min(1, cell.dot / (normsA[i] * normsB[j] || 1));
      if (similarity >= ALIGNMENT_RULES.minSimilarity.value && cell.shared >= ALIGNMENT_RULES.minSharedFeatures.value) {
        candidates.push({ a: i, b: j, similarity });
      }
    }
  }
  for (const pair of context.quotePairs ?? []) {
    const i = claimsA.findIndex(claim => claim.start <= pair.a.start && pair.a.start < claim.end);
    const j = claimsB.findIndex(claim => claim.start <= pair.b.start && pair.b.start < claim.end);
    if (i >= 0 && j >= 0 && !candidates.some(candidate => candidate.a === i && candidate.b === j)) {
      candidates.push({ a: i, b: j, similarity: Math.max(ALIGNMENT_RULES.quoteFloor.value, pair.similarity * ALIGNMENT_RULES.quoteFloor.value) });
    }
  }
  return selectPairs(candidates);
}
