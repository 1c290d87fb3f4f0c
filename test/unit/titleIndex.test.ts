// The index of title holders that quotation attribution uses (titleIndexKeys, headMatchKeys in
// src/core/quotes/describe.ts) must find everyone whose role can fit a description: a holder it misses is a
// speaker lost. Each pair below is checked both ways: titleFit above 0 exactly when the keys meet.
import * as assert from 'assert';
import { headMatchKeys, parseTitle, titleFit, titleIndexKeys } from '../../src/core/quotes/describe';

const title = (text: string) => parseTitle(text.split(' '));

const DESCRIPTIONS = ['the governor', 'the chief', 'the leader', 'the Ardian president', 'the former mayor', 'the coach', 'the prime minister', 'the senator', 'the spokeswoman'];
const ROLES = [
  'Governor of Vardo', 'President', 'Prime Minister', 'chief executive', 'head coach', 'Mayor', 'former Mayor of Tarrow',
  'Senator', 'Ardian President', 'striker', 'State Senator', 'party leader', 'spokeswoman for the ministry',
];

describe('title holders index (describe.ts)', () => {
  for (const description of DESCRIPTIONS) {
    it(`"${description}": the index offers exactly the roles titleFit accepts`, () => {
      const wanted = new Set(headMatchKeys(title(description)));
      for (const role of ROLES) {
        const offered = titleIndexKeys(title(role)).some(key => wanted.has(key));
        const fits = titleFit(title(description), title(role)) > 0;
        assert.ok(offered || !fits, `"${role}" fits "${description}" but the index would not offer it`);
      }
    });
  }

  it('a generic leader head reaches a head of government\'s title through the shared leader key, and no other title', () => {
    const keys = new Set(headMatchKeys(title('the leader')));
    assert.ok(titleIndexKeys(title('Prime Minister')).some(key => keys.has(key)));
    assert.ok(!titleIndexKeys(title('striker')).some(key => keys.has(key)));
  });

  it('a description without a head has no keys', () => {
    assert.deepStrictEqual(headMatchKeys(title('the')), []);
  });
});
