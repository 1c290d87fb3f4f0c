// Pairing the numbers of two claims: the same value written differently agrees, the same thing counted
// differently conflicts, and figures that count different things are left alone.
import * as assert from 'assert';
import { compareNumbers } from '../../../src/core/claims/compareNumbers';
import { readNumbers } from '../../../src/core/claims/readNumbers';

function pairs(a: string, b: string): string[] {
  return compareNumbers(readNumbers(a), readNumbers(b)).map(p => `${p.a.text} ${p.agree ? '=' : '≠'} ${p.b.text} (${p.counts})`);
}

/** [claim in A, claim in B, expected pairs] */
const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  ['12 police officers were charged.', 'A dozen officers face charges.', ['12 = A dozen (officer)']],
  ['A dozen officers were charged.', '13 officers were charged.', ['A dozen ≠ 13 (officer)']],
  ['The deal is worth $4 billion.', 'The $4.5 billion deal was announced.', ['$4 billion ≠ $4.5 billion (money:USD)']],
  ['Revenue will reach $38 billion.', 'Yearly sales of $38bn are expected.', ['$38 billion = $38bn (money:USD)']],
  ['The city has 1.6 million residents.', 'Its 1,600,000 residents were told to stay home.', ['1.6 million = 1,600,000 (resident)']],
  ['More than 30 Republicans voted against him.', 'He lost 34 Republicans.', ['More than 30 = 34 (republican)']],
  ['She won three-quarters of the ballots.', 'She took 75 percent of the ballots.', ['three-quarters = 75 percent (percent)']],
  ['Brightmart rose 31 percent and Hollis 12 percent.', 'Hollis climbed 5%, while Brightmart jumped nearly 26%.',
    ['31 percent ≠ nearly 26% (percent)', '12 percent ≠ 5% (percent)']],
  ['9 of the 61 MPs defected.', '9 lawmakers defected in the 61-member house.', ['9 = 9 (legislator)', '61 = 61 (legislator)']],
  ['Ms. Arden, 58, won again.', 'Arden, 59, won again.', ['58 ≠ 59 (age)']],
  // An estimate to three digits says which ten it is in; one to the hundred allows the hundred's rounding.
  ['The probe cost about 780 million euros.', 'The agency spent €790 million on the probe.', ['about 780 million euros ≠ €790 million (money:EUR)']],
  ['The plant cost about €600m.', 'The plant cost 610 million euros.', ['about €600m = 610 million euros (money:EUR)']],
  // The same stretch with two values disagrees.
  ['The board must rule within two weeks.', 'The board must rule within one week.', ['two ≠ one (week)']],
  ['Vardo lost two wickets in the first five overs.', 'Vardo lost two wickets in the first six overs.', ['two = two (wicket)', 'five ≠ six (over)']],
  // A range agrees with any value inside it, and disagrees with one outside.
  ['Between 20 and 30 people were hurt.', '25 people were hurt.', ['Between 20 and 30 = 25 (person)']],
  ['Between 20 and 30 people were hurt.', '35 people were hurt.', ['Between 20 and 30 ≠ 35 (person)']],
  // Parts of one total held by the same holder disagree.
  ['Rebels hold 16 of the 52 seats.', 'The rebels hold 18 of the 52 seats.', ['16 ≠ 18 (seat)', '52 = 52 (seat)']],
];

/** Pairs that must not conflict. */
const NO_CONFLICT: readonly (readonly [string, string])[] = [
  ['12 officers and 3 dogs were hurt.', '40 protesters were hurt.'],
  ['The vote was on Monday.', 'The vote was on Wednesday.'],
  ['212,000 in the region', '215,000 across the region'],
  // Different stretches: the start of an innings and its end; a span within which a crew arrived and one before a landing.
  ['Tarrow was nervous after the first two overs.', 'Tarrow was outplayed in the last five overs.'],
  ['A crew reached the capsule within two hours.', 'The capsule was released 12 hours earlier.'],
  ['Kelderwick will hire staff over the next three years.', 'Kelderwick hired staff in the past two years.'],
  // A count of years against a year of the calendar.
  ['It is the first staging in 40 years of the opera.', 'The opera dates from 1911.'],
  ['The pair met in 2020.', 'The pair met five years ago.'],
  // Parts of one total held by two holders.
  ['The Tarrow Party, which holds 19 of the 90 seats, objected.', 'The coalition has 48 of the 90 seats.'],
  // Two people's ages.
  ['On the picket line, Jo Marr, 34, a signaller, spoke.', 'Outside the box, Hollie Tarrow, 29, a signaller, spoke.'],
];

describe('compareNumbers', () => {
  for (const [a, b, expected] of CASES) {
    it(`pairs ${JSON.stringify(a)} with ${JSON.stringify(b)}`, () => {
      assert.deepStrictEqual(pairs(a, b), expected);
    });
  }
  for (const [a, b] of NO_CONFLICT) {
    it(`flags no conflict between ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
      assert.deepStrictEqual(pairs(a, b).filter(p => p.includes('≠')), []);
    });
  }
});
