// What a count of people measures (lexicon/numbers COUNT_MEASURES, readNumbers' countMeasured): people hurt,
// evacuated, arrested or charged are different people, so their counts never conflict nor agree across
// measures; "hurt", "injured" and "wounded" are one measure. Invented sentences.
import * as assert from 'assert';
import { compareNumbers } from '../../../src/core/claims/compareNumbers';
import { readNumbers } from '../../../src/core/claims/readNumbers';
import { COUNT_MEASURES } from '../../../src/core/lexicon/numbers';

function pairs(a: string, b: string): string[] {
  return compareNumbers(readNumbers(a), readNumbers(b)).map(p => `${p.a.text} ${p.agree ? '=' : '≠'} ${p.b.text}`);
}

describe('count measures (lexicon/numbers COUNT_MEASURES)', () => {
  for (const measure of COUNT_MEASURES) {
    for (const example of measure.examples) {
      it(`${measure.id}: ${JSON.stringify(example)}`, () => {
        assert.strictEqual(readNumbers(example).find(n => n.kind === 'count')?.measure, measure.id);
      });
    }
  }

  it('reads the measure of each count of a sentence', () => {
    assert.deepStrictEqual(readNumbers('Four people were killed and 40 injured when the stand collapsed.').map(n => `${n.text}:${n.counts}/${n.measure}`), ['Four:person/dead', '40:person/hurt']);
    assert.deepStrictEqual(readNumbers('The blast killed two workers and injured 14 others.').map(n => `${n.text}:${n.measure}`), ['two:dead', '14:hurt']);
  });

  it('reads a count told by its verb alone, or by a noun of its measure, as a count of people', () => {
    assert.deepStrictEqual(readNumbers('53 were injured.').map(n => `${n.counts}/${n.measure}`), ['person/hurt']);
    assert.deepStrictEqual(readNumbers('Officers made 12 arrests.').map(n => `${n.counts}/${n.measure}`), ['person/arrested']);
  });

  it('never pairs counts of people by different measures', () => {
    assert.deepStrictEqual(pairs('40 people were hurt in the blast.', '45 people were evacuated after the blast.'), []);
    assert.deepStrictEqual(pairs('40 people were hurt in the blast.', '40 people were evacuated after the blast.'), []);
    assert.deepStrictEqual(pairs('Police made 12 arrests.', 'Police brought 12 charges.'), []);
    assert.deepStrictEqual(pairs('12 people were arrested.', '15 people were charged.'), []);
  });

  it('compares counts of one measure told in other words', () => {
    assert.deepStrictEqual(pairs('About 40 people were hurt.', '53 were injured.'), ['About 40 ≠ 53']);
    assert.deepStrictEqual(pairs('The blast injured 40 people.', 'The blast wounded 45 people.'), ['40 ≠ 45']);
    assert.deepStrictEqual(pairs('Officers made 12 arrests.', 'Officers arrested 15 people.'), ['12 ≠ 15']);
    assert.deepStrictEqual(pairs('About 40 people were hurt.', '43 people were injured.'), ['About 40 = 43']);
    assert.deepStrictEqual(pairs('Four people were killed and 40 injured.', 'Five people died and 50 were hurt.'), ['Four ≠ Five', '40 ≠ 50']);
  });

  it('leaves a count whose words name no fate to agree or conflict as before', () => {
    assert.deepStrictEqual(pairs('40 people were hurt.', '45 people were at the scene.'), ['40 ≠ 45']);
  });
});
