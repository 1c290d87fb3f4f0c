// Kinds the lead found in round 21 by probing genres no set covers (an obituary abroad, weather and crime copy): a
// relative introduced with a description before the name, a club's bare name in the same article as its full name, and
// an adverb of time opening a sentence before a body's name. Every sentence is invented, with invented names.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('kinds found by the lead in round 21', () => {
  describe('a relative introduced after a comma keeps the relation when a description stands before the name', () => {
    it('gives "Her son, the painter X," both the relation and the description as roles', () => {
      assert.deepStrictEqual(rolesOf('Greta Lund died on Monday. Her son, the painter Aksel Lund, said she had been ill.', 'Aksel Lund'), ['son', 'painter']);
    });

    it('reads a description of several words ("the former deputy mayor")', () => {
      assert.deepStrictEqual(rolesOf('Greta Lund died on Monday. Her nephew, the former deputy mayor Aksel Lund, spoke.', 'Aksel Lund'), ['nephew', 'former deputy mayor']);
    });

    it('leaves the lone surname to the person the article is about, not to the relative so introduced', () => {
      const labels = namedMentionLabels('Greta Lund, the architect, died on Monday. Her son, the painter Aksel Lund, said she had been ill. '
        + 'Born in Vardo, Lund trained at the Marwick School of Building.');
      assert.ok(labels.includes('p:Greta Lund:Lund'), labels.join(' | '));
    });

    it('gives no relation when the words after the comma are not a description before a name', () => {
      assert.deepStrictEqual(rolesOf('Greta Lund died on Monday. Her son, the eldest, Aksel Lund, was abroad.', 'Aksel Lund'), []);
    });
  });

  describe('a club\'s bare name is the club named in full in the same article (club-form-endings)', () => {
    it('joins "Tarrow Wanderers" to "Tarrow Wanderers FC"', () => {
      assert.deepStrictEqual(namedMentionLabels('Tarrow Wanderers FC were founded in 1888. Tarrow Wanderers won the cup in 1921.'),
        ['o:Tarrow Wanderers FC:Tarrow Wanderers FC', 'o:Tarrow Wanderers FC:Tarrow Wanderers']);
    });

    it('joins a trust\'s bare name to its name with "NHS Foundation Trust"', () => {
      const labels = namedMentionLabels('Lindholm Hospitals NHS Foundation Trust apologised. A review by Lindholm Hospitals found three failings.');
      assert.deepStrictEqual(labels, ['o:Lindholm Hospitals NHS Foundation Trust:Lindholm Hospitals NHS Foundation Trust', 'o:Lindholm Hospitals NHS Foundation Trust:Lindholm Hospitals']);
    });

    it('does not join two clubs whose names differ before the ending', () => {
      const labels = namedMentionLabels('Tarrow Wanderers FC beat Tarrow Athletic on Saturday.');
      assert.deepStrictEqual(labels, ['o:Tarrow Wanderers FC:Tarrow Wanderers FC', 'o:Tarrow Athletic:Tarrow Athletic']);
    });
  });

  describe('an adverb of time opening a sentence is no part of the body\'s name after it (time-adverb-openers)', () => {
    it('reads "Later Tarrow Wanderers toured …" as the club alone', () => {
      assert.deepStrictEqual(mentionLabels('Later Tarrow Wanderers toured the north.'), ['o:Tarrow Wanderers']);
    });

    it('reads "Soon Pellow Foods will close …" as the company alone', () => {
      assert.deepStrictEqual(mentionLabels('Soon Pellow Foods will close its last bakery.'), ['o:Pellow Foods']);
    });

    it('keeps the word inside a name that does not open the sentence', () => {
      assert.ok(mentionLabels('She joined the Later Life Trust in 2019.').includes('o:Later Life Trust'));
    });
  });

  describe('an ordinal before a numbered musical form names a work, no body (numbered-work-forms)', () => {
    it('finds no body in "Lindqvist\'s Third Symphony"', () => {
      assert.deepStrictEqual(mentionLabels('Maren Holt conducted Aksel Lindqvist\'s Third Symphony in 1990.'), ['p:Maren Holt', 'p:Aksel Lindqvist']);
    });

    it('keeps an orchestra named with "Symphony" a body', () => {
      assert.deepStrictEqual(mentionLabels('Maren Holt joined the Tarrow Symphony in 1990.'), ['p:Maren Holt', 'o:Tarrow Symphony']);
    });
  });

  describe('initials standing for a body name\'s opening words join the name written in full (org-form step abbreviated-openings)', () => {
    it('joins "the VN Harbour Council" to "the Vardo Nations Harbour Council"', () => {
      assert.deepStrictEqual(namedMentionLabels('The Vardo Nations Harbour Council met on Monday. On Tuesday the VN Harbour Council voted.'),
        ['o:Vardo Nations Harbour Council:Vardo Nations Harbour Council', 'o:Vardo Nations Harbour Council:VN Harbour Council']);
    });

    it('reads initials written with full stops ("K.T. Office of Fisheries")', () => {
      const labels = namedMentionLabels('The Kelso Tarrow Office of Fisheries met. The K.T. Office of Fisheries then voted.');
      assert.strictEqual(new Set(labels.map(label => label.split(':')[1])).size, 1, labels.join(' | '));
    });

    it('does not join when the rest of the names differ', () => {
      const labels = namedMentionLabels('The Vardo Nations Harbour Council met on Monday. On Tuesday the VN Fisheries Council voted.');
      assert.strictEqual(new Set(labels.map(label => label.split(':')[1])).size, 2, labels.join(' | '));
    });
  });

  describe('"country" qualifies a post in lower case (lower-case-title-modifiers)', () => {
    it('reads "KFA country director X" whole', () => {
      assert.deepStrictEqual(rolesOf('KFA country director Lise Brandvold told reporters the stores were empty.', 'Lise Brandvold'), ['KFA country director']);
    });

    it('reads "its country manager, X," whole', () => {
      assert.deepStrictEqual(rolesOf('Tarrow Foods said its country manager, Lise Brandvold, would leave.', 'Lise Brandvold'), ['country manager']);
    });
  });
});
