// Kinds of consumer-electronics recall and launch copy found by round 31's unseen set (r31-gadgets, fresh94): model names
// graded after a number ("6 Pro Max") or closed by a grade word ("a Tarn Lite"), a model's code of capitals and digits,
// a model named before a product noun with a market word between ("games console"), a maker's launch event, "she said"
// after the writer's own question to someone, "the company said" after a sentence that opens with the company's shares,
// and a game's title quoted with the studio it is "from". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels } from './support/entityQueries';

/** Each quotation's first three words and its speaker's name (null when no one is credited). */
function speakers(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => [text.slice(quote.start, quote.end).split(' ').slice(0, 3).join(' '), analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null]);
}

describe('consumer-electronics recall and launch copy kinds of round 31 (r31-gadgets)', () => {
  it('reads a grade word after a model\'s number as part of the model, no title and no given name', () => {
    assert.deepStrictEqual(mentionLabels('The recall covers the Tarvik 9 Pro and the Tarvik 9 Pro Max sold since May.'), []);
    assert.deepStrictEqual(mentionLabels('The tournament was won by the Canadian pro Max Dellacourt on Sunday.'), ['p:Max Dellacourt']);
  });

  it('reads a name closed by a grade word, with no given name first, as a model', () => {
    assert.deepStrictEqual(mentionLabels('A cheaper Orvel Lite will cost $249 from June.'), []);
  });

  it('reads a word of capitals, digits and capitals again as a model\'s code, not a body', () => {
    assert.deepStrictEqual(mentionLabels('Owners should check whether the serial number begins with KT4B before charging.'), []);
  });

  it('reads a name before a product noun, with a market word between, as the model', () => {
    assert.deepStrictEqual(mentionLabels('The Quenby games console goes on sale in March for $449.'), []);
    assert.deepStrictEqual(mentionLabels('Its new Pallow handsets are thinner.'), []);
  });

  it('reads a maker\'s launch event as a thing, not a person', () => {
    assert.ok(!mentionLabels('Thousands watched the Pellin Showcase online on Tuesday.').some(label => label.startsWith('p:')));
  });

  it('credits "she said" after the writer\'s own question to the person the question went to', () => {
    const text = 'Ilse Brandauer, the chief executive, opened the show with a demonstration.\n\n'
      + '"It is a camera in every bedroom," said Maren Holt, the campaign\'s director. She said the group would complain.\n\n'
      + 'Later we put the criticism to Brandauer. She said the lens could be "covered with one finger".';
    assert.deepStrictEqual(speakers(text), [['It is a', 'Maren Holt'], ['covered with one', 'Ilse Brandauer']]);
  });

  it('credits "the company said" to the company whose shares opened the sentence before', () => {
    const text = 'Shares in Pellworth Holdings fell 9 per cent on Monday. The company said in a filing that it was "working closely with its customer on the review".';
    assert.deepStrictEqual(speakers(text), [['working closely with', 'Pellworth Holdings']]);
  });

  it('reads a title-case quotation followed by the studio it is from as a game\'s title, no speech', () => {
    assert.deepStrictEqual(speakers('The console will launch with 30 games, including "Driftmoor" from partner studio Quillfeather.'), []);
  });
});
