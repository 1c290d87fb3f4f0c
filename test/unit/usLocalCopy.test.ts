// US local-government copy and court live blogs (round 17, test/fixtures/fresh38): a town's elected members by their
// own titles ("Alderwoman X"), public commenters by a building trade, a named person's surname that the tagger reads
// as a place after a quoted question, a byline's post after a separator, a post held for a span of time ("served 11
// years as"), and a company called by the opening words of its name. Every sentence is invented.
import * as assert from 'assert';
import { namedMentionLabels, rolesOf } from './support/entityQueries';

describe('US local-government copy and court live blogs (round 17)', () => {
  it('reads a town\'s elected members by their own titles, the title left out of the name', () => {
    const text = 'Alderwoman Petra Lind, whose ward takes in the rail yard, voted no.\n\nSelectman Orin Dace abstained.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Petra Lind:Petra Lind', 'p:Orin Dace:Orin Dace']);
    assert.deepStrictEqual(rolesOf(text, 'Petra Lind'), ['Alderwoman']);
    assert.deepStrictEqual(rolesOf(text, 'Orin Dace'), ['Selectman']);
  });

  it('takes "X, 41, of Town, a union ironworker," as a commenter\'s trade, and the town stays a place', () => {
    const text = 'Joss Fell, 41, of Dunmore, a union ironworker, backed the plan.\n\nDunmore weighs its options.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Joss Fell:Joss Fell']);
    assert.deepStrictEqual(rolesOf(text, 'Joss Fell'), ['union ironworker']);
  });

  it('joins a speaking surname to the person named in full, though the tagger reads it as a place after a quoted question', () => {
    const text = 'Nia Roskell runs the orchard on the hill. "Who pays for the new pipes? The state?" Roskell asked.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Nia Roskell:Nia Roskell', 'p:Nia Roskell:Roskell']);
  });

  it('takes a byline\'s post after a separator as the writer\'s role, and no date or outlet as one', () => {
    assert.deepStrictEqual(rolesOf('By Anya Brill | Metro Reporter\n\nThe council met on Monday.', 'Anya Brill'), ['Metro Reporter']);
    assert.deepStrictEqual(rolesOf('By Anya Brill | Published: Feb. 3, 2026\n\nThe council met on Monday.', 'Anya Brill'), []);
  });

  it('takes a post held for a span of time ("served 11 years as", "worked three decades as") as a role', () => {
    const text = 'Bram Ostrow, 61, served nine years as clerk of the Harl County Board of Canvassers.\n\nMina Corr worked three decades as a midwife.';
    assert.deepStrictEqual(rolesOf(text, 'Bram Ostrow'), ['clerk of the Harl County Board of Canvassers']);
    assert.deepStrictEqual(rolesOf(text, 'Mina Corr'), ['midwife']);
    assert.deepStrictEqual(rolesOf('Mina Corr worked late as the storm passed.', 'Mina Corr'), []);
  });

  it('reads the opening words of a company\'s name as the company, not a person or a place', () => {
    const text = 'Ostler Crest Data Systems wants to build on the old quarry. "Who answers when the trucks come? Ostler Crest? The mayor?" one neighbour asked.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Ostler Crest Data Systems:Ostler Crest Data Systems', 'o:Ostler Crest Data Systems:Ostler Crest']);
    // A place-noun ending keeps the words a place ("Kelso Valley" of "Kelso Valley Holdings").
    assert.deepStrictEqual(namedMentionLabels('Kelso Valley Holdings bought the mill. Farmers in the upper Kelso Valley were not asked.'),
      ['o:Kelso Valley Holdings:Kelso Valley Holdings']);
  });
});
