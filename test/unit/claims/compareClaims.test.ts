// Aligning the claims of two reports: invented articles in two outlets' styles, then the two samples.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareClaims, numberConflicts } from '../../../src/core/claims/compareClaims';
import { claimContextOf, toClaimsExport, renderClaims, CLAIMS_SCHEMA } from '../../../src/core/claims/claimsExport';
import { analyzeText } from '../../../src/core/analyze';
import { compareDocuments } from '../../../src/core/compare';

const WIRE = [
  'Harbour Strike Ends After Nine Days',
  'LISBURN (Wire) - Dock workers in Lisburn ended a nine-day strike on Friday after the port authority agreed to a 4 percent pay rise.',
  'A dozen union officials signed the agreement at the port offices.',
  'The strike had left 140 cargo ships waiting offshore.',
  'Union leader Mara Quint said the deal was "a fair result for every family on the docks."',
].join('\n');

const DAILY = [
  'Port deal ends strike',
  'The nine-day strike by Lisburn dock workers is over: the port authority on Friday offered a pay rise of 4%, and the union accepted.',
  '13 union officials signed the deal, according to the authority.',
  'Mara Quint, the union leader, called it "a fair result for every family on the docks."',
  'Fuel prices in the region rose sharply during the dispute.',
].join('\n');

function claimIndex(text: string, words: string): number {
  return text.indexOf(words);
}

describe('compareClaims', () => {
  const comparison = compareClaims(WIRE, DAILY);
  const alignedPair = (a: string, b: string) => comparison.aligned.find(p => p.a.start <= claimIndex(WIRE, a) && claimIndex(WIRE, a) < p.a.end && p.b.start <= claimIndex(DAILY, b) && claimIndex(DAILY, b) < p.b.end);

  it('aligns claims that report the same fact in other words', () => {
    assert.ok(alignedPair('Dock workers in Lisburn ended', 'The nine-day strike by Lisburn'), 'the lead sentences');
    assert.ok(alignedPair('A dozen union officials', '13 union officials'), 'the signing');
    assert.ok(alignedPair('Union leader Mara Quint', 'Mara Quint, the union leader'), 'the quotation');
  });

  it('leaves claims no other report makes on their own side', () => {
    assert.ok(comparison.onlyA.some(c => c.text.startsWith('The strike had left 140 cargo ships')));
    assert.ok(comparison.onlyB.some(c => c.text.startsWith('Fuel prices in the region')));
  });

  it('flags numbers that count the same thing differently, and agrees on the same value written differently', () => {
    const lead = alignedPair('Dock workers in Lisburn ended', 'The nine-day strike by Lisburn');
    assert.ok(lead?.numbers.some(n => n.agree && n.a.text === '4 percent' && n.b.text === '4%'));
    assert.deepStrictEqual(numberConflicts(comparison).map(c => `${c.numbers.a.text}/${c.numbers.b.text}`), ['A dozen/13']);
  });

  it('gives similarities between 0 and 1 and spans that are the exact text', () => {
    for (const p of comparison.aligned) {
      assert.ok(p.similarity > 0 && p.similarity <= 1);
      assert.strictEqual(WIRE.slice(p.a.start, p.a.end), p.a.text);
      assert.strictEqual(DAILY.slice(p.b.start, p.b.end), p.b.text);
    }
  });

  it('exports the news-lens/claims@1 shape', () => {
    const data = toClaimsExport(comparison, { a: 'wire.txt', b: 'daily.txt' });
    assert.strictEqual(data.schema, CLAIMS_SCHEMA);
    assert.deepStrictEqual(Object.keys(data), ['schema', 'articles', 'aligned', 'onlyA', 'onlyB']);
    assert.deepStrictEqual(Object.keys(data.aligned[0]), ['a', 'b', 'similarity', 'numbers']);
    const number = data.aligned.flatMap(p => p.numbers)[0];
    assert.deepStrictEqual(Object.keys(number), ['a', 'b', 'counts', 'agree']);
    assert.deepStrictEqual(Object.keys(number.a), ['start', 'end', 'text', 'value']);
    assert.deepStrictEqual(JSON.parse(renderClaims(data, 'json')), JSON.parse(JSON.stringify(data)));
  });

  it('keeps article text inert in the Markdown form', () => {
    const hostile = 'The [board](command:evil) voted <b>no</b> on 12 ships.';
    const md = renderClaims(toClaimsExport(compareClaims(hostile, 'Nothing alike here at all.'), { a: 'a.txt', b: 'b.txt' }), 'markdown');
    assert.ok(!md.includes('](command:'), md);
    assert.ok(!md.includes('<b>'), md);
  });

  it('stays fast when the same sentence repeats hundreds of times (no quadratic blow-up)', function () {
    this.timeout(20_000);
    const a = Array.from({ length: 300 }, () => WIRE).join('\n');
    const b = Array.from({ length: 300 }, () => DAILY).join('\n');
    const started = Date.now();
    compareClaims(a, b);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
});

describe('compareClaims on the two sample articles', function () {
  this.timeout(60_000);
  const samples = path.join(__dirname, '..', '..', '..', '..', 'samples');
  const [textA, textB] = ['000_e9c3a88e7f0cde5b.txt', '004_4d10fd835b947f25.txt'].map(f => fs.readFileSync(path.join(samples, f), 'utf8'));
  const comparison = compareClaims(textA, textB, claimContextOf(compareDocuments(analyzeText(textA), analyzeText(textB))));

  it('aligns the sentences about the "Article 5-like" security offer', () => {
    assert.ok(comparison.aligned.some(p => p.a.text.includes('Article 5-like') && p.b.text.includes('Article 5-like')));
  });

  it('keeps the sentence on the war\'s toll only in its article', () => {
    const toll = comparison.claimsA.filter(c => /killed or wounded/.test(c.text));
    assert.ok(toll.length > 0);
    assert.ok(toll.every(c => comparison.onlyA.includes(c)));
  });
});
