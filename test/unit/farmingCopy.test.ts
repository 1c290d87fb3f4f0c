// Kinds of farming and rural affairs copy found by round 34's unseen set (r34-farming, fresh103): a poultry or seed
// firm named for its trade after the family that owns it ("X Poultry", "X Eggs"); a virus's subtype written as
// alternating capitals and digits ("H7N3"); a protest group named by what it asks for and whom for ("Justice for
// Growers"); a landowners' body whose name holds a word only the tagger reads as a place before "and"; a young farmer
// named by her given name alone before ", from <farm> near <town>,"; and a ministry's long name with a comma inside it
// after "a spokeswoman for". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, speakerOf } from './support/entityQueries';

describe('farming and rural affairs copy kinds of round 34 (r34-farming)', () => {
  it('reads a producer named for its farming trade as a firm, also when it carries its owner\'s surname', () => {
    assert.deepStrictEqual(mentionLabels('The hens belonged to Corrow Poultry, which employs 30 people.'), ['o:Corrow Poultry']);
    assert.deepStrictEqual(mentionLabels('Tarvey Eggs said it would keep its birds indoors.'), ['o:Tarvey Eggs']);
    assert.deepStrictEqual(mentionLabels('Ray Tadlow, whose Tadlow Feeds supplies the unit, said so.'), ['p:Ray Tadlow', 'o:Tadlow Feeds']);
  });

  it('reads a virus subtype of alternating capitals and digits as no body', () => {
    assert.deepStrictEqual(mentionLabels('Vets confirmed the H7N3 strain at a turkey unit on Friday.'), []);
    assert.deepStrictEqual(mentionLabels('Swabs from two swans tested positive for H5N8, officials said.'), []);
  });

  it('keeps a campaign named by what it asks for whole over "for"', () => {
    assert.deepStrictEqual(mentionLabels('The rally was called by Justice for Growers, a campaign group formed in May.'), ['o:Justice for Growers']);
    assert.deepStrictEqual(mentionLabels('A Fair Deal for Dairy convoy left Carlisle at dawn, said Ivo Sandal.').filter(label => label.startsWith('o:')), ['o:Fair Deal for Dairy']);
    assert.deepStrictEqual(mentionLabels('Marchers called for Justice for Kelso.').filter(label => label.startsWith('o:')), []);
  });

  it('keeps a word only the tagger reads as a place in a body\'s name before "and"', () => {
    assert.deepStrictEqual(mentionLabels('The plan has not won over the Upland Land and Estates Federation.'), ['o:Upland Land and Estates Federation']);
    assert.deepStrictEqual(mentionLabels('The scheme is run by the Hill Land and Water Trust.'), ['o:Hill Land and Water Trust']);
  });

  it('reads a given name alone before ", from <farm> near <town>," as a person, and gives her the quotation after', () => {
    const text = 'Tractors lined the bypass.\n\nMargery, from Low Moor Farm near Bewdley, drove the first one into town.\n\n"We only want a fair price," she said.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Margery']);
    assert.strictEqual(speakerOf(text, 'We only want'), 'Margery');
    // A country's name before ", from …," stays a place.
    assert.deepStrictEqual(mentionLabels('Jordan, from the start, pressed for a deal.'), []);
  });

  it('credits no body when "a spokeswoman for" names a ministry whose long name holds a comma', () => {
    const text = 'A spokeswoman for the Office for Soil, Water and Rural Affairs said: "We are looking at every case and will act quickly."';
    assert.strictEqual(speakerOf(text, 'We are looking'), null);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });
});
