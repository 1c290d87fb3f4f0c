// Election-night and results copy (round 17, r17b-elections; test/fixtures/fresh39): party labels before a politician
// whose given name the lexicon does not know, a news agency named "X Wire", a count held at a leisure centre.
// Invented names and sentences throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

type Kind = 'person' | 'org' | null;

function kindOf(text: string, name: string): Kind {
  const e = analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
  return e ? e.kind : null;
}

function names(text: string): string[] {
  return analyzeText(text).entities.map(e => e.name);
}

describe('election copy: party labels, wire services, count venues', () => {
  describe('a party label before a name is outside the name', () => {
    it('"Democrat X Y" with a given name the lexicon does not know', () => {
      const text = 'In the north ward, Democrat Orsolya Brandvik led the count by 300 votes. Brandvik thanked her volunteers.';
      assert.strictEqual(kindOf(text, 'Orsolya Brandvik'), 'person');
      assert.ok(!names(text).some(n => /^Democrat/.test(n)), names(text).join(', '));
    });
    it('"Republican X Y" likewise', () => {
      const text = 'The seat went to Republican Idunn Farrowby on Tuesday. Farrowby said little.';
      assert.strictEqual(kindOf(text, 'Idunn Farrowby'), 'person');
    });
    it('a headline\'s "Democrat Surname" names the person by the surname alone', () => {
      const text = 'Democrat Marwood wins Kelderwick mayor\'s race\n\nCouncil member Teodora Marwood was elected mayor on Tuesday. Marwood led from the start.';
      assert.ok(!names(text).some(n => /^Democrat/.test(n)), names(text).join(', '));
      assert.strictEqual(kindOf(text, 'Marwood'), 'person');
    });
    it('the label alone in a results line is no person', () => {
      const text = 'Idunn Farrowby, the mayor, said she was pleased.\n\nResults\nIdunn Farrowby, Democrat – 4,912 (53.6%)\nTomas Kellby, Republican – 4,307 (45.1%)';
      const e = analyzeText(text).entities.find(x => x.mentions.some(m => m.text === 'Democrat'));
      assert.strictEqual(e, undefined);
    });
    it('a label that is also a given name keeps its reading: "Tory X, a spokeswoman,"', () => {
      const text = 'Tory Brandvik, a campaign spokeswoman, said the count was slow.';
      assert.strictEqual(kindOf(text, 'Tory Brandvik'), 'person');
    });
    it('an initialism before a title is left to the rules for bodies: "GOP Sen. X"', () => {
      const text = 'The bill passed after GOP Sen. Idris Penhale changed his vote on Tuesday.';
      assert.strictEqual(kindOf(text, 'Idris Penhale'), 'person');
      assert.strictEqual(kindOf(text, 'GOP'), 'org');
    });
    it('a party\'s own name keeps its label: "Liberal Democrats", "Labour Party", "Democratic National Committee"', () => {
      const text = 'The Liberal Democrats met officials from the Democratic National Committee on Monday, a spokesman said.\n\nThe Labour Party said it would vote against.';
      assert.strictEqual(kindOf(text, 'Liberal Democrats'), 'org');
      assert.strictEqual(kindOf(text, 'Democratic National Committee'), 'org');
      assert.strictEqual(kindOf(text, 'Labour Party'), 'org');
    });
  });

  describe('a news agency named "X Wire"', () => {
    it('calls a race as a subject', () => {
      const text = 'Harbourline Wire called the race for Dana Kelso at 10:48 p.m. with most precincts reporting.';
      assert.strictEqual(kindOf(text, 'Harbourline Wire'), 'org');
    });
    it('"the Wire" alone in a song\'s title is no agency', () => {
      const text = 'Her single "Down to the Wire" reached number nine, Orla Brandt said.';
      assert.strictEqual(kindOf(text, 'Wire'), null);
    });
    it('"X Newswire" too', () => {
      const text = 'Tarrow Newswire had not declared a winner late on Tuesday, Ivo Sandal said.';
      assert.strictEqual(kindOf(text, 'Tarrow Newswire'), 'org');
    });
  });

  describe('a count centre named after a facility is a venue, no body', () => {
    it('"X Leisure Centre"', () => {
      const text = 'The result was declared at Marwick Leisure Centre at 4am by the returning officer, Orla Brandt.';
      assert.strictEqual(kindOf(text, 'Marwick Leisure Centre'), null);
    });
    it('"X Conference Center"', () => {
      const text = 'Supporters gathered at the Vardo Conference Center as Tom Wrede conceded.';
      assert.strictEqual(kindOf(text, 'Vardo Conference Center'), null);
    });
    it('a centre without a facility word stays a body', () => {
      const text = 'Staff at the Kelso Policy Centre said the count was slow, Tom Wrede said.';
      assert.strictEqual(kindOf(text, 'Kelso Policy Centre'), 'org');
    });
  });
});
