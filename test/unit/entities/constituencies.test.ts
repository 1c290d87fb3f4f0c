// "MP for Marwick North": the name after a seat-holder's title and "for" is the constituency, a place (rules
// constituency-after-member and constituency-no-person; list constituency-members).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function names(text: string): string[] {
  return analyzeText(text).entities.map(entity => `${entity.kind}:${entity.name}`);
}

describe('a constituency after "MP for"', () => {
  const cases: [string, string][] = [
    ['The MP for Carrow West, Ed Vellis, said nothing on Monday.', 'Carrow West'],
    ['The plan was backed by Ed Vellis, the Labour MP for Carrow West.', 'Carrow West'],
    ['Dana Kelso, MP for Marwick North, said the plan was wrong.', 'Marwick North'],
  ];
  for (const [text, seat] of cases) {
    it(`is no person and no body: ${text}`, () => {
      const found = names(text);
      assert.ok(!found.some(name => name.endsWith(`:${seat}`)), found.join(', '));
      assert.ok(found.some(name => /^person:(?:Ed Vellis|Dana Kelso)$/.test(name)), found.join(', '));
    });
  }
  it('leaves a name after "for" that follows no seat-holder alone', () => {
    const found = names('Dana Kelso said she would vote for Ed Vellis next year.');
    assert.ok(found.includes('person:Ed Vellis'), found.join(', '));
  });
});
