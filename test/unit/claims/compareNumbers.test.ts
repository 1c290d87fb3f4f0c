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
  ['Revenue will reach $55 billion.', 'Annual revenues of $55bn are expected.', ['$55 billion = $55bn (money:USD)']],
  ['The city has 1.6 million residents.', 'Its 1,600,000 residents were told to stay home.', ['1.6 million = 1,600,000 (resident)']],
  ['More than 60 Democrats voted against her.', 'She lost 63 Democrats.', ['More than 60 = 63 (democrat)']],
  ['She won two-thirds of the vote.', 'She took 67 percent of the vote.', ['two-thirds = 67 percent (percent)']],
  ['Brightmart rose 22 percent and Hollis 15 percent.', 'Hollis climbed 8%, while Brightmart jumped nearly 17%.',
    ['22 percent ≠ nearly 17% (percent)', '15 percent ≠ 8% (percent)']],
  ['16 of the 52 MPs defected.', '16 lawmakers defected in the 52-member house.', ['16 = 16 (legislator)', '52 = 52 (legislator)']],
  ['Ms. Arden, 76, won again.', 'Arden, 77, won again.', ['76 ≠ 77 (age)']],
];

/** Pairs that must not conflict. */
const NO_CONFLICT: readonly (readonly [string, string])[] = [
  ['12 officers and 3 dogs were hurt.', '40 protesters were hurt.'],
  ['The vote was on Monday.', 'The vote was on Wednesday.'],
  ['345,000 in the US and Canada', '350,000 across the region'],
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
