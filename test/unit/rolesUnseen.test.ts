// Role kinds that first runs on unseen copy missed (round 12): relatives introduced by a possessive determiner or an
// obituary's "leaves a …", and more. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.roles.map(r => r.text);
}

describe('relatives introduced by a possessive determiner or "leaves a"', () => {
  const cases: [string, string, string[]][] = [
    ['Tom Wrede died on Sunday. His sister, Orla Wrede, said he was kind.', 'Orla Wrede', ['sister']],
    ['Tom Wrede died on Sunday. Her husband, Idris Penhale, said she was kind.', 'Idris Penhale', ['husband']],
    ['Tom Wrede died on Sunday. His daughter, Orla, said he was kind.', 'Orla', ['daughter']],
    ['Her late father, Idris Penhale, founded the firm.', 'Idris Penhale', ['father']],
    ['Tom Wrede, 61, leaves his wife, Orla Brandt, and three children.', 'Orla Brandt', ['wife']],
    ['Mr Wrede leaves a partner, Orla, and two daughters.', 'Orla', ['partner']],
  ];
  for (const [sentence, name, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), expected));
  }

  it('gives no role to a body after "their partner", to a name after "a wife" without "leaves", or to "his son X" without a comma', () => {
    assert.deepStrictEqual(rolesOf('His son Idris Penhale will stay in his post.', 'Idris Penhale'), []);
    assert.deepStrictEqual(rolesOf('Their partner, Vardo Holdings, said the deal was off.', 'Vardo Holdings'), []);
    assert.deepStrictEqual(rolesOf('He met a wife, Orla Brandt, and her son at the door.', 'Orla Brandt'), []);
  });
});
