// Scores a claim comparison against a hand annotation (test/fixtures/claims/pairN.json): alignment and
// number-conflict precision and recall. A predicted pair is right when both its spans overlap the spans of an
// annotated pair (sentences, clauses and whole lines may be cut differently); "related" pairs and
// "relatedConflicts" are defensible either way, so they count for precision and are not required for recall.
import type { Span } from '../../../src/core/model';
import type { ClaimComparison } from '../../../src/core/claims/compareClaims';

export interface SpanPair {
  readonly a: Span;
  readonly b: Span;
}

export interface ClaimsAnnotation {
  readonly a: string;
  readonly b: string;
  readonly aligned: readonly SpanPair[];
  readonly related: readonly SpanPair[];
  readonly conflicts: readonly SpanPair[];
  readonly relatedConflicts: readonly SpanPair[];
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly predicted: number;
  readonly annotated: number;
}

function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

function covers(predicted: SpanPair, annotated: SpanPair): boolean {
  return overlaps(predicted.a, annotated.a) && overlaps(predicted.b, annotated.b);
}

/** Precision over predictions (1 when nothing is predicted), recall over required annotations (1 when none). */
function score(predicted: readonly SpanPair[], required: readonly SpanPair[], acceptable: readonly SpanPair[]): PrecisionRecall {
  const right = predicted.filter(p => [...required, ...acceptable].some(g => covers(p, g))).length;
  const found = required.filter(g => predicted.some(p => covers(p, g))).length;
  return {
    precision: predicted.length ? right / predicted.length : 1,
    recall: required.length ? found / required.length : 1,
    predicted: predicted.length,
    annotated: required.length,
  };
}

export function scoreAlignment(comparison: ClaimComparison, gold: ClaimsAnnotation): PrecisionRecall {
  return score(comparison.aligned, gold.aligned, gold.related);
}

export function scoreConflicts(comparison: ClaimComparison, gold: ClaimsAnnotation): PrecisionRecall {
  const predicted = comparison.aligned.flatMap(p => p.numbers.filter(n => !n.agree));
  return score(predicted, gold.conflicts, gold.relatedConflicts);
}

/** The annotated pairs no prediction covers, and the predictions no annotated or related pair covers. */
export function alignmentErrors(comparison: ClaimComparison, gold: ClaimsAnnotation): { readonly missed: readonly SpanPair[]; readonly wrong: readonly SpanPair[] } {
  const acceptable = [...gold.aligned, ...gold.related];
  return {
    missed: gold.aligned.filter(annotated => !comparison.aligned.some(predicted => covers(predicted, annotated))),
    wrong: comparison.aligned.filter(predicted => !acceptable.some(annotated => covers(predicted, annotated))),
  };
}

/** Pools per-pair scores: precision over all pairs' predictions, recall over all their annotations (1 when none). */
export function pooledScore(scores: readonly PrecisionRecall[]): PrecisionRecall {
  const predicted = scores.reduce((n, s) => n + s.predicted, 0);
  const annotated = scores.reduce((n, s) => n + s.annotated, 0);
  const right = scores.reduce((n, s) => n + Math.round(s.precision * s.predicted), 0);
  const found = scores.reduce((n, s) => n + Math.round(s.recall * s.annotated), 0);
  return { precision: predicted ? right / predicted : 1, recall: annotated ? found / annotated : 1, predicted, annotated };
}
