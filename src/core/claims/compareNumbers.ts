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

function isNumeric(reading: NumberReading): boolean {
  return typeof reading.value === 'number' && !Number.isNaN(reading.low);
}

/** True when the two readings allow the same value. */
export function sameValue(one: NumberReading, other: NumberReading): boolean {
  if (!isNumeric(one) || !isNumeric(other)) {
    return one.value === other.value;
  }
  const exactOne = one.low === one.high;
  const exactOther = other.low === other.high;
  if (exactOne && exactOther) {
    const step = Math.max(one.step, other.step);
    return Math.round((one.value as number) / step) === Math.round((other.value as number) / step);
  }
  return one.low <= other.high && other.low <= one.high;
}

function compatible(one: NumberReading, other: NumberReading): boolean {
  if (one.counts === other.counts) {
    return true;
  }
  return one.kind === 'count' && other.kind === 'count' && (one.counts === 'count' || other.counts === 'count');
}

function canConflict(reading: NumberReading): boolean {
  return reading.counts !== 'count' && !(reading.kind === 'date' && typeof reading.value === 'string' && /^[a-z]+$/.test(reading.value));
}

/** The pairs of the two claims' numbers: agreements first found, then conflicts; unpaired figures are left out. */
export function compareNumbers(numbersA: readonly NumberReading[], numbersB: readonly NumberReading[]): NumberPair[] {
  const pairs: NumberPair[] = [];
  const usedB = new Set<NumberReading>();
  const leftA: NumberReading[] = [];
  for (const x of numbersA) {
    const y = numbersB.find(candidate => !usedB.has(candidate) && compatible(x, candidate) && sameValue(x, candidate));
    if (y) {
      usedB.add(y);
      pairs.push({ a: x, b: y, counts: x.counts === 'count' ? y.counts : x.counts, agree: true });
    } else {
      leftA.push(x);
    }
  }
  const leftB = numbersB.filter(other => !usedB.has(other));
  for (const counts of new Set(leftA.filter(canConflict).map(reading => reading.counts))) {
    const xs = leftA.filter(reading => reading.counts === counts);
    const ys = leftB.filter(reading => reading.counts === counts && canConflict(reading));
    for (const x of xs) {
      const y = x.subject ? ys.find(candidate => candidate.subject === x.subject && !usedB.has(candidate)) : undefined;
      if (y) {
        usedB.add(y);
        pairs.push({ a: x, b: y, counts, agree: false });
      }
    }
    const restA = xs.filter(reading => !pairs.some(pair => pair.a === reading));
    const restB = ys.filter(reading => !usedB.has(reading));
    if (restA.length === 1 && restB.length === 1 && !(restA[0].subject && restB[0].subject && restA[0].subject !== restB[0].subject)) {
      usedB.add(restB[0]);
      pairs.push({ a: restA[0], b: restB[0], counts, agree: false });
    }
  }
  return pairs.sort((one, other) => one.a.start - other.a.start);
}
