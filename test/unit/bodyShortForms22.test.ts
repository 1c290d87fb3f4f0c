// Short forms of a body's name (r22-left): a plural head noun opening a sentence is the common noun, not the body
// whose name ends in it; an ensemble named without its last word ("Orchestra") is the one ensemble so named.
// Every sentence is invented.
import * as assert from 'assert';
import { namedMentionLabels } from './support/entityQueries';

describe('short forms of a body\'s name (r22-left)', () => {
  describe('a plural head noun opening a sentence (clusters.ts isCommonPluralOpener)', () => {
    it('does not join "Buses were …" or "Trams across …" to the body ending in that noun', () => {
      const buses = namedMentionLabels('Dorrow Buses cut six routes on Monday. Buses were packed across the city by noon, Pim Okoro said.');
      assert.ok(!buses.some(label => label.endsWith(':Buses')), buses.join(' | '));
      const fleet = namedMentionLabels('Sallow Trams halted its network. Trams across the region stayed in depots.');
      assert.ok(!fleet.some(label => label.endsWith(':Trams')), fleet.join(' | '));
    });

    it('still joins a side\'s plural nickname and a capitalised head inside a sentence', () => {
      const side = namedMentionLabels('Sallow Wanderers beat Dorrow 2-1 on Saturday. Wanderers scored first.');
      assert.ok(side.includes('o:Sallow Wanderers:Wanderers'), side.join(' | '));
      const body = namedMentionLabels('The Sallow Harbour Commission met on Monday. Pim Okoro said the Commission would decide.');
      assert.ok(body.includes('o:Sallow Harbour Commission:Commission'), body.join(' | '));
    });
  });

  describe('an ensemble without its last word (orgForms.ts mergeCompanyStems, list dropped-ensemble-heads)', () => {
    it('joins "the Dorrow Philharmonic" to "Dorrow Philharmonic Orchestra"', () => {
      const found = namedMentionLabels('The Dorrow Philharmonic Orchestra cancelled its tour. A spokesman for the Dorrow Philharmonic said tickets would be refunded.');
      const names = new Set(found.filter(label => label.startsWith('o:')).map(label => label.split(':')[1]));
      assert.deepStrictEqual([...names], ['Dorrow Philharmonic Orchestra'], found.join(' | '));
    });
  });
});
