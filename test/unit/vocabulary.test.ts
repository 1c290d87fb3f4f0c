import * as assert from 'assert';
import { capitalised, countOf, countOfKind } from '../../src/core/vocabulary';

describe('vocabulary', () => {
  const counts: [string, string][] = [
    [countOfKind(1, 'org'), '1 organisation'],
    [countOfKind(2, 'org'), '2 organisations'],
    [countOfKind(1, 'person'), '1 person'],
    [countOfKind(0, 'person'), '0 people'],
    [countOf(1, 'quote'), '1 quote'],
    [countOf(3, 'mention'), '3 mentions'],
  ];
  for (const [got, want] of counts) {
    it(`says "${want}"`, () => assert.strictEqual(got, want));
  }

  it('capitalises a label without changing the rest', () => assert.strictEqual(capitalised('credited differently'), 'Credited differently'));
});
