// Pairs the numbers of two aligned claims: the same value written differently agrees ("12" and "a dozen",
// "$38bn" and "$38 billion", "more than 30" and 34); two figures that count the same thing with different
// values conflict ("31 percent" and "26%" for the same company's shares).
import { firstRule, ruleTable } from '../rules/ruleTable';
import { readNumbers, type NumberReading } from './readNumbers';

export interface NumberPair {
  readonly a: NumberReading;
  readonly b: NumberReading;
  /** What both count ("officer", "percent", "money:USD", "age", "year", "date", "tally"). */
  readonly counts: string;
  readonly agree: boolean;
}

/** Two leftover figures that count the same thing, as CONFLICT_RULES reads them. */
export interface FigurePair {
  readonly a: NumberReading;
  readonly b: NumberReading;
  /** Each claim has just this one figure left that counts the thing. */
  readonly onlyOnes: boolean;
}

function isNumeric(reading: NumberReading): boolean {
  return typeof reading.value === 'number' && !Number.isNaN(reading.low);
}

function isUnknownCount(reading: NumberReading): boolean {
  return reading.counts === 'count';
}

function isWeekday(reading: NumberReading): boolean {
  return reading.kind === 'date' && typeof reading.value === 'string' && /^[a-z]+$/.test(reading.value);
}

/**
 * Decisions of the pairing as data: why two figures that count the same thing with different values are not
 * reported as a conflict. The first rule that fires keeps them apart; when none does, they conflict. An example
 * is two claims, "A | B", and the rule reads the first figure of A with the first of B that counts the same.
 */
