// Role kinds of local and science copy (round 16): a title word opening a council group's post, an Irish deputy's letters after a qualifier, and lower-case
// nouns qualifying a specialist after a preposition. Invented sentences and names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const analysis = analyzeText(text);
  const entity = analysis.entities.find(found => found.name === name);
  assert.ok(entity, `no entity named ${name} in ${JSON.stringify(analysis.entities.map(found => found.name))}`);
  return entity.roles.map(role => role.text);
}

function names(text: string): string[] {
  return analyzeText(text).entities.map(entity => `${entity.kind}: ${entity.name}`);
}

describe('role kinds still open in round 16', () => {
  describe('a title word opening a council group\'s post names no body', () => {
    it('"Opposition group leader Cllr X": no organisation "Opposition", the whole post is the role', () => {
      const text = 'Opposition group leader Cllr Idris Penhale said the plan was rushed.';
      assert.deepStrictEqual(names(text), ['person: Idris Penhale']);
      assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ['Opposition group leader', 'Cllr']);
    });
    it('a body\'s own name before "group" is still that body ("the Vardo group")', () => {
      assert.ok(names('Leaders of the Vardo group met on Sunday in Marwick.').includes('org: Vardo'));
    });
  });

  describe('"TD" after a qualifier is a deputy\'s title', () => {
    it('"Local TD X" and "the Marwick TD, X,": the letters are the role, not part of the name', () => {
      assert.deepStrictEqual(rolesOf('Local TD Tom Wrede said he would raise it in the chamber.', 'Tom Wrede'), ['Local TD']);
      assert.deepStrictEqual(rolesOf('Marwick TD Dana Kelso said the road was unsafe.', 'Dana Kelso'), ['Marwick TD']);
    });
    it('"TD" opening a chain by itself is a firm\'s initials, no title', () => {
      const text = 'The plan was backed by TD Marwick founder Tom Wrede and two banks.';
      assert.ok(!names(text).includes('person: Marwick'));
    });
  });

  describe('lower-case nouns qualify a specialist\'s title after a preposition', () => {
    it('"by freshwater ecologist Dr X": the whole title and the honour', () => {
      const text = 'The view was shared by freshwater ecologist Dr Dana Kelso on Monday.';
      assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['freshwater ecologist', 'Dr']);
    });
    it('"Ecologist X" opening a sentence is a title, not part of the name', () => {
      assert.deepStrictEqual(rolesOf('Ecologist Orla Brandt said the trout would go.', 'Orla Brandt'), ['Ecologist']);
    });
  });
  describe('trade heads of local and business copy', () => {
    it('"The fund\'s founder, booster X," and "a Marwick car dealer": booster and dealer are trades', () => {
      assert.deepStrictEqual(rolesOf('The fund\'s founder, booster Ivo Sandal, paid for the new stand.', 'Ivo Sandal'), ['fund\'s founder', 'booster']);
      assert.deepStrictEqual(rolesOf('Tom Wrede is a Marwick car dealer who gave money.', 'Tom Wrede'), ['Marwick car dealer']);
    });
    it('an owner word after a preposition is no noun qualifying the title ("for its chief executive, X")', () => {
      assert.deepStrictEqual(rolesOf('Vardo Foods said the pay rise for its chief executive, Tom Wrede, was fair.', 'Tom Wrede'), ['chief executive']);
    });
  });
});
