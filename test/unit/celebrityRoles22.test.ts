// Roles of celebrity and royal copy left open by round 21's set (fresh57): occupations of fame before a name,
// relations with an occupation, a kin adjective or an age before the kin noun, children introduced after "has a",
// a peer's numbered title after his name and the courtesy style "the Honourable". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('celebrity and royal roles (r22-left)', () => {
  describe('occupations of fame before a name (title-heads, lower-case-heads)', () => {
    it('reads "supermodel", "pop superstar", "socialite" and "Royal biographer" before a name as roles', () => {
      assert.deepStrictEqual(rolesOf('The guests included supermodel Maren Tolle and the jeweller Ansel Fry.', 'Maren Tolle'), ['supermodel']);
      assert.deepStrictEqual(rolesOf('Pop superstar Pim Okoro said the night was perfect.', 'Pim Okoro'), ['Pop superstar']);
      assert.deepStrictEqual(rolesOf('Royal biographer Hester Vane said the match was popular.', 'Hester Vane'), ['Royal biographer']);
      assert.deepStrictEqual(rolesOf('She sat beside the socialite Wren Aubery at dinner.', 'Wren Aubery'), ['socialite']);
    });

    it('reads a landowner after the name, and no "star" after a name as a post', () => {
      assert.deepStrictEqual(rolesOf('Tobias Renwick, a landowner in Dorrow, opened the gates.', 'Tobias Renwick'), ['landowner in Dorrow']);
      assert.deepStrictEqual(rolesOf('The poster showed Tobias Renwick, a crown and a gold star on a red ground.', 'Tobias Renwick'), []);
    });
  });

  describe('relations with a word before the kin noun (relation-before-name, role-before-comma)', () => {
    it('reads "her actor husband X" and "his model wife X" as relations', () => {
      assert.deepStrictEqual(rolesOf('Singer Liss and her actor husband Pim Okoro have split.', 'Pim Okoro'), ['actor husband']);
      assert.deepStrictEqual(rolesOf('Ansel Fry arrived with his model wife Hester Vane.', 'Hester Vane'), ['model wife']);
    });

    it('reads "her long-term boyfriend, X," past the hyphened adjective', () => {
      assert.deepStrictEqual(rolesOf('Maren Tolle arrived with her long-term boyfriend, Ansel Fry, on Friday.', 'Ansel Fry'), ['boyfriend']);
    });

    it('reads a child introduced after "has a" or "have a", with or without an age', () => {
      assert.deepStrictEqual(rolesOf('Pim Okoro has a son, Teodor, 14, from an earlier marriage.', 'Teodor'), ['son']);
      assert.deepStrictEqual(rolesOf('The couple, who have a four-year-old daughter, Ysolt, wed in Dorrow.', 'Ysolt'), ['daughter']);
    });

    it('gives no kin role to a body named after "has a partner,"', () => {
      const roles = rolesOf('The studio has a partner, Dorrow Pictures Ltd, in the deal.', 'Dorrow Pictures Ltd');
      assert.deepStrictEqual(roles, []);
    });
  });

  describe('titles of nobility', () => {
    it('reads a peer\'s numbered title after his name as a role (standsAsNobleTitle)', () => {
      assert.deepStrictEqual(rolesOf('Ansel Fry, the 11th Duke of Dorrow, opened the fair.', 'Ansel Fry'), ['11th Duke of Dorrow']);
      assert.deepStrictEqual(rolesOf('Pim Okoro, the fourth Earl of Sallow, owns the estate.', 'Pim Okoro'), ['fourth Earl of Sallow']);
    });

    it('gives the comma phrase after a title\'s seat to no one (roleAppositive.ts isTitleSeat)', () => {
      const found = mentionLabels('He is the son of Pim Okoro, the 11th Duke of Dorrow, a landowner in the west.');
      assert.ok(!found.includes('p:Dorrow'), found.join(' | '));
      const bishop = mentionLabels('The Bishop of Sallow, a keen cyclist, rode to the cathedral with Ansel Brook.');
      assert.ok(!bishop.includes('p:Sallow'), bishop.join(' | '));
    });

    it('reads "the Honourable" as a style before the name, no word of it (honours)', () => {
      assert.deepStrictEqual(rolesOf('The Honourable Hester Vane will be a bridesmaid.', 'Hester Vane'), ['Honourable']);
    });
  });
});
