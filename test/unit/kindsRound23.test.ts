// Entity kinds left open by round 22 (r23-kinds): an airport that speaks is its operator, an airline named "X Air", a
// national relief society "X Red Crescent", "Dean" as a given name, "Lib Dems" as "Liberal Democrats", "N Stroud" in a results block, a country by its demonym. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('entity kinds of round 23 (r23-kinds)', () => {
  describe('a site that speaks by its operator (kindRules.ts operated-site-that-speaks, list operated-site-heads)', () => {
    it('reads "Tarnby Airport said" as the operating body', () => {
      const found = namedMentionLabels('Tarnby Airport said its runway was closed for an hour. Passengers left by the slides.');
      assert.deepStrictEqual(found, ['o:Tarnby Airport:Tarnby Airport'], found.join(' | '));
    });

    it('leaves the town alone ("flew from Tarnby") out of the airport', () => {
      const found = namedMentionLabels('Tarnby Airport says its runway reopened. Skyvale flies from Tarnby and Oslo.');
      assert.deepStrictEqual(found, ['o:Tarnby Airport:Tarnby Airport'], found.join(' | '));
    });

    it('keeps an airport that only places something a place, and a station that speaks out of it', () => {
      const found = mentionLabels('The jet landed at Tarnby Airport on Sunday. Passengers left by the slides.');
      assert.ok(!found.some(label => label.includes('Tarnby')), found.join(' | '));
    });
  });

  describe('an airline named "X Air" (evidenceRules.ts hasOrgHead, list airline-endings)', () => {
    it('reads "Ostra Air" as a body', () => {
      const found = mentionLabels('In January, a jet operated by Ostra Air made a precautionary landing in Oslo.');
      assert.ok(found.includes('o:Ostra Air'), found.join(' | '));
    });

    it('does not take a lone "Air" of a desk\'s title for the airline', () => {
      const found = namedMentionLabels('By Pia Lund, Air Transport Editor\n\nA jet operated by Ostra Air landed in Oslo on Monday.');
      assert.ok(!found.some(label => label.endsWith(':Air')), found.join(' | '));
    });
  });

  describe('a national relief society (evidenceRules.ts reliefSociety, list relief-society-endings)', () => {
    it('reads "the Varnish Red Crescent" as a body, not a street', () => {
      const found = mentionLabels('Forty people died, according to the Varnish Red Crescent. The Varnish Red Crescent said its convoy would leave on Monday.');
      assert.deepStrictEqual(found, ['o:Varnish Red Crescent', 'o:Varnish Red Crescent'], found.join(' | '));
    });

    it('keeps a street ending in "Crescent" no body', () => {
      const found = mentionLabels('Pia Lund lives on Kelso Crescent near the park, she said.');
      assert.ok(!found.some(label => label.includes('Crescent')), found.join(' | '));
    });
  });

  describe('a title word that is also a given name (words.ts titleWordAsGivenName, names.ts opensWithGivenName)', () => {
    it('reads "Her husband, Dean, 40," as a person named by the first name', () => {
      const found = mentionLabels('Her husband, Dean, 40, added: "The captain came on and said we were turning back."');
      assert.ok(found.includes('p:Dean'), found.join(' | '));
    });

    it('keeps "Dean" the first name of a person described by an appositive, also before a trade as surname', () => {
      const opening = mentionLabels('Dean Potter, a senior analyst at the bank, said rates would rise.');
      assert.ok(opening.includes('p:Dean Potter'), opening.join(' | '));
      const inside = mentionLabels('Rates will rise, said Dean Butcher, a senior analyst at the bank.');
      assert.ok(inside.includes('p:Dean Butcher'), inside.join(' | '));
    });

    it('keeps the title where "Dean" stands before a full name or after an article', () => {
      const titled = rolesOf('Dean Ann Corrin opened the new library on Monday.', 'Ann Corrin');
      assert.ok(titled.some(role => /dean/i.test(role)), titled.join(' | '));
      const found = mentionLabels('The dean, Ann Corrin, said the school would grow.');
      assert.ok(!found.some(label => label.startsWith('p:Dean')), found.join(' | '));
    });
  });

  describe('a party\'s name with every word clipped (orgForms.ts mergeWordClippings)', () => {
    it('joins "Lib Dem" and "Lib Dems" to "Liberal Democrats"', () => {
      const found = namedMentionLabels('The Liberal Democrats won the seat. The Lib Dems now hold four seats, and a Lib Dem spokesman said so.');
      const names = new Set(found.filter(label => label.startsWith('o:')).map(label => label.split(':')[1]));
      assert.deepStrictEqual([...names], ['Liberal Democrats'], found.join(' | '));
    });

    it('keeps apart a name that shares a whole word with a longer one', () => {
      const found = namedMentionLabels('Kelso Banking Services posted a loss. Kelso Bank Services said its results were strong.');
      const names = new Set(found.filter(label => label.startsWith('o:')).map(label => label.split(':')[1]));
      assert.ok(names.size === 2, found.join(' | '));
    });
  });

  describe('an initial and a surname of a person named in full (kindRules.ts initial-of-named-person)', () => {
    it('joins "T Bardsley" of a results block and "N Stroud" after a label to the people named in full', () => {
      const found = namedMentionLabels('Nell Stroud trains the winner. Tom Bardsley rode the third.\n\nRESULT\n3 Quiet Reckoning (T Bardsley) 14-1\nTrainer: N Stroud (Fenwold).');
      assert.ok(found.includes('p:Tom Bardsley:T Bardsley'), found.join(' | '));
      assert.ok(found.includes('p:Nell Stroud:N Stroud'), found.join(' | '));
    });

    it('leaves an initial that opens no named person\'s given name alone', () => {
      const found = namedMentionLabels('Kate Stroud trains the winner.\n\nRESULT\nTrainer: N Stroud (Fenwold).');
      assert.ok(!found.includes('p:Kate Stroud:N Stroud'), found.join(' | '));
    });
  });

  describe('a country the gazetteer does not know, by its demonym in "-i" (kindRules.ts country-of-demonym)', () => {
    it('reads "Harqan" beside "the Harqani dinar" or "the Harqani Red Crescent" as the country, no body', () => {
      const byDinar = mentionLabels('The Harqani dinar fell on Monday. Harqan\'s governing coalition lost its majority, Pia Lund said.');
      assert.ok(!byDinar.some(label => label === 'o:Harqan'), byDinar.join(' | '));
      const bySociety = mentionLabels('Forty people died, according to the Harqani Red Crescent. The envoy for Harqan, Pia Lund, said talks would resume. Harqan\'s prime minister agreed.');
      assert.ok(!bySociety.some(label => label === 'o:Harqan'), bySociety.join(' | '));
    });

    it('leaves a word alone whose "-i" form is a named person\'s surname', () => {
      const found = mentionLabels('Dana Harqani, a lawyer, spoke on Monday. The Harqan coalition lost its majority, she said.');
      assert.ok(found.includes('o:Harqan'), found.join(' | '));
    });
  });
});
