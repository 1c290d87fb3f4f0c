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
  ['Mr. Halvorsen, 67, of Bergen, and a 39-year-old nurse were hurt.', ['67 → age 67 age', '39-year-old → age 39 age']],
  ['The founders, now in their 70s, still run the firm.', ['70s → age 70 age']],
  ['The motion passed 121 to 58 on Thursday.', ['121 to 58 → tally 121-58 tally', 'Thursday → date thursday date']],
  ['Talks began March 9, 2011 and ended on 12 May.', ['March 9, 2011 → date 2011-03-09 date', '12 May → date 05-12 date']],
  ['The law was approved by voters in 2009.', ['2009 → year 2009 year']],
  ['More than 40 lawmakers voted against the bill.', ['More than 40 → count 40 legislator']],
  ['Eleven of the 48 MPs crossed the floor.', ['Eleven → count 11 legislator', '48 → count 48 legislator']],
  ['Forty-five soldiers and some 3,000 civilians fled.', ['Forty-five → count 45 soldier', 'some 3,000 → count 3000 civilian']],
  ['The island lies 1,900 kilometres from the coast.', ['1,900 → count 1900 kilometer']],
  // Posts and roles cut are jobs (COUNTED_SYNONYMS' workforce group).
  ['About 40 posts are to be cut and 12 roles moved to Kelso.', ['About 40 → count 40 employee', '12 → count 12 employee']],
  // A comma ends what a figure counts: the tally is read alike whether or not a name follows it.
  ['While Ms. Adeyemi won, 88 to 41, Mr. Brandt held his seat.', ['88 to 41 → tally 88-41 tally']],
  ['The council backed her, 30 to 12, Ms. Lund said.', ['30 to 12 → tally 30-12 tally']],
  // A range is one figure; a change and a level ("fell 1.4% to 84.20", "from 40 to 52") are two.
  ['Between 20 and 30 people were hurt.', ['Between 20 and 30 → count 20 person']],
  ['The stoppage may last two to three weeks.', ['two to three → count 2 week']],
  ['The upgrade will cost 4 to 5 billion dollars.', ['4 to 5 billion dollars → money 4000000000 money:USD']],
  ['Shares in Tarrow fell 1.4% to 84.20.', ['1.4% → percent 1.4 percent', '84.20 → count 84.2 count']],
  ['Turnout rose from 40 to 52 percent.', ['40 → count 40 count', '52 percent → percent 52 percent']],
];

/** Numbers that are labels, codes or times, not quantities. */
const NOT_NUMBERS: readonly string[] = [
  'Section 8 of the treaty applies.',
  'Updated: 2019-03-14 09:05',
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
    const [more] = readNumbers('more than 40 members');
    assert.deepStrictEqual([more.low, more.high], [40, Infinity]);
    const [nearly] = readNumbers('nearly 26% of voters');
    assert.ok(nearly.low < 26 && nearly.high === 26);
  });

  it('keeps an estimate in digits within its own rounding, at most a tenth either way', () => {
    const interval = (sentence: string): number[] => { const [n] = readNumbers(sentence); return [n.low, n.high]; };
    assert.deepStrictEqual(interval('The probe cost about 780 million euros.'), [775e6, 785e6]);
    assert.deepStrictEqual(interval('Around 1,150 beds were added.'), [1125, 1175]);
    assert.deepStrictEqual(interval('Some 2,000 kilometres of track'), [1800, 2200]);
    assert.deepStrictEqual(interval('roughly 4.5bn dollars').map(x => Math.round(x / 1e6)), [4250, 4750]);
    assert.deepStrictEqual(interval('about 1.2 million people').map(x => Math.round(x)), [1150000, 1250000]);
    // In words, an estimate keeps the tenth: "about three" is no more precise than it says.
    assert.deepStrictEqual(interval('about three hours').map(x => Math.round(x * 10) / 10), [2.7, 3.3]);
  });

  it('reads the stretch a count measures', () => {
    const scopes = (sentence: string): string[] => readNumbers(sentence).map(n => `${n.text}:${n.scope}`);
    assert.deepStrictEqual(scopes('Vardo lost two wickets in the first five overs.'), ['two:', 'five:first']);
    assert.deepStrictEqual(scopes('Marwick scored 40 runs in the last five overs.'), ['40:', 'five:last']);
    assert.deepStrictEqual(scopes('A crew reached the capsule within two hours.'), ['two:within']);
    assert.deepStrictEqual(scopes('The capsule was released 12 hours earlier.'), ['12:before']);
    assert.deepStrictEqual(scopes('Dana Kelso resigned two days later.'), ['two:after']);
    assert.deepStrictEqual(scopes('The crew worked for 12 hours in 14 villages.'), ['12:', '14:']);
    assert.deepStrictEqual(scopes('Prices rose 4% in the first quarter.'), ['4%:']);
  });

  it('gives an apposed age the name it follows', () => {
    assert.deepStrictEqual(readNumbers('Outside, Jo Marr, 34, a signaller, spoke.').map(n => `${n.kind} ${n.subject}`), ['age marr']);
  });

  it('gives a part of a total its holder when no name is nearer', () => {
    const subjects = (sentence: string): string[] => readNumbers(sentence).map(n => `${n.text}:${n.subject}`);
    assert.deepStrictEqual(subjects('The coalition has 48 of the 90 seats.'), ['48:coalition', '90:']);
    assert.deepStrictEqual(subjects('The Vardo bloc, which now holds only 19 of the 90 seats, objected.'), ['19:bloc', '90:']);
    assert.deepStrictEqual(subjects('The coalition has 48 seats.'), ['48:']);
    assert.deepStrictEqual(subjects('Eleven of the 48 MPs crossed the floor.')[0], 'Eleven:');
  });

  it('notes the subject a figure is about', () => {
    assert.deepStrictEqual(readNumbers('Brightmart climbed 6%, while Hollis gained 11%.').map(n => n.subject), ['brightmart', 'hollis']);
  });

  it('reads no figure in a clock time with a dot or a zone (a live blog\'s time stamp)', () => {
    const texts = (sentence: string): string[] => readNumbers(sentence).map(n => n.text);
    assert.deepStrictEqual(texts('10.42am The judge returned to court.'), []);
    assert.deepStrictEqual(texts('At 9.15 a.m. the jury of 12 was sworn in.'), ['12']);
    assert.deepStrictEqual(texts('14.05 GMT: gusts of 80mph at Vardo.'), []);
    assert.deepStrictEqual(texts('Shares rose 10.42 percent.'), ['10.42 percent'], 'a decimal that is no clock time');
  });

  it('reads a subject across a parenthesised aside (a ticker, a tag), not inside it', () => {
    const subjects = (sentence: string): string[] => readNumbers(sentence).map(n => `${n.text}:${n.subject}`);
    assert.deepStrictEqual(subjects('Among the gainers, Tarrow Savings Bank (TSB.VL) added 2.3%.'), ['2.3%:bank']);
    assert.deepStrictEqual(subjects('The survey (run by Kelso Polling) found 40% support.'), ['40%:'], 'a name inside the aside is no subject');
    assert.deepStrictEqual(subjects('Shares of Orrin (up 3%) rose 4%.'), ['3%:', '4%:orrin'], 'a figure inside the aside stops at its opening bracket');
  });
});
