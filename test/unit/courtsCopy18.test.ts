// Kinds of round 18's court, crime and inquest set (fresh44): a judge's courtesy style before the title, the post of a
// city's senior judge, a town before "police station", a public body's initialism before a place, and "she said" after
// a paragraph that brings a new person in as a complement. Every sentence is invented.
import * as assert from 'assert';
import { namedMentionLabels, rolesOf } from './support/entityQueries';
import { checkSpeakers } from './quotes/speakerRows';

describe('court, crime and inquest copy (r18-courts)', () => {
  describe('a court\'s courtesy style before a title is left out of the role (list courtesy-styles)', () => {
    it('gives "Judge", not "Honour Judge", at the opening of a sentence', () => {
      assert.deepStrictEqual(rolesOf('His Honour Judge Idris Penhale jailed the pair on Friday.', 'Idris Penhale'), ['Judge']);
    });

    it('gives "Judge", not "Her Honour Judge", inside a sentence', () => {
      assert.deepStrictEqual(rolesOf('The case was heard by Her Honour Judge Orla Brandt at Kelderwick Crown Court.', 'Orla Brandt'), ['Judge']);
    });

    it('keeps the post before the comma: "The Recorder of Vardo, His Honour Judge X KC,"', () => {
      const roles = rolesOf('The Recorder of Vardo, His Honour Judge Tom Wrede KC, said the harm was grave.', 'Tom Wrede');
      assert.deepStrictEqual([...roles].sort(), ['Judge', 'Recorder of Vardo']);
    });

    it('reads "the Recorder of Vardo" after the name as a role ("recorder" in title-heads)', () => {
      const roles = rolesOf('Sentencing, Judge Ivo Sandal, the Recorder of Vardo, said the harm was grave.', 'Ivo Sandal');
      assert.deepStrictEqual([...roles].sort(), ['Judge', 'Recorder of Vardo']);
    });

    it('still reads a capitalised word before "Judge" that is no courtesy style as the title\'s prefix', () => {
      assert.deepStrictEqual(rolesOf('Tarrow Judge Dana Kelso said the hearing would resume.', 'Dana Kelso'), ['Tarrow Judge']);
    });
  });

  it('reads a town before "police station" as the place, no body (rule organisation-tag)', () => {
    assert.deepStrictEqual(namedMentionLabels('Dana Kelso collapsed at Marwick police station in May, hours after her arrest.'), ['p:Dana Kelso:Dana Kelso']);
  });

  describe('a public body\'s initialism before a place names its unit (rule abbreviation-before-place)', () => {
    it('reads "KPS Marwick" as a body, not a person', () => {
      const found = namedMentionLabels('Orla Brandt, a senior crown prosecutor with KPS Marwick, said the case was strong.');
      assert.ok(found.includes('o:KPS Marwick:KPS Marwick'), found.join(' | '));
    });

    it('leaves a ship\'s prefix before a common word and a side\'s "Women" alone', () => {
      const found = namedMentionLabels('The frigate HMS Vigilant left port. The KFF Women side lost on Sunday.');
      assert.ok(!found.some(label => label.includes('HMS Vigilant') || label.includes('KFF Women')), found.join(' | '));
    });

    it('leaves two-letter initials before a name a person\'s', () => {
      const found = namedMentionLabels('The set was played by DJ Kelso Marr on Friday, and DJ Kelso Marr said it went well.');
      assert.ok(!found.some(label => label.startsWith('o:')), found.join(' | '));
    });
  });

  describe('"she said" after a paragraph that brings a new person in goes to that person', () => {
    checkSpeakers([
      ['Orla Brandt, prosecuting, said the men used a false company name.\n\nA victim impact statement from Dana Kelso, 84, was read to the court. She said the fraud had left her "a prisoner in my own home".',
        'a prisoner', 'Dana Kelso'],
      ['Tom Wrede, defending, said his client was sorry.\n\nA letter from Ivo Sandal, 79, was read out. He said he had been "made a fool of by two polite men".',
        'made a fool', 'Ivo Sandal'],
      // Someone named before in the article is no newcomer: the pronoun goes on with the subject.
      ['Dana Kelso, 84, lost her savings. Orla Brandt said the men lied.\n\nIn a reply to Dana Kelso, the firm apologised. She said it was "far too late for that".',
        'far too late', 'Orla Brandt'],
      // Nor when the paragraph went on with the subject by the pronoun before naming the newcomer.
      ['Tom Wrede spoke to the crowd for an hour.\n\nHe attacked the plan drawn up by Ivo Sandal. He promised to "tear it up on day one".',
        'tear it up', 'Tom Wrede'],
    ]);
  });
});
