// Pairs the numbers of two aligned claims: the same value written differently agrees ("12" and "a dozen",
// "$38bn" and "$38 billion", "more than 30" and 34); two figures that count the same thing with different
// values conflict ("31 percent" and "26%" for the same company's shares).
import type { NumberReading } from './readNumbers';

export interface NumberPair {
  readonly a: NumberReading;
  readonly b: NumberReading;
  /** What both count ("officer", "percent", "money:USD", "age", "year", "date", "tally"). */
  readonly counts: string;
  readonly agree: boolean;
}

/** Decisions of the pairing as data: when two leftover figures are reported as a conflict, and why not otherwise. */
export const CONFLICT_RULES = [
  {
    id: 'unknown-count-never-conflicts',
    reason: 'A figure whose counted noun was not found may count anything; it can agree, never conflict.',
    example: '"212,000 in the region" vs "215,000 workers": no conflict',
  },
  {
    id: 'weekday-never-conflicts',
    reason: 'Weekdays are relative to each outlet\'s day of publication: "Monday" and "Wednesday" may be the same day.',
    example: '"said on Monday" vs "said Wednesday": no conflict',
  },
  {
    id: 'one-left-each-or-same-subject',
    reason: 'Two figures with the same count conflict only when each claim has just one left, or both name the same subject.',
    example: '"Brightmart up 31 percent, Hollis 12 percent" vs "Hollis 5%, Brightmart nearly 26%": 31/26 and 12/5',
  },
] as const;

function isNumeric(n: NumberReading): boolean {
  return typeof n.value === 'number' && !Number.isNaN(n.low);
}

/** True when the two readings allow the same value. */
export function sameValue(x: NumberReading, y: NumberReading): boolean {
  if (!isNumeric(x) || !isNumeric(y)) {
    return x.value === y.value;
  }
  const exactX = x.low === x.high;
  const exactY = y.low === y.high;
  if (exactX && exactY) {
    const step = Math.max(x.step, y.step);
    return Math.round((x.value as number) / step) === Math.round((y.value as number) / step);
  }
  return x.low <= y.high && y.low <= x.high;
}

function compatible(x: NumberReading, y: NumberReading): boolean {
  if (x.counts === y.counts) {
    return true;
  }
  return x.kind === 'count' && y.kind === 'count' && (x.counts === 'count' || y.counts === 'count');
}

function canConflict(n: NumberReading): boolean {
  return n.counts !== 'count' && !(n.kind === 'date' && typeof n.value === 'string' && /^[a-z]+$/.test(n.value));
}

/** The pairs of the two claims' numbers: agreements first found, then conflicts; unpaired figures are left out. */
export function compareNumbers(a: readonly NumberReading[], b: readonly NumberReading[]): NumberPair[] {
  const pairs: NumberPair[] = [];
  const usedB = new Set<NumberReading>();
  const leftA: NumberReading[] = [];
  for (const x of a) {
    const y = b.find(candidate => !usedB.has(candidate) && compatible(x, candidate) && sameValue(x, candidate));
    if (y) {
      usedB.add(y);
      pairs.push({ a: x, b: y, counts: x.counts === 'count' ? y.counts : x.counts, agree: true });
    } else {
      leftA.push(x);
    }
  }
  const leftB = b.filter(y => !usedB.has(y));
  for (const counts of new Set(leftA.filter(canConflict).map(x => x.counts))) {
    const xs = leftA.filter(x => x.counts === counts);
    const ys = leftB.filter(y => y.counts === counts && canConflict(y));
    for (const x of xs) {
      const y = x.subject ? ys.find(candidate => candidate.subject === x.subject && !usedB.has(candidate)) : undefined;
      if (y) {
        usedB.add(y);
        pairs.push({ a: x, b: y, counts, agree: false });
      }
    }
    const restA = xs.filter(x => !pairs.some(p => p.a === x));
    const restB = ys.filter(y => !usedB.has(y));
    if (restA.length === 1 && restB.length === 1 && !(restA[0].subject && restB[0].subject && restA[0].subject !== restB[0].subject)) {
      usedB.add(restB[0]);
      pairs.push({ a: restA[0], b: restB[0], counts, agree: false });
    }
  }
  return pairs.sort((p, q) => p.a.start - q.a.start);
}
