// News outlets' names that copy carries round a body of text (round 16): a paper, a bank or a court named after a
// place of two words ("the Vardo Valley Gazette", "Tarrow Springs Bank"), and a paper's name before the date on a
// column's dateline line ("Tarrow Courier · Thursday 19 March 2026"), and one unknown word after a noun of a kind of
// body ("the music site Fretwell"), which the tagger guessed a place, and an outlet's name on a line of its own
// ("By Dana Kelso" / "Kelso Wire Service"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function mentions(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${e.name}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

describe('outlets\' names (round 16)', () => {
  it('reads a paper, a bank or a court named after a place of two words as a body', () => {
    assert.deepStrictEqual(mentions('The Vardo Valley Gazette asked the council for its figures on Monday.'), ['o:Vardo Valley Gazette:Vardo Valley Gazette']);
    assert.deepStrictEqual(mentions('The Kelso City Courier reported that Tarrow Springs Bank had lent the mill money.'),
      ['o:Kelso City Courier:Kelso City Courier', 'o:Tarrow Springs Bank:Tarrow Springs Bank']);
    assert.deepStrictEqual(mentions('Tom Wrede appeared before the Marwick County Court on Friday.'),
      ['p:Tom Wrede:Tom Wrede', 'o:Marwick County Court:Marwick County Court']);
  });

  it('keeps a part of a town, and a place of two words without a head, a place', () => {
    assert.deepStrictEqual(mentions('Crowds filled Kelso City Centre on Friday night.'), []);
    assert.deepStrictEqual(mentions('Flood water reached Tarrow Springs on Tuesday.'), []);
  });

  it('finds the paper\'s name before a weekday and a date on the column\'s dateline line', () => {
    const text = 'Why the harbour plan fails\n\nIdris Penhale\n\nTarrow Courier · Thursday 19 March 2026\n\nThe plan is too big for the town.';
    assert.ok(mentions(text).includes('o:Tarrow Courier:Tarrow Courier'), mentions(text).join(' '));
    assert.ok(mentions('Marwick Gazette | Monday 3 March\n\nThe mill closed.').includes('o:Marwick Gazette:Marwick Gazette'));
  });

  it('reads one unknown word after a noun of a kind of body as that body, and the same word told something with it', () => {
    assert.deepStrictEqual(mentions('In an interview with the music site Fretwell, Tom Wrede said he was staying.'),
      ['o:Fretwell:Fretwell', 'p:Tom Wrede:Tom Wrede']);
    assert.deepStrictEqual(mentions('Idris Penhale told Tidewater the plan was sound.\n\nIn an interview with the news site Tidewater, Ivo Sandal disagreed.'),
      ['p:Idris Penhale:Idris Penhale', 'o:Tidewater:Tidewater', 'o:Tidewater:Tidewater', 'p:Ivo Sandal:Ivo Sandal']);
    assert.deepStrictEqual(mentions('He moved to the city of Marwick in May.'), []);
  });

  it('finds an outlet\'s name on a line of its own under the byline, and no name in a headline of nouns', () => {
    const text = 'Harbour plan divides the town\n\nBy Dana Kelso\nKelso Wire Service\n\nThe mill closed on Friday.';
    assert.ok(mentions(text).includes('o:Kelso Wire Service:Kelso Wire Service'), mentions(text).join(' '));
    assert.deepStrictEqual(mentions('Police Hunt Gunman\n\nThe mill closed on Friday.'), []);
  });

  it('still reads a headline in Title Case before a separator as no name', () => {
    assert.deepStrictEqual(mentions('Harbour Plan Divides Town · Thursday\n\nThe mill closed.'), []);
  });
});
