// Kinds found by the lead's probes of local and crime copy in round 22: a volunteer group or a body named after a place
// that ends in a place noun, the trades of local copy as roles, and things written as capitals. Every sentence is
// invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('local and crime copy (round 22 probes)', () => {
  describe('a body whose head comes before "of" (rule place-words, headNamedBeforeOf)', () => {
    it('reads a friends group named after a park as a body, not a place', () => {
      const found = mentionLabels('The Friends of Kelso Park raised money for new swings. Its chairman, Tom Wrede, was pleased.');
      assert.ok(found.includes('o:Friends of Kelso Park'), found.join(' | '));
    });

    it('reads a university named after a bay as a body', () => {
      const found = mentionLabels('The University of Marwick Bay said it would appeal the ruling.');
      assert.ok(found.includes('o:University of Marwick Bay'), found.join(' | '));
    });

    it('leaves a venue named after a bank a place (list venue-place-heads)', () => {
      const found = mentionLabels('Fans queued outside Bank of Vardo Stadium on Saturday.');
      assert.ok(!found.some(label => label.startsWith('o:Bank of Vardo Stadium')), found.join(' | '));
    });

    it('still reads a place ending in a place noun as no body', () => {
      const found = mentionLabels('Crowds gathered in Marwick Bay on Friday, and Dana Kelso spoke.');
      assert.ok(!found.some(label => label.startsWith('o:Marwick Bay')), found.join(' | '));
    });
  });

  describe('trades of local copy as roles (list title-heads)', () => {
    it('gives "local grocer" and "a locksmith" as roles', () => {
      assert.ok(rolesOf('Local grocer Sam Orrin said trade was brisk.', 'Sam Orrin').some(role => /grocer/i.test(role)));
      assert.ok(rolesOf('Ivo Pell, a locksmith, said the door was forced.', 'Ivo Pell').some(role => /locksmith/i.test(role)));
    });

    // Trades that are common surnames (baker, butcher, carpenter) stay out of the list: after a first name that is
    // also a title ("Dean"), the whole name would read as a post and the person would be lost.
    it('keeps a person whose surname is a trade left out of the list', () => {
      const found = mentionLabels('Dean Butcher said the shop would close. Nina Carpenter said no.');
      assert.ok(found.some(label => /^p:.*Butcher/.test(label)) && found.includes('p:Nina Carpenter'), found.join(' | '));
    });
  });

  describe('things written as capitals (list non-org-acronyms)', () => {
    it('reads no body in "more CCTV" or "an MRI scan"', () => {
      const found = mentionLabels('Councillor Dana Kelso called for more CCTV. Ivo Pell needed an MRI scan after the crash.');
      assert.ok(!found.some(label => label === 'o:CCTV' || label === 'o:MRI'), found.join(' | '));
    });
  });

  describe('planning and business copy', () => {
    it('reads a lender named for its trade after an appositive noun (list org-heads: finance, lending)', () => {
      const found = mentionLabels('Its rival, Kestrel Finance, said it was not exposed. Its partner, Marwick Lending, said no.');
      assert.ok(found.includes('o:Kestrel Finance') && found.includes('o:Marwick Lending'), found.join(' | '));
    });

    it('reads a roads authority in the plural as a body', () => {
      assert.ok(mentionLabels('Vardo County Highways said the junction was full.').includes('o:Vardo County Highways'));
    });

    it('leaves a sentence-opening trade out of a firm\'s name, and keeps it a person\'s title (list firm-or-person-trades)', () => {
      const firm = mentionLabels('Developer Kelso Homes said it would appeal.');
      assert.ok(firm.includes('o:Kelso Homes') && !firm.includes('o:Developer Kelso Homes'), firm.join(' | '));
      assert.deepStrictEqual(rolesOf('Developer Tom Wrede said he would appeal.', 'Tom Wrede'), ['Developer']);
    });

    it('keeps the department word of a post (list title-modifiers: planning, sales)', () => {
      assert.deepStrictEqual(rolesOf('Its planning director, Owen Brisk, said the scheme was sound.', 'Owen Brisk'), ['planning director']);
      assert.deepStrictEqual(rolesOf('The sales director, Ann Pell, said orders were up.', 'Ann Pell'), ['sales director']);
    });
  });

  describe('posts and party tags of council and government copy', () => {
    it('reads no body inside a post opening a sentence (list title-modifiers: management, disaster)', () => {
      const found = mentionLabels('Emergency Management Minister Dana Kelso said the roads were shut.');
      assert.deepStrictEqual(found.filter(label => label.startsWith('o:')), [], found.join(' | '));
      assert.deepStrictEqual(rolesOf('Emergency Management Minister Dana Kelso said the roads were shut.', 'Dana Kelso'), ['Emergency Management Minister']);
      assert.ok(mentionLabels('Vardo Asset Management said it sold the stake.').includes('o:Vardo Asset Management'));
    });

    it('reads a councillor\'s party tag "Lib Dem" as the party, not a person (gazetteer political-parties)', () => {
      const found = mentionLabels('Cllr Tom Fairley (Lib Dem, Marwick North) said the vote was fair.');
      assert.ok(found.includes('o:Lib Dem') && !found.includes('p:Lib Dem'), found.join(' | '));
    });
  });
});
