// Round 37: kinds of role, alias and link errors a read audit of real political news found, each shown on invented
// sentences and pairs of reports (no name, role or sentence of the articles). Invented names only.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { aliasesOf, rolesOf } from './support/entityQueries';
import { assertSameLinks } from './support/linkParity';

/** The names of the people and bodies of the text, each with the number of its mentions. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person' || entity.kind === 'org')
    .map(entity => `${entity.name} ×${entity.mentions.length}`);
}

describe('real text, round 37: roles, aliases and links', () => {
  describe('candidacy status after a party\'s label, with the hyphenated head the tagger splits', () => {
    it('drops "front-runner" after a party\'s label, before or after the name', () => {
      assert.deepStrictEqual(rolesOf('Earlier, Republican front-runner Dorian Vellacott held a rally in Dunmore.', 'Dorian Vellacott'), []);
      assert.deepStrictEqual(rolesOf('Voters heard from the Democratic front-runner, Maren Ostby, on Friday.', 'Maren Ostby'), []);
      assert.deepStrictEqual(rolesOf('Ostby criticised the Democratic presidential front-runner, Tamsin Okoro, on Friday.', 'Tamsin Okoro'), []);
      assert.deepStrictEqual(rolesOf('The GOP front-runner, Dorian Vellacott, spoke last.', 'Dorian Vellacott'), []);
    });

    it('keeps a post the same title holds, and a party\'s nominee', () => {
      assert.deepStrictEqual(rolesOf('Republican nominee Dorian Vellacott held a rally in Dunmore.', 'Dorian Vellacott'), ['Republican nominee']);
      assert.deepStrictEqual(rolesOf('Maren Ostby, the Democratic whip, spoke first.', 'Maren Ostby'), ['Democratic whip']);
    });
  });

  describe('a given name borne by men and women, then "Mr." and the surname', () => {
    it('is the same person', () => {
      const text = 'Senator Lindsey Tarrow, Republican of Ohio, said on Sunday that the plan had crossed a line. Mr. Tarrow said the jabs were unacceptable.';
      assert.deepStrictEqual(aliasesOf(text, 'Lindsey Tarrow'), ['Tarrow', 'Mr. Tarrow']);
      assert.deepStrictEqual(aliasesOf('Governor Kelly Marwick said the budget was late. Mr. Marwick added that he would veto it.', 'Kelly Marwick'),
        ['Marwick', 'Mr. Marwick']);
      assert.deepStrictEqual(aliasesOf('Dana Vellum, the mayor, spoke first. Mr. Vellum said the road would close.', 'Dana Vellum'), ['Vellum', 'Mr. Vellum']);
    });

    it('still keeps a wife and a husband of one surname apart', () => {
      const text = 'Margery Hollin, a nurse, spoke first. Her husband, Aled Hollin, spoke next. Mrs. Hollin said the ward was full. Mr. Hollin said nothing.';
      assert.ok(aliasesOf(text, 'Margery Hollin').includes('Mrs. Hollin') && !aliasesOf(text, 'Margery Hollin').includes('Mr. Hollin'));
      assert.ok(aliasesOf(text, 'Aled Hollin').includes('Mr. Hollin') && !aliasesOf(text, 'Aled Hollin').includes('Mrs. Hollin'));
    });
  });

  describe('a government department with its head noun first or last in one article', () => {
    it('is one body', () => {
      const text = 'A new Fisheries Department rule will require most boats to carry a tracker.\n\n'
        + '"By decree, the Department of Fisheries is hurting every skipper," said Ansel Brody of the Harbour Federation.\n\n'
        + 'The Fisheries Department said 4,000 boats would be covered.';
      assert.deepStrictEqual(entitiesOf(text), ['Department of Fisheries ×3', 'Ansel Brody ×1', 'Harbour Federation ×1']);
    });

    it('leaves a university and a college with "of" as they were', () => {
      assert.deepStrictEqual(entitiesOf('The College of Kelso and Kelso College both closed on Monday.'), ['College of Kelso ×1', 'Kelso College ×1']);
    });
  });

  describe('a legislature\'s committee named with and without its chamber in two reports', () => {
    it('links the two, in both linkers', () => {
      const groups = assertSameLinks([
        'House Judiciary Committee Chairman Orin Tabb (R-Ore.) wrote to the minister on Monday.',
        'The minister gave evidence to the House Judiciary Committee last week, aides said.',
      ]);
      assert.ok(groups.some(group => /^0:.*Judiciary Committee = 1:House Judiciary Committee$/.test(group)), groups.join(' | '));
    });

    it('links neither of two chambers\' committees of one subject', () => {
      const groups = assertSameLinks([
        'The Fisheries Committee heard from the minister on Tuesday.',
        'The Senate Fisheries Committee and the House Fisheries Committee both met on Tuesday.',
      ]);
      assert.ok(groups.includes('0:Fisheries Committee'), groups.join(' | '));
    });
  });

  describe('a past participle after an owner\'s possessive, before the post', () => {
    it('is part of the post', () => {
      assert.deepStrictEqual(rolesOf('Corwin Abara, Dana Whitlock\'s fired campaign manager, criticised the plan on Monday.', 'Corwin Abara'),
        ['Dana Whitlock\'s fired campaign manager']);
      assert.deepStrictEqual(rolesOf('Sanna Holt, the club\'s sacked coach, spoke.', 'Sanna Holt'), ['club\'s sacked coach']);
      assert.deepStrictEqual(rolesOf('Sanna Holt, Kelso\'s elected mayor, spoke.', 'Sanna Holt'), ['Kelso\'s elected mayor']);
    });

    it('opens no post where a verb follows the possessive', () => {
      assert.deepStrictEqual(rolesOf('Sanna Holt, Kelso\'s rejected the offer, he said.', 'Sanna Holt'), []);
    });
  });

  describe('a candidate\'s partner on an election ticket', () => {
    it('is a role before or after the name (list trade-phrases)', () => {
      assert.deepStrictEqual(rolesOf('Along with her running mate Tovin Rusk, she travelled to Kelso.', 'Tovin Rusk'), ['running mate']);
      assert.deepStrictEqual(rolesOf('He and running mate Tovin Rusk visited ten counties.', 'Tovin Rusk'), ['running mate']);
      assert.deepStrictEqual(rolesOf('Tovin Rusk, the party\'s vice presidential running mate, spoke.', 'Tovin Rusk'), ['party\'s vice presidential running mate']);
    });

    it('leaves "mate" alone a plain word', () => {
      assert.deepStrictEqual(rolesOf('His mate Tovin Rusk drove them home.', 'Tovin Rusk'), []);
    });
  });

  describe('a verb of taking a post in its bare form, after a modal, before "as"', () => {
    it('gives the post', () => {
      assert.deepStrictEqual(rolesOf('Edda Mantel will take over as acting treasurer.', 'Edda Mantel'), ['acting treasurer']);
      assert.deepStrictEqual(rolesOf('Edda Mantel will step in as acting treasurer of the guild.', 'Edda Mantel'), ['acting treasurer of the guild']);
      assert.deepStrictEqual(rolesOf('Edda Mantel would step down as leader, aides said.', 'Edda Mantel'), ['leader']);
      assert.deepStrictEqual(rolesOf('Edda Mantel will act as caretaker manager.', 'Edda Mantel'), ['caretaker manager']);
    });

    it('gives none where "as" says how, not what', () => {
      assert.deepStrictEqual(rolesOf('Edda Mantel will take over as soon as the vote is done.', 'Edda Mantel'), []);
    });
  });
});