export const CONFLICT_RULES = ruleTable<FigurePair, 'no-conflict'>({
  id: 'number-conflicts',
  reason: 'Two figures of aligned claims conflict only when they plainly measure the same thing: the same counted noun, the same kind of figure, the same stretch, the same subject.',
  contextOf: example => figurePairOf(example),
  rules: [
    {
      id: 'unknown-count-never-conflicts', outcome: 'no-conflict',
      reason: 'A figure whose counted noun was not found may count anything; it can agree, never conflict.',
      when: pair => isUnknownCount(pair.a) || isUnknownCount(pair.b),
      examples: { yes: ['Vardo has 212,000 in the region. | Vardo has 215,000 workers.'], no: ['Vardo has 212,000 workers. | Vardo has 215,000 workers.'] },
    },
    {
      id: 'weekday-never-conflicts', outcome: 'no-conflict',
      reason: 'Weekdays are relative to each outlet\'s day of publication: "Monday" and "Wednesday" may be the same day.',
      when: pair => isWeekday(pair.a) || isWeekday(pair.b),
      examples: { yes: ['Dana Kelso spoke on Monday. | Dana Kelso spoke Wednesday.'], no: ['Dana Kelso spoke on March 3. | Dana Kelso spoke on March 5.'] },
    },
    {
      id: 'calendar-year-against-span-of-years', outcome: 'no-conflict',
      reason: 'A year of the calendar ("an 1911 opera") and a count of years ("the first staging in 40 years", "five years ago") both read as years, but one is a date and the other a length of time.',
      when: pair => pair.a.kind !== pair.b.kind,
      examples: { yes: ['It is the first staging in 40 years. | The opera dates from 1911.', 'The pair met in 2020. | The pair met five years ago.'], no: ['The opera dates from 1911. | The opera dates from 1913.'] },
    },
    {
      id: 'different-stretches', outcome: 'no-conflict',
      reason: 'Counts with different scopes (FIGURE_SCOPES in readNumbers) measure different stretches: the first overs and the last ones, the hours within which a team arrived and those before a landing.',
      when: pair => pair.a.scope !== pair.b.scope,
      examples: {
        yes: ['Tarrow was nervous after the first two overs. | Tarrow was outplayed in the last five overs.', 'A team reached it within two hours. | The capsule was released 12 hours earlier.'],
        no: ['The board must rule within two weeks. | The board must rule within one week.', 'Tarrow lost two wickets in the first five overs. | Tarrow lost three wickets in the first six overs.'],
      },
    },
    {
      id: 'different-measures', outcome: 'no-conflict',
      reason: 'Money counted by different measures is not the same money (FIGURE_MEASURES in lexicon/numbers): a sum raised and a valuation, revenue and profit, a fine and compensation, a bid and the price paid; a target or a forecast is not the outcome. People counted by what happened to them are different people (COUNT_MEASURES): those hurt and those evacuated, those arrested and those charged; "hurt", "injured" and "wounded" are one measure. A figure whose words name no measure may be either, unless the other is a target.',
      when: pair => !sameMeasure(pair.a, pair.b),
      examples: {
        yes: [
          'Vardo raised $40 million. | Vardo is valued at about $300 million.', 'Hollis had revenue of $5.2bn. | Hollis made a profit of $400m.',
          'Vardo was fined $5m. | Vardo will pay $2m in compensation.', 'Dorn bid £300,000 for the house. | The house has an asking price of £450,000.',
          'Vardo aims to raise $50m. | Vardo raised $40m.', 'Vardo aims to raise $50m. | Vardo has $40m.',
          '40 people were hurt in the blast. | 45 people were evacuated after the blast.', 'Police arrested 12 people. | Police charged 15 people.',
        ],
        no: [
          'Vardo raised $40 million. | Vardo raised $45 million.', 'Vardo raised $40 million. | Vardo has $45 million.', 'Sales rose 8%. | Sales rose 6 percent.',
          'About 40 people were hurt. | 53 were injured.', 'The blast injured 40 people. | The blast wounded 45 people.', '40 people were hurt. | 45 people were at the scene.',
        ],
      },
    },
    {
      id: 'different-subjects', outcome: 'no-conflict',
      reason: 'Figures about two subjects ("Brightmart up 31 percent" / "Hollis 5%"; "Jo Marr, 34," / "Hollie Tarrow, 29,"; "the Vardo Party, which holds 19 of the 90 seats" / "the coalition has 48 of the 90 seats") are two facts, not one told twice.',
      when: pair => !!pair.a.subject && !!pair.b.subject && pair.a.subject !== pair.b.subject,
      examples: {
        yes: ['On the picket line, Jo Marr, 34, a signaller, spoke. | Outside, Hollie Tarrow, 29, a signaller, spoke.', 'The Tarrow Party, which holds 19 of the 90 seats, objected. | The coalition has 48 of the 90 seats.'],
        no: ['Ms. Arden, 58, won again. | Arden, 59, won again.', 'Rebels hold 16 of the 52 seats. | The rebels hold 18 of the 52 seats.'],
      },
    },
    {
      id: 'several-figures-and-no-shared-subject', outcome: 'no-conflict',
      reason: 'When a claim gives several figures for the thing and the subjects do not pair them, which figure answers which is unknown ("Brightmart up 31 percent, Hollis 12 percent" pairs by name; "31 and 12 percent" against "26 percent" does not pair at all).',
      when: pair => !pair.onlyOnes && !(pair.a.subject && pair.a.subject === pair.b.subject) && !(pair.a.measure && pair.a.measure === pair.b.measure),
      examples: {
        yes: ['Shares rose 31 percent and 12 percent. | Shares rose 26 percent.'],
        no: ['Brightmart rose 31 percent and Hollis 12 percent. | Brightmart jumped 26 percent.', 'Shares rose 31 percent. | Shares rose 26 percent.', 'Vardo raised $40m at a valuation of $300m. | It raised $45m at a valuation of $350m.'],
      },
    },
  ],
});

/**
 * Two figures measure the same thing when both are targets or neither is, and their measures are one or one of
 * them names none ("raised $40m" / "has $45m"): what the words around a sum say it is (readNumbers' measureOf).
 */
