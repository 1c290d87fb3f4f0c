// Round 38: kinds of role, alias and link errors a read audit of same-day reports from two outlets found, each shown
// on invented sentences and pairs of reports (no name, role or sentence of the articles). Invented names only.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { aliasesOf, rolesOf } from './support/entityQueries';
import { assertSameLinks } from './support/linkParity';

/** The names of the people and bodies of the text, each with the number of its mentions. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person' || entity.kind === 'org')
    .map(entity => `${entity.name} ×${entity.mentions.length}`);
}

describe('real text, round 38: roles, aliases and links', () => {
  describe('candidacy status', () => {
    it('drops a front-runner\'s standing without a party\'s label too', () => {
      assert.deepStrictEqual(rolesOf('Polls put front-runner Dorian Vellacott ahead in Dunmore.', 'Dorian Vellacott'), []);
      assert.deepStrictEqual(rolesOf('Voters heard from the frontrunner, Maren Ostby, on Friday.', 'Maren Ostby'), []);
    });

    it('reads the head of "fellow … candidate" past the opening "fellow"', () => {
      assert.deepStrictEqual(rolesOf('Ostby attacked fellow Democratic candidate Tamsin Okoro on Friday.', 'Tamsin Okoro'), []);
    });

    it('drops a plural candidacy head ("one of the candidates")', () => {
      assert.deepStrictEqual(rolesOf('Orin Tabb, one of the candidates beaten by Ostby in the race, said little.', 'Orin Tabb'), []);
    });

    it('keeps a fellow\'s post and a party\'s nominee', () => {
      assert.deepStrictEqual(rolesOf('Fellow senator Orin Tabb spoke next.', 'Orin Tabb'), ['Fellow senator']);
      assert.deepStrictEqual(rolesOf('Republican nominee Dorian Vellacott held a rally in Dunmore.', 'Dorian Vellacott'), ['Republican nominee']);
    });
  });

  describe('a relative introduced by "his"/"her" before a comma and a title chain', () => {
    it('gives the relation as well as the post', () => {
      assert.deepStrictEqual(rolesOf('First his wife, longtime Dana Brandt aide Selma Orrick, announced they had separated.', 'Selma Orrick'),
        ['wife', 'longtime Dana Brandt aide']);
      assert.deepStrictEqual(rolesOf('Marta Quill and her husband, former Governor Aled Quill, were seen at the port.', 'Aled Quill'),
        ['husband', 'former Governor']);
    });

    it('leaves a peer before a post as it was', () => {
      assert.deepStrictEqual(rolesOf('His colleague, Senator Ivo Brandt, said no.', 'Ivo Brandt'), ['Senator']);
    });
  });

  describe('a plural title over a list cut by semicolons', () => {
    it('gives the title to every listed person', () => {
      const text = 'Among them are Senators Alan Quist, the majority leader, whose book is out; Tomas Wendle, a former judge; and Hal Dorney and Fen Obrey, both farmers.';
      for (const name of ['Alan Quist', 'Tomas Wendle', 'Hal Dorney', 'Fen Obrey']) {
        assert.ok(rolesOf(text, name).includes('Senators'), name);
      }
    });

    it('does not read past a semicolon that opens no name', () => {
      assert.deepStrictEqual(rolesOf('Senators Alan Quist, the majority leader; the rest stayed home.', 'Alan Quist'), ['majority leader']);
    });
  });

  describe('a desk of two capitalised words after a title\'s "for"/"of"', () => {
    it('is the title\'s, and the name after it the holder\'s', () => {
      assert.deepStrictEqual(rolesOf('Undersecretary for Political Affairs Marta Vellin said the plane had landed.', 'Marta Vellin'),
        ['Undersecretary for Political Affairs']);
      assert.deepStrictEqual(rolesOf('Director of Public Diplomacy Ida Quell said so.', 'Ida Quell'), ['Director of Public Diplomacy']);
    });
  });

  describe('a name a body went by before', () => {
    it('is an alias, whichever name is the longer', () => {
      assert.deepStrictEqual(entitiesOf('Critics praised KHT, once known as Kelso Headline Television, on Thursday. KHT will change.')
        .filter(entry => entry.includes('KHT') || entry.includes('Television')), ['Kelso Headline Television ×3']);
      assert.ok(aliasesOf('The port is run by Harbour Media, formerly known as Harbour Broadcasting Group. Harbour Media said nothing.',
        'Harbour Broadcasting Group').includes('Harbour Media'));
    });
  });

  describe('two short names after "also known as"', () => {
    it('are both aliases of the body', () => {
      const text = 'The Vardo Front, also known as VFR and VFront, claimed the attack. VFR said nothing, and VFront was silent.';
      assert.deepStrictEqual(entitiesOf(text), ['Vardo Front ×5']);
    });
  });

  describe('an event\'s year inside a body\'s name', () => {
    it('keeps the place, the year and the head together', () => {
      assert.deepStrictEqual(entitiesOf('The money was raised by the Tarrow 2016 Host Committee, said Lina Gorse, its president.'),
        ['Tarrow 2016 Host Committee ×1', 'Lina Gorse ×1']);
    });

    it('does not link two cities\' host committees', () => {
      const groups = assertSameLinks([
        'Ana Kell chairs the Tarrow 2016 Host Committee, which is short of money.',
        'Tom Berry leads the Kelso 2016 Host Committee, which has raised enough.',
      ]);
      assert.ok(!groups.some(group => /Host Committee = /.test(group)), groups.join(' | '));
    });

    it('leaves a year before a sentence\'s next name alone', () => {
      assert.deepStrictEqual(entitiesOf('In 2016 Tarrow Rovers won the cup.'), ['Tarrow Rovers ×1']);
    });
  });
});
