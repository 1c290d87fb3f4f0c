// Kinds left open by round 20's sets and found by probing in round 21 (r21-left): a date opening a run of capitals
// before a name, a surname the tagger guesses a place after a title, and a minister's two portfolios joined by "and".
// Every sentence is invented, with invented names.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('open kinds of round 21 (r21-left)', () => {
  describe('a weekday or month after a word of time is the date, no part of the name after it (list date-opener-words)', () => {
    it('reads "On Thursday Pia Hollin said" as a person, without the weekday', () => {
      assert.deepStrictEqual(mentionLabels('On Thursday Pia Hollin said the ferry would sail.'), ['p:Pia Hollin']);
    });

    it('reads "Last Saturday Bram Oster scored" as a person', () => {
      assert.deepStrictEqual(mentionLabels('Last Saturday Bram Oster scored his first goal for the side.'), ['p:Bram Oster']);
    });

    it('reads a month: "In October Lindqvist Group shed" keeps the company, not the month', () => {
      assert.deepStrictEqual(mentionLabels('In October Lindqvist Group shed 40 jobs at its mill.'), ['o:Lindqvist Group']);
    });

    it('reads the date in mid-sentence ("the board said on Wednesday Renata Voss would stay")', () => {
      assert.ok(mentionLabels('The board said on Wednesday Renata Voss would stay.').includes('p:Renata Voss'));
    });

    it('keeps a part of the day with its weekday ("on Sunday Morning Vardo"), and a weekday after another word', () => {
      assert.ok(!mentionLabels('She spoke on Sunday Morning Vardo about the flood.').includes('o:Morning Vardo'));
      assert.ok(!mentionLabels('She spoke on Sunday Morning Vardo about the flood.').includes('p:Morning Vardo'));
    });
  });

  describe('after a title, a given name the lexicon lacks and a surname the tagger guesses a place from its shape', () => {
    it('reads "said coach Ivo Marsh" as a person who speaks', () => {
      const analysis = analyzeText('"The legs went in the last ten minutes," said coach Ivo Marsh.');
      assert.deepStrictEqual(analysis.entities.map(entity => `${entity.kind}:${entity.name}`), ['person:Ivo Marsh']);
      assert.strictEqual(analysis.quotes[0].speakerId, analysis.entities[0].id);
    });

    it('reads "skipper Teodor Marsh" as a person with the post', () => {
      assert.deepStrictEqual(rolesOf('The side was led by skipper Teodor Marsh on Saturday.', 'Teodor Marsh'), ['skipper']);
    });
  });

  describe('a minister\'s two portfolios joined by "and" before the title are the post (list title-complements)', () => {
    it('reads "Fisheries and Coastal Affairs Minister X" whole, no body of the portfolio', () => {
      const text = 'Fisheries and Coastal Affairs Minister Renata Voss closed the bay to trawlers.';
      assert.deepStrictEqual(rolesOf(text, 'Renata Voss'), ['Fisheries and Coastal Affairs Minister']);
      assert.deepStrictEqual(mentionLabels(text), ['p:Renata Voss']);
    });

    it('reads a pair the list knows whole ("Information and Broadcasting Minister X")', () => {
      assert.deepStrictEqual(rolesOf('Information and Broadcasting Minister Bram Oster opened the studio.', 'Bram Oster'), ['Information and Broadcasting Minister']);
    });

    it('reads "Arts and Sport Secretary X"', () => {
      assert.deepStrictEqual(rolesOf('Arts and Sport Secretary Pia Hollin toured the velodrome.', 'Pia Hollin'), ['Arts and Sport Secretary']);
    });

    it('leaves a name before "and" to its own person ("Lena Morrow and Health Minister X")', () => {
      assert.deepStrictEqual(rolesOf('Lena Morrow and Health Minister Bram Oster met on Monday.', 'Bram Oster'), ['Health Minister']);
      assert.deepStrictEqual(rolesOf('Lena Morrow and Health Minister Bram Oster met on Monday.', 'Lena Morrow'), []);
    });
  });

  describe('a name with no first name before a lower-case noun of schemes names the scheme, a thing (list scheme-nouns)', () => {
    it('reads no person in "the Lindholm Reading programme"', () => {
      assert.deepStrictEqual(mentionLabels('Pupils in the Lindholm Reading programme read 30 books. Bram Oster runs it.'), ['p:Bram Oster']);
    });

    it('reads no body in "under the Vardo Free Meals initiative"', () => {
      assert.deepStrictEqual(mentionLabels('Under the Vardo Free Meals initiative, 900 children ate lunch.'), []);
    });

    it('keeps a person\'s full name before "programme" and a body before "scheme"', () => {
      assert.deepStrictEqual(mentionLabels('The Pia Hollin programme was praised. The Tarrow County Council scheme was not.'), ['p:Pia Hollin', 'o:Tarrow County Council']);
    });
  });
});
