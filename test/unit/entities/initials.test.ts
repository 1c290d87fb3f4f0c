// "M." before a surname in English news copy is an initial ("Dana M. Kelvard", "M. Kelvard c Brenner b Okoro 31"),
// not the French "Monsieur": the name keeps it.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

describe('a middle initial M', () => {
  it('stays inside the full name it stands in', () => {
    const people = analyzeText('The report was written by Dana M. Kelvard, a fellow at the institute.\n').entities.filter(entity => entity.kind === 'person');
    assert.deepStrictEqual(people.map(entity => entity.name), ['Dana M. Kelvard']);
  });
});
