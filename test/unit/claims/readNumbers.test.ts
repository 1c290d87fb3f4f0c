// Number reading: values and what they count, from invented sentences in several outlets' styles.
import * as assert from 'assert';
import { readNumbers } from '../../../src/core/claims/readNumbers';

/** [sentence, expected readings as "text → kind value counts"] */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['12 police officers were charged after the raid.', ['12 → count 12 officer']],
  ['A dozen officers were charged, prosecutors said.', ['A dozen → count 12 officer']],
  ['Nearly two-thirds of the vote went to Ms. Okafor.', ['Nearly two-thirds → percent 66.7 percent']],
  ['The city of 1.6 million people lost power.', ['1.6 million → count 1600000 person']],
  ['The bid values the group at $4.5 billion, or £3.4bn.', ['$4.5 billion → money 4500000000 money:USD', '£3.4bn → money 3400000000 money:GBP']],
  ['Turnout rose to 61 percent from 58% in the last vote.', ['61 percent → percent 61 percent', '58% → percent 58 percent']],
  ['Unemployment fell to 4.2 per cent.', ['4.2 per cent → percent 4.2 percent']],
  ['Mr. Halvorsen, 67, of Bergen, and a 43-year-old nurse were hurt.', ['67 → age 67 age', '43-year-old → age 43 age']],
  ['The founders, now in their 70s, still run the firm.', ['70s → age 70 age']],
  ['The motion passed 134 to 63 on Thursday.', ['134 to 63 → tally 134-63 tally', 'Thursday → date thursday date']],
  ['Talks began November 3, 2004 and ended on 12 March.', ['November 3, 2004 → date 2004-11-03 date', '12 March → date 03-12 date']],
  ['The law was approved by voters in 2012.', ['2012 → year 2012 year']],
  ['More than 60 lawmakers voted against the bill.', ['More than 60 → count 60 legislator']],
  ['Sixteen of the 52 MPs crossed the floor.', ['Sixteen → count 16 legislator', '52 → count 52 legislator']],
  ['Forty-five soldiers and some 2,000 civilians fled.', ['Forty-five → count 45 soldier', 'some 2,000 → count 2000 civilian']],
  ['The island lies 1,900 kilometres from the coast.', ['1,900 → count 1900 kilometer']],
];

/** Numbers that are labels, codes or times, not quantities. */
const NOT_NUMBERS: readonly string[] = [
  'Article 5 of the treaty applies.',
  'Updated: 2004-12-06 12:44',
  'She boarded Flight 17 at dawn.',
];

function shown(sentence: string): string[] {
  return readNumbers(sentence).map(n => `${n.text} → ${n.kind} ${n.value} ${n.counts}`);
}

describe('readNumbers', () => {
  for (const [sentence, expected] of CASES) {
    it(`reads ${JSON.stringify(sentence)}`, () => {
      assert.deepStrictEqual(shown(sentence), expected);
    });
  }
  for (const sentence of NOT_NUMBERS) {
    it(`reads no quantity in ${JSON.stringify(sentence)}`, () => {
      assert.deepStrictEqual(shown(sentence), []);
    });
  }

  it('gives offsets into the whole text when reading a span of it', () => {
    const text = 'Intro line.\nThen 14 trucks arrived.';
    const start = text.indexOf('Then');
    const [n] = readNumbers(text, { start, end: text.length });
    assert.strictEqual(text.slice(n.start, n.end), '14');
    assert.strictEqual(n.text, '14');
  });

  it('widens a qualified figure into an interval', () => {
    const [more] = readNumbers('more than 60 members');
    assert.deepStrictEqual([more.low, more.high], [60, Infinity]);
    const [nearly] = readNumbers('nearly 17% of voters');
    assert.ok(nearly.low < 17 && nearly.high === 17);
  });

  it('notes the subject a figure is about', () => {
    assert.deepStrictEqual(readNumbers('Brightmart climbed 8%, while Hollis jumped 17%.').map(n => n.subject), ['brightmart', 'hollis']);
  });
});
