// Occupations an appositive gives a person (round 11): trades and callings the title heads lacked. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** The roles of the one person named `name`. */
function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

describe('roles: occupations in an appositive', () => {
  it('reads a postman, a preacher, a skipper and an industrialist as roles', () => {
    assert.deepStrictEqual(rolesOf('Regular customer Tam Orrell, a retired postman, said the shop would be missed.', 'Tam Orrell'), ['retired postman']);
    assert.deepStrictEqual(rolesOf('Edwin Marr, a Baptist lay preacher, built the first chapel.', 'Edwin Marr'), ['Baptist lay preacher']);
    assert.deepStrictEqual(rolesOf('Rhys Callan, the Dunmore skipper, praised the bowlers.', 'Rhys Callan'), ['Dunmore skipper']);
    assert.deepStrictEqual(rolesOf('Hollis Vane, a steel industrialist, gave the money.', 'Hollis Vane'), ['steel industrialist']);
  });
});
