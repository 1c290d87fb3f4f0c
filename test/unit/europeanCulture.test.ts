// English-language copy about continental European culture and business (round 21, test/fixtures/fresh58): opera
// houses, orchestras, publishers and universities named in their own languages with the head noun first, and firms
// whose names end in a German trade word. Every sentence and name is invented.
import * as assert from 'assert';
import { namedMentionLabels } from './support/entityQueries';

describe('continental European culture and business copy (round 21)', () => {
  it('reads a house, theatre or publisher named head first in its own language as a body', () => {
    assert.deepStrictEqual(namedMentionLabels('The Staatsoper Kelso said on Monday that the tour was off.'),
      ['o:Staatsoper Kelso:Staatsoper Kelso']);
    assert.deepStrictEqual(namedMentionLabels('The parts were printed by Éditions du Lac in a new edition.'),
      ['o:Éditions du Lac:Éditions du Lac']);
    assert.deepStrictEqual(namedMentionLabels('A revival at the Théâtre du Marwick was dropped.'),
      ['o:Théâtre du Marwick:Théâtre du Marwick']);
  });

  it('continues such a name across a lower-case adjective before its particle, and only there', () => {
    assert.deepStrictEqual(namedMentionLabels('A residency by the Orchestre national de Tarrow was dropped.'),
      ['o:Orchestre national de Tarrow:Orchestre national de Tarrow']);
    assert.deepStrictEqual(namedMentionLabels('Dana Kelso, national director of the fund, said it would pay.'), ['p:Dana Kelso:Dana Kelso']);
  });

  it('keeps an Italian "degli" inside a university\'s name, so its last words are no person', () => {
    assert.deepStrictEqual(namedMentionLabels('"It is a warning," said Tom Wrede, an economist at the Università degli Studi di Vardo.'),
      ['p:Tom Wrede:Tom Wrede', 'o:Università degli Studi di Vardo:Università degli Studi di Vardo']);
  });

  it('reads a name ending in a German trade word as a firm without its legal form', () => {
    assert.deepStrictEqual(namedMentionLabels('Orla Brandt joined Kelso Werke in May.'),
      ['p:Orla Brandt:Orla Brandt', 'o:Kelso Werke:Kelso Werke']);
    assert.deepStrictEqual(namedMentionLabels('Sales at the label Marwick Klassik rose by a tenth.'),
      ['o:Marwick Klassik:Marwick Klassik']);
  });

  it('reads an ordinal before a musical work\'s noun as a work, not an orchestra', () => {
    assert.deepStrictEqual(namedMentionLabels('Orla Brandt said the Fourth Symphony would be recorded in May.'), ['p:Orla Brandt:Orla Brandt']);
    assert.deepStrictEqual(namedMentionLabels('Orla Brandt said the Marwick Symphony would record in May.'),
      ['p:Orla Brandt:Orla Brandt', 'o:Marwick Symphony:Marwick Symphony']);
  });

  it('leaves a person and an English opera house as they were', () => {
    assert.deepStrictEqual(namedMentionLabels('Dana Kelso said opera houses in Vardo were closing.'), ['p:Dana Kelso:Dana Kelso']);
  });
});
