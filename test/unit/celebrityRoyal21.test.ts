// Kinds of round 21's celebrity, entertainment and royal set (fresh57): a star known by one name, her birth name,
// children named by the first name alone, titles of works in running text, fashion houses, streaming services and
// channels before their programmes, a tabloid's masthead in capitals and a practice named after its founder. Every
// sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('celebrity, entertainment and royal copy (r21-celeb)', () => {
  describe('a one-word stage name (rules possessor-of-staff, birth-name link)', () => {
    it('reads a star known by one name as a person where she owns a family or a publicist', () => {
      const found = mentionLabels('Vessa and Tom Wrede have split. Vessa\'s publicist, Orla Brandt, said the tour would go on. Vessa told Gloss Weekly she was writing again.');
      assert.ok(found.filter(label => label === 'p:Vessa').length === 3, found.join(' | '));
      assert.ok(!found.includes('o:Vessa'), found.join(' | '));
    });

    it('reads "X\'s mentor" as a person\'s, and leaves a body\'s chairman to the body', () => {
      assert.ok(mentionLabels('Fans cheered as Vessa\'s mentor arrived. Vessa said she was happy.').includes('p:Vessa'));
      const body = mentionLabels('Tarrowfield\'s chairman resigned. Tarrowfield said it would invest.');
      assert.ok(!body.includes('p:Tarrowfield'), body.join(' | '));
    });

    it('joins the birth name given after "real name" or "born" to the one-word name', () => {
      const found = namedMentionLabels('Vessa - real name Vessandra Kole - shot to fame at 19. Vessa said she would tour.');
      assert.ok(found.includes('p:Vessandra Kole:Vessa') || found.includes('p:Vessa:Vessandra Kole'), found.join(' | '));
      const names = new Set(found.map(label => label.split(':')[1]));
      assert.strictEqual(names.size, 1, found.join(' | '));
    });

    it('does not join a body named before "born"', () => {
      const found = mentionLabels('Kelso Group, born of a merger, hired Dana Kelso in May.');
      assert.ok(!found.some(label => label.startsWith('p:Kelso Group')), found.join(' | '));
    });
  });

  describe('children named by the first name alone (rule relation-before)', () => {
    it('reads "daughter X" and "a son, X, 12," as people', () => {
      assert.ok(mentionLabels('Tom Wrede and Dana Kelso welcomed daughter Wren in 2023.').includes('p:Wren'));
      assert.ok(mentionLabels('Tom Wrede has a son, Ashby, 12, from a previous marriage.').includes('p:Ashby'));
    });

    it('leaves a place after "the daughter of" alone', () => {
      assert.ok(!mentionLabels('Orla Brandt, the daughter of Kelderwick\'s mayor, spoke.').includes('p:Kelderwick'));
    });
  });

  describe('titles of works in running text (thing-nouns, rules thing-noun-before with release-modifiers, title-before-maker-noun)', () => {
    it('does not read a single, a drama or a hit named in running text as a person', () => {
      const found = mentionLabels('Vessa\'s debut single Paper Kite spent a month at number one. The Paper Kite hitmaker said she was thrilled.');
      assert.ok(!found.some(label => label.includes('Paper Kite')), found.join(' | '));
    });

    it('keeps "a single" before a name an adjective', () => {
      const found = mentionLabels('Not a single Vardo United player was fit, Tom Wrede said.');
      assert.ok(found.includes('o:Vardo United'), found.join(' | '));
    });
  });

  describe('channels, services and fashion houses (rule channel-before-programme, trade-nouns-before)', () => {
    it('reads the service before "drama" or "hit" and a title as a body, and not the title', () => {
      const found = mentionLabels('Tom Wrede plays a skipper on the Tidewell drama Low Tide.');
      assert.ok(found.includes('o:Tidewell') && !found.some(label => label.includes('Low Tide')), found.join(' | '));
    });

    it('reads a name after "streamer" as a body', () => {
      assert.ok(mentionLabels('The film was bought by the streamer Tidewell in May, Tom Wrede said.').includes('o:Tidewell'));
    });

    it('reads a practice named after its founder as a body ("Studio")', () => {
      const found = mentionLabels('Tom Wrede is a partner at Wrede Pell Studio, which he founded in 2022.');
      assert.ok(found.includes('o:Wrede Pell Studio') && found.includes('p:Tom Wrede'), found.join(' | '));
    });
  });

  describe('a tabloid masthead in capitals (masthead-line)', () => {
    it('reads "THE DAILY X | Section" as the paper', () => {
      const found = mentionLabels('THE DAILY KESTREL | Showbiz\n\nVessa and Tom Wrede have split, the Kestrel can reveal.');
      assert.ok(found.includes('o:DAILY KESTREL'), found.join(' | '));
    });

    it('still does not read a shouted headline as a name', () => {
      const found = mentionLabels('BIG WIN FOR VARDO\n\nTom Wrede said the club was delighted.');
      assert.ok(!found.some(label => label.includes('BIG')), found.join(' | '));
    });
  });
});
