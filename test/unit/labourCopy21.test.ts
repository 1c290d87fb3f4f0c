// Kinds of round 21's labour-dispute set (fresh56). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';

describe('labour-dispute copy (r21-labour)', () => {
  describe('a parts maker named for what it makes (org-heads, company-heads: components, castings, forgings, fasteners)', () => {
    it('reads "X Components" as a body, also before its plural possessive', () => {
      assert.deepStrictEqual(mentionLabels('Workers at Vardo Components\' press shop walked out on Monday.'), ['o:Vardo Components']);
      assert.deepStrictEqual(mentionLabels('The union met Tarrow Castings and Marwick Forgings in Kelso.'), ['o:Tarrow Castings', 'o:Marwick Forgings']);
    });

    it('reads the maker\'s first word alone as the company later in the report', () => {
      const labels = mentionLabels('About 900 staff work at Vardo Components in Kelso. A spokesperson for Vardo said talks would resume.');
      assert.deepStrictEqual(labels, ['o:Vardo Components', 'o:Vardo']);
    });

    it('leaves the common noun alone', () => {
      assert.deepStrictEqual(mentionLabels('The plant makes components and castings for three carmakers.'), []);
    });
  });
});
