// "St.", "Ste.", "Mt.", "Ft." open a body's, a place's or a surname's words (list name-abbreviations): the name runs
// on across the abbreviation's full stop, which does not end a sentence there; a street's "St." ends one.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function names(text: string): string[] {
  return analyzeText(text).entities.map(entity => `${entity.kind}:${entity.name}`);
}

describe('a name abbreviation with a full stop (name-abbreviations)', () => {
  const yes: [string, string][] = [
    ['Patients were moved to St. Brigid Medical Center on Monday.', 'org:St. Brigid Medical Center'],
    ['He studied at St. Olaf College in Marwick.', 'org:St. Olaf College'],
    ["She sang at St. Edwy's Parish Church for years.", "org:St. Edwy's Parish Church"],
    ['Kate St. John, a lawyer, said the ruling was wrong.', 'person:Kate St. John'],
    ['Staff at Mt. Pellam Clinic said the ward was full.', 'org:Mt. Pellam Clinic'],
  ];
  for (const [text, expected] of yes) {
    it(`finds the whole name: ${text}`, () => {
      assert.ok(names(text).includes(expected), names(text).join(', '));
    });
  }
  it('leaves a street\'s "St." ending a sentence before a surname: "… on Elm St. Kelso said …"', () => {
    const found = names('The shop stood on Elm St. Kelso said it would close.');
    assert.ok(!found.some(name => /St\. Kelso/.test(name)), found.join(', '));
  });
  it('does not join a common word opening the next sentence: "… on Main St. Then …"', () => {
    const found = names('He lives on Main St. Then the council said no.');
    assert.ok(!found.some(name => /Then/.test(name)), found.join(', '));
  });
});
