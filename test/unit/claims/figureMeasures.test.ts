// What a sum or a share measures (lexicon/numbers FIGURE_MEASURES, readNumbers' measureOf) and why money counted by
// different measures never conflicts (compareNumbers' `different-measures`). Invented sentences.
import * as assert from 'assert';
import { compareNumbers } from '../../../src/core/claims/compareNumbers';
import { readNumbers } from '../../../src/core/claims/readNumbers';
import { FIGURE_MEASURES } from '../../../src/core/lexicon/numbers';

function measures(sentence: string): string[] {
  return readNumbers(sentence).map(n => `${n.text}:${n.target ? 'target ' : ''}${n.measure}`);
}

function conflicts(a: string, b: string): string[] {
  return compareNumbers(readNumbers(a), readNumbers(b)).filter(p => !p.agree).map(p => `${p.a.text} ≠ ${p.b.text}`);
}

describe('figure measures (lexicon/numbers FIGURE_MEASURES)', () => {
  for (const measure of FIGURE_MEASURES) {
    for (const example of measure.examples) {
      it(`${measure.id}: ${JSON.stringify(example)}`, () => {
        assert.strictEqual(readNumbers(example)[0]?.measure, measure.id);
      });
    }
  }

  it('gives each sum of a sentence the measure nearest to it', () => {
    assert.deepStrictEqual(measures('Vardo raised $40 million from investors at a valuation of $300 million.'), ['$40 million:funding', '$300 million:valuation']);
    assert.deepStrictEqual(measures('Revenue rose to €5.2bn, while profit fell to €400m.'), ['€5.2bn:revenue', '€400m:profit']);
    assert.deepStrictEqual(measures('The regulator fined Hollis $5m and ordered it to pay $2m in compensation.'), ['$5m:fine', '$2m:compensation']);
    assert.deepStrictEqual(measures('Dorn offered £300,000, well below the asking price of £450,000.'), ['£300,000:bid', '£450,000:asking']);
  });

  it('reads a target, a forecast or a hope as such', () => {
    assert.deepStrictEqual(measures('Vardo aims to raise $50 million by June.'), ['$50 million:target funding']);
    assert.deepStrictEqual(measures('The firm expects revenue of $6bn.'), ['$6bn:target revenue']);
    assert.deepStrictEqual(measures('Vardo raised $40 million.'), ['$40 million:funding']);
  });

  it('gives no measure when the words around a sum name none', () => {
    assert.deepStrictEqual(measures('The $4.5 billion deal was announced.'), ['$4.5 billion:']);
    assert.deepStrictEqual(measures('Shares rose 31 percent.'), ['31 percent:']);
    assert.deepStrictEqual(measures('Vardo raised prices, and the group now holds $90m.'), ['$90m:'], 'a comma ends the clause the measure is read in');
  });

  it('leaves counts, ages and dates without a measure', () => {
    assert.deepStrictEqual(measures('The fine hit 40 workers on March 9.'), ['40:', 'March 9:']);
  });
});

describe('number conflicts between measures (compareNumbers different-measures)', () => {
  const apart: readonly (readonly [string, string])[] = [
    ['Vardo raised 40 million dollars in its latest round.', 'Vardo, valued at about 300 million dollars, is hiring.'],
    ['Hollis reported revenue of $5.2bn.', 'Hollis made a profit of $400m.'],
    ['The regulator fined Hollis £5m.', 'Hollis will pay £2m in compensation to customers.'],
    ['Dorn bid £300,000 for the house.', 'The house had an asking price of £450,000.'],
    ['The fund hopes to raise $50 million.', 'The fund raised $38 million.'],
    ['The council set a budget of $12m for the bridge.', 'The bridge cost $19m.'],
    ['Sales rose 8 percent.', 'Profit rose 3 percent.'],
  ];
  for (const [a, b] of apart) {
    it(`flags no conflict between ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
      assert.deepStrictEqual(conflicts(a, b), []);
    });
  }

  const same: readonly (readonly [string, string, readonly string[]])[] = [
    ['Vardo raised $40 million.', 'Vardo raised $45 million from investors.', ['$40 million ≠ $45 million']],
    ['Vardo raised $40 million.', 'Vardo now has $45 million.', ['$40 million ≠ $45 million']],
    ['The regulator fined Hollis £5m.', 'Hollis was given a penalty of £6m.', ['£5m ≠ £6m']],
    ['Vardo raised $40m at a valuation of $300m.', 'It raised $45m at a valuation of $350m.', ['$40m ≠ $45m', '$300m ≠ $350m']],
    ['The fund aims to raise $50 million.', 'The fund has a target of $60 million.', ['$50 million ≠ $60 million']],
  ];
  for (const [a, b, expected] of same) {
    it(`flags ${JSON.stringify(expected)} between ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
      assert.deepStrictEqual(conflicts(a, b), expected);
    });
  }
});
