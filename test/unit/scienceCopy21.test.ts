// Kinds of round 21's science and medical research set (fresh55): natural objects and molecules named after a thing's
// noun ("the asteroid X", "a gene called X"), inverted attribution to a titled person with a workplace ("said the
// lead author, Dr X of the University of Y"), a body's noun before a reporting verb after a name ("at 0400 X, the
// agency said"), a paper listed with its "the" before a noun ("the Australian outback") and drug companies named for
// their trade ("X Therapeutics"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

function speakerOf(text: string, quoted: string): string | undefined {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(found => text.slice(found.start, found.end).includes(quoted));
  assert.ok(quote, `no quotation with ${quoted}`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name;
}

describe('science and medical research copy (r21-science)', () => {
  describe('a thing\'s noun before a name, or before a naming verb (rule thing-noun-before; thing-nouns, named-study-nouns)', () => {
    it('reads an asteroid named after "the asteroid" as no body in any of its uses', () => {
      const found = mentionLabels('Dust from the asteroid Pellan reached Tarrow on Monday. Pellan\'s surface is dark, said Dana Kelso.');
      assert.deepStrictEqual(found, ['p:Dana Kelso']);
    });

    it('reads a gene symbol after "a gene called" or before "gene" as no body in any of its uses', () => {
      assert.deepStrictEqual(mentionLabels('Carriers of a gene called TRM4B fell ill more often. The protein made by TRM4B repairs cells, said Dana Kelso.'), ['p:Dana Kelso']);
      assert.deepStrictEqual(mentionLabels('Carriers of the TRM4B gene fell ill. TRM4B makes a repair protein, said Dana Kelso.'), ['p:Dana Kelso']);
    });

    it('keeps a person "named" so, and a celebrity after "star"', () => {
      assert.ok(mentionLabels('A boy named Tom Wrede fell ill in Tarrow.').includes('p:Tom Wrede'));
      assert.ok(mentionLabels('The pop star Dana Kelso fell ill in Tarrow.').includes('p:Dana Kelso'));
    });

    it('keeps an abbreviation with no such noun a body', () => {
      assert.ok(mentionLabels('The KVR said the talks had failed.').includes('o:KVR'));
    });
  });

  describe('inverted attribution to "the <post>, <honorific> X of <body>"', () => {
    const text = 'Bees are vanishing from upland farms.\n\n“We did not expect it,” said the lead author, Dr Ana Voss.\n\n'
      + '“We did not see the decline coming,” said the lead author, Dr Tom Wrede of the University of Marwick.';

    it('gives the quotation to the person behind the honorific', () => {
      assert.strictEqual(speakerOf(text, 'did not see'), 'Tom Wrede');
    });

    it('reads the post before the comma as the person\'s role past the workplace', () => {
      assert.ok(rolesOf(text, 'Tom Wrede').includes('lead author'));
    });

    it('does not take a name that opens a new clause after a description', () => {
      const other = 'The court ruled on Monday. “The fine stands,” according to the ruling, Mr Ivo Sandal must pay it.';
      assert.notStrictEqual(speakerOf(other, 'The fine stands'), 'Ivo Sandal');
    });
  });

  describe('a body\'s noun right before a reporting verb after a name (rule body-appositive)', () => {
    it('does not read a time zone before ", the agency said" as a body', () => {
      assert.deepStrictEqual(mentionLabels('The lander touched down at 0412 GMT, the agency said.'), []);
    });

    it('still reads "X, the housing charity, said" as a body', () => {
      assert.ok(mentionLabels('Dunmarsh, the housing charity, welcomed the report.').includes('o:Dunmarsh'));
    });
  });

  describe('a paper listed with its "the" whose word is a nationality (rule listed-organisation)', () => {
    it('reads "the Australian outback" as no paper', () => {
      assert.deepStrictEqual(mentionLabels('Rain fell across the Australian outback, said Dana Kelso.'), ['p:Dana Kelso']);
    });

    it('still reads "The Australian reported" as the paper', () => {
      assert.ok(mentionLabels('The Australian reported the deal on Monday.').includes('o:Australian'));
    });
  });

  describe('drug and biotech companies named for their trade (company-heads: therapeutics, biotech, pharma, biosciences, diagnostics)', () => {
    it('gives "the company said" to "X Therapeutics" named before it', () => {
      const text = 'Pellan Therapeutics said it would test a drug next year. "We are aiming at the right target," the company said.';
      assert.strictEqual(speakerOf(text, 'right target'), 'Pellan Therapeutics');
    });
  });
});