export function sameMeasure(one: NumberReading, other: NumberReading): boolean {
  return one.target === other.target && (one.measure === other.measure || !one.measure || !other.measure);
}

/** The rule that keeps two figures of the same count apart, or undefined when they conflict. */
export function conflictRule(pair: FigurePair): string | undefined {
  return firstRule(CONFLICT_RULES, pair)?.id;
}

/** CONFLICT_RULES' context of an example "A | B": A's first figure with B's first that counts the same thing. */
function figurePairOf(example: string): FigurePair {
  const [textA, textB] = example.split(' | ');
  const numbersA = readNumbers(textA);
  const numbersB = readNumbers(textB);
  const a = numbersA[0];
  const b = numbersB.find(other => other.counts === a.counts) ?? numbersB[0];
  const alike = (reading: NumberReading): boolean => reading.counts === a.counts;
  return { a, b, onlyOnes: numbersA.filter(alike).length === 1 && numbersB.filter(alike).length === 1 };
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

/**
 * Two figures that may be one value told twice: the same counted thing, or a count of unknown things; counts of
 * people by different measures never ("12 arrests" and "12 charges", "40 hurt" and "40 evacuated"). Sums keep
 * agreeing across measures: their measure words are looser ("raises" of pay read as funding).
 */
function compatible(one: NumberReading, other: NumberReading): boolean {
  if (one.kind === 'count' && other.kind === 'count' && !sameMeasure(one, other)) {
    return false;
  }
  if (one.counts === other.counts) {
    return true;
  }
  return one.kind === 'count' && other.kind === 'count' && (one.counts === 'count' || other.counts === 'count');
}

/** The two rules of CONFLICT_RULES that a figure fails alone, checked before figures are grouped: such a figure is not a candidate. */
function canConflict(reading: NumberReading): boolean {
  return !isUnknownCount(reading) && !isWeekday(reading);
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
  const pairedA = new Set<NumberReading>();
  for (const counts of new Set(leftA.filter(canConflict).map(reading => reading.counts))) {
    const xs = leftA.filter(reading => reading.counts === counts);
    const ys = leftB.filter(reading => reading.counts === counts && canConflict(reading));
    const onlyOnes = xs.length === 1 && ys.length === 1;
    const conflict = (fromA: NumberReading, fromB: NumberReading): void => {
      usedB.add(fromB);
      pairedA.add(fromA);
      pairs.push({ a: fromA, b: fromB, counts, agree: false });
    };
    // Figures about the same named subject pair first ("Brightmart up 31 percent" / "Brightmart nearly 26%").
    for (const x of xs.filter(reading => reading.subject)) {
      const y = ys.find(candidate => candidate.subject === x.subject && !usedB.has(candidate));
      if (y && !conflictRule({ a: x, b: y, onlyOnes })) {
        conflict(x, y);
      }
    }
    // Then figures of the same measure, one on each side ("raised $40m at a valuation of $300m" / "raised $45m …").
    for (const x of xs.filter(reading => reading.measure && !pairedA.has(reading))) {
      const alike = (reading: NumberReading): boolean => reading.measure === x.measure && reading.target === x.target;
      const y = ys.filter(candidate => alike(candidate) && !usedB.has(candidate));
      if (y.length === 1 && xs.filter(reading => alike(reading) && !pairedA.has(reading)).length === 1 && !conflictRule({ a: x, b: y[0], onlyOnes })) {
        conflict(x, y[0]);
      }
    }
    const restA = xs.filter(reading => !pairedA.has(reading));
    const restB = ys.filter(reading => !usedB.has(reading));
    if (restA.length === 1 && restB.length === 1 && !conflictRule({ a: restA[0], b: restB[0], onlyOnes: true })) {
      conflict(restA[0], restB[0]);
    }
  }
  return pairs.sort((one, other) => one.a.start - other.a.start);
}
