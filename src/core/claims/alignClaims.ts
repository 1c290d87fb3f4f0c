// Aligns the claims of two articles that report the same fact. Each claim is a set of features: its content
// words, the entities it mentions (by linked id, so "Mr Trump" and "Donald Trump" count as one) and the values
// of its numbers; each feature weighs by its rarity in the two texts (inverse claim frequency), and two claims
// are as similar as the cosine of their weighted features. Quotations the quote matcher pairs lift the claims
// that hold them. Candidates come from an inverted index, so long articles are not compared claim by claim.
import type { Span } from '../model';
import type { Claim } from './splitClaims';
import { contentWords } from './claimWords';
import type { NumberReading } from './readNumbers';

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

/** Kinds of figure nearly every news claim has (years, dates, ages, unknown counts): sharing one is no evidence. */
const GENERIC_COUNTS: ReadonlySet<string> = new Set(['count', 'year', 'date', 'age']);

interface Features {
  readonly keys: readonly string[];
}

function featuresOf(claim: Claim, numbers: readonly NumberReading[], mentions: readonly (Span & { readonly entityId: string })[]): Features {
  const keys = new Set(contentWords(claim.text));
  for (const n of numbers) {
    if (n.kind !== 'date' || typeof n.value !== 'string' || !/^[a-z]+$/.test(n.value)) {
      keys.add(`#${n.counts}=${n.value}`);
      if (!GENERIC_COUNTS.has(n.counts)) {
        // Two claims giving a figure for the same thing about the same subject report the same fact even when
        // the figures differ ("Brightmart up 31 percent" / "Brightmart jumped nearly 26%"): that is where conflicts are.
        keys.add(`#${n.counts}`);
        if (n.subject) {
          keys.add(`#${n.counts}:${n.subject}`);
        }
      }
    }
  }
  for (const m of mentions) {
    keys.add(`@${m.entityId}`);
  }
  return { keys: [...keys] };
}

/** Sorted spans bucketed per claim in one pass (claims and items in document order). */
function bucket<T extends Span>(claims: readonly Claim[], items: readonly T[]): T[][] {
  const sorted = [...items].sort((x, y) => x.start - y.start);
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
  for (const f of all) {
    for (const key of f.keys) {
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  const n = all.length;
  return new Map([...df].map(([key, count]) => [key, Math.log((n + 1) / count)]));
}

function norm(f: Features, w: Map<string, number>): number {
  return Math.sqrt(f.keys.reduce((sum, key) => sum + (w.get(key) ?? 0) ** 2, 0));
}

/** Cosine similarity of every pair of claims that shares a feature, read through an inverted index of B. */
function scorePairs(fa: readonly Features[], fb: readonly Features[], w: Map<string, number>): Map<number, Map<number, { dot: number; shared: number }>> {
  const index = new Map<string, number[]>();
  fb.forEach((f, j) => f.keys.forEach(key => (index.get(key) ?? index.set(key, []).get(key)!).push(j)));
  const out = new Map<number, Map<number, { dot: number; shared: number }>>();
  fa.forEach((f, i) => {
    const row = new Map<number, { dot: number; shared: number }>();
    for (const key of f.keys) {
      const weight = (w.get(key) ?? 0) ** 2;
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
  for (const c of candidates) {
    rankingOf(`a${c.a}`).push(c.similarity);
    rankingOf(`b${c.b}`).push(c.similarity);
  }
  for (const scores of rankings.values()) {
    scores.sort((x, y) => y - x);
  }
  const keeps = (key: string, similarity: number): boolean => {
    const scores = rankingOf(key);
    return scores.indexOf(similarity) < ALIGNMENT_RULES.maxPartners.value && similarity >= scores[0] * ALIGNMENT_RULES.secondPartnerShare.value;
  };
  const isBest = (key: string, similarity: number): boolean => rankingOf(key)[0] === similarity;
  const passes = (c: ClaimAlignment): boolean => isBest(`a${c.a}`, c.similarity) && isBest(`b${c.b}`, c.similarity)
    ? c.similarity >= ALIGNMENT_RULES.minSimilarity.value
    : c.similarity >= ALIGNMENT_RULES.otherPairSimilarity.value;
  return candidates.filter(c => passes(c) && keeps(`a${c.a}`, c.similarity) && keeps(`b${c.b}`, c.similarity)).sort((x, y) => x.a - y.a || x.b - y.b);
}

/** The aligned pairs of claims (indices into claimsA and claimsB) with their similarity, in A's order. */
export function alignClaims(
  claimsA: readonly Claim[], claimsB: readonly Claim[],
  numbersA: readonly (readonly NumberReading[])[], numbersB: readonly (readonly NumberReading[])[],
  context: ClaimContext = {},
): ClaimAlignment[] {
  const mentionsA = bucket(claimsA, context.mentionsA ?? []);
  const mentionsB = bucket(claimsB, context.mentionsB ?? []);
  const fa = claimsA.map((c, i) => featuresOf(c, numbersA[i], mentionsA[i]));
  const fb = claimsB.map((c, j) => featuresOf(c, numbersB[j], mentionsB[j]));
  const w = weights([...fa, ...fb]);
  const normsA = fa.map(f => norm(f, w));
  const normsB = fb.map(f => norm(f, w));
  const candidates: ClaimAlignment[] = [];
  for (const [i, row] of scorePairs(fa, fb, w)) {
    for (const [j, cell] of row) {
      const similarity = Math.min(1, cell.dot / (normsA[i] * normsB[j] || 1));
      if (similarity >= ALIGNMENT_RULES.minSimilarity.value && cell.shared >= ALIGNMENT_RULES.minSharedFeatures.value) {
        candidates.push({ a: i, b: j, similarity });
      }
    }
  }
  for (const pair of context.quotePairs ?? []) {
    const i = claimsA.findIndex(c => c.start <= pair.a.start && pair.a.start < c.end);
    const j = claimsB.findIndex(c => c.start <= pair.b.start && pair.b.start < c.end);
    if (i >= 0 && j >= 0 && !candidates.some(c => c.a === i && c.b === j)) {
      candidates.push({ a: i, b: j, similarity: Math.max(ALIGNMENT_RULES.quoteFloor.value, pair.similarity * ALIGNMENT_RULES.quoteFloor.value) });
    }
  }
  return selectPairs(candidates);
}
