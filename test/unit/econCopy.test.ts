// Economics, markets and company-results copy (round 17, r17b-econ; test/fixtures/fresh40): a body's head noun
// opening a sentence before a plural, the country a bank is "of", ratings agencies, fund managers and brewers as
// companies, a company's first word the tagger reads as a place, a business paper's desks. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function entityOf(text: string, name: string) {
  return analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
}

function mentionsOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.mentions.map(m => m.text);
}

describe('a body\'s head noun opening a sentence before a plural (round 17)', () => {
  it('"Union leaders", "Brewery workers", "Committee members" are no short forms of the union, the brewer, the committee', () => {
    const text = 'Dana Kelso works at Dunholm Brewery. She joined the Malt and Grain Workers\' Union in May and sits on the Vardo Pricing Committee.\n\n'
      + 'Brewery workers want more pay as Dunholm Brewery falls behind.\n\nUnion leaders at the plant have asked for talks.\n\nCommittee members voted twice.';
    assert.deepStrictEqual(mentionsOf(text, 'Dunholm Brewery'), ['Dunholm Brewery', 'Dunholm Brewery']);
    assert.deepStrictEqual(mentionsOf(text, 'Malt and Grain Workers\' Union'), ['Malt and Grain Workers\' Union']);
    assert.deepStrictEqual(mentionsOf(text, 'Vardo Pricing Committee'), ['Vardo Pricing Committee']);
  });

  it('before a verb the head alone is still the body', () => {
    const text = 'Staff at the plant joined the Malt and Grain Workers\' Union in May.\n\nUnion said on Monday that talks had failed.';
    assert.strictEqual(mentionsOf(text, 'Malt and Grain Workers\' Union').length, 2);
  });
});

describe('the country a body is "of" (round 17)', () => {
  it('"Ostrevia" beside "Reserve Bank of Ostrevia" is the country, no body of its own', () => {
    const text = 'The Reserve Bank of Ostrevia raised rates on Thursday.\n\nOstrevia\'s currency fell. Analysts said Ostrevia\'s debt was too high, and an adviser for Ostrevia agreed.';
    assert.strictEqual(entityOf(text, 'Reserve Bank of Ostrevia')?.kind, 'org');
    assert.ok(!analyzeText(text).entities.some(e => e.name === 'Ostrevia'));
  });
});

describe('ratings agencies, fund managers and brewers as companies (round 17)', () => {
  it('"X Ratings" opening a paragraph and "X Investors" are bodies', () => {
    const text = 'Bond prices fell on Monday.\n\nMarlow Ratings, which has the country on watch, will decide in June.\n\nOrrin Vale Investors, the largest shareholder, backed the offer.';
    assert.strictEqual(entityOf(text, 'Marlow Ratings')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Orrin Vale Investors')?.kind, 'org');
  });

  it('a brewer\'s first word the tagger reads as a place is still the brewer', () => {
    const text = 'Shares of Dunwick Brewery rose on Monday.\n\nDunwick is advised by two banks. Dunwick said profits fell.';
    assert.deepStrictEqual(mentionsOf(text, 'Dunwick Brewery'), ['Dunwick Brewery', 'Dunwick', 'Dunwick']);
  });
});

describe('a business paper\'s desks (round 17)', () => {
  it('"X, Markets Editor" on a line of its own is the writer and the post', () => {
    const text = 'Ivo Sandal, Markets Editor\nThe Orrin Ledger | 13 March 2026\n\nWhen Tom Wrede walked in, the market had priced a small rise.';
    const writer = analyzeText(text).entities.find(e => e.name === 'Ivo Sandal');
    assert.ok(writer);
    assert.deepStrictEqual(writer.roles.map(r => r.text), ['Markets Editor']);
  });

  it('"external member X" of a rate-setting committee is the member\'s post whole', () => {
    const text = 'The vote was five to two, with external member Aurel Penhale voting for a smaller rise.';
    const member = analyzeText(text).entities.find(e => e.name === 'Aurel Penhale');
    assert.deepStrictEqual(member?.roles.map(r => r.text), ['external member']);
  });
});
