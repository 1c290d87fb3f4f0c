// Entity kinds left open by round 22 (r23-kinds): an airport that speaks is its operator, an airline named "X Air", a
// national relief society "X Red Crescent". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

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
});
